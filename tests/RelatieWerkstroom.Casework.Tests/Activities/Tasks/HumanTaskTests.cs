using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.Activities.Tasks;
using RelatieWerkstroom.Casework.Tests.Support;
using RelatieWerkstroom.Casework.Worklist;
using RelatieWerkstroom.Engine.Descriptors;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Validation;
using RelatieWerkstroom.Casework.Journal;

namespace RelatieWerkstroom.Casework.Tests.Activities.Tasks;

public sealed class HumanTaskTests
{
    private const string Form = """
        [{"name":"datumGesprek","label":"Datum gesprek","type":"date","required":true},
         {"name":"omvangUren","label":"Uren per week","type":"number","required":true},
         {"name":"mantelzorg","type":"boolean"},
         {"name":"vorm","type":"choice","options":["zin","pgb"]},
         {"name":"toelichting","type":"textarea"}]
        """;

    private static Engine.Definitions.WorkflowDefinition TaskFlow(int? due = null, string[]? extraRoles = null, string? assignee = null) =>
        new FlowBuilder("wf-task").Start().Task("gesprek", formFields: Form, actions: ["Gereed", "Terug"], dueInWorkingDays: due,
                extraRoles: extraRoles, assignee: assignee)
            .End("klaar").End("terug")
            .Connect("start", "gesprek").Connect("gesprek", "klaar", "Gereed").Connect("gesprek", "terug", "Terug")
            .Build();

    private static JsonObject ValidFields() => new()
    {
        ["datumGesprek"] = "2026-03-05", ["omvangUren"] = 4, ["mantelzorg"] = true, ["vorm"] = "zin",
    };

    [Fact]
    public void Describe_HumanTask_HasStableTypeNameAndDynamicOutcomes()
    {
        // Act
        var descriptor = ActivityDescriber.Describe(typeof(HumanTask));

        // Assert
        Assert.Equal("RelatieWerkstroom.HumanTask", descriptor.TypeName);
        Assert.True(descriptor.Blocking);
        Assert.True(descriptor.DynamicOutcomes);
        Assert.Contains(descriptor.Inputs, i => i.Name == "title" && i.Required);
        Assert.Contains(descriptor.Inputs, i => i.Name == "role" && i.Required);
        Assert.Contains(descriptor.Inputs, i => i.Name == "formFields" && i.UIHint == UIHints.Json);
        Assert.Contains(descriptor.Inputs, i => i.Name == "dueInWorkingDays" && i.TypeName == "Int32");
    }

    [Fact]
    public async Task Start_HumanTask_WaitsOnHumanTaskBookmarkWithTheForm()
    {
        // Arrange
        using var host = new CaseworkHost();

        // Act
        var opened = await host.OpenAsync(TaskFlow(), TestUsers.Consulent);

        // Assert
        var bookmark = Assert.Single((await host.InstanceAsync(opened.InstanceId)).Bookmarks);
        Assert.Equal(CaseworkBookmarkKinds.HumanTask, bookmark.Kind);
        Assert.Equal("consulent", bookmark.Name);
        Assert.Equal("Gesprek voeren", (string?)bookmark.Payload!["title"]);
        Assert.Equal(["Gereed", "Terug"], bookmark.Payload["actions"]!.AsArray().Select(a => (string?)a));
        Assert.Equal(["datumGesprek", "omvangUren", "mantelzorg", "vorm", "toelichting"],
            bookmark.Payload["formFields"]!.AsArray().Select(f => (string?)f!["name"]));
        Assert.Null(bookmark.Payload["dueDate"]);
    }

    [Fact]
    public async Task Start_DueInWorkingDays_SkipsWeekendAndEasterHolidays()
    {
        // Arrange: Wednesday 1 April 2026; Goede Vrijdag 3 April and Tweede Paasdag 6 April are not working days.
        using var host = new CaseworkHost();
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 4, 1, 8, 0, 0, TimeSpan.Zero));

        // Act
        var opened = await host.OpenAsync(TaskFlow(due: 3), TestUsers.Consulent);

        // Assert: Thursday 2, Tuesday 7, Wednesday 8 April.
        var bookmark = Assert.Single((await host.InstanceAsync(opened.InstanceId)).Bookmarks);
        Assert.Equal("2026-04-08", (string?)bookmark.Payload!["dueDate"]);
    }

    [Fact]
    public async Task Complete_ValidForm_FollowsActionAndKeepsValuesOnCaseFileOnly()
    {
        // Arrange
        using var host = new CaseworkHost();
        var opened = await host.OpenAsync(TaskFlow(), TestUsers.Consulent);
        var bookmarkId = opened.Bookmarks[0].Id;
        var fields = ValidFields();
        fields["toelichting"] = "Mevrouw woont alleen sinds het overlijden van haar man";
        fields["omvangUren"] = "4.5";

        // Act
        var result = await host.SendAsync(new CompleteTask.Command(TestUsers.Consulent, bookmarkId, "Terug", fields, "op-1"));

        // Assert
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        var journal = await host.JournalAsync(opened.InstanceId);
        Assert.Contains(journal, e => e.ActivityId == "terug" && e.Kind == JournalEvents.ActivityCompleted);
        var completed = Assert.Single(journal, e => e.Kind == CaseworkEvents.TaskCompleted);
        Assert.Equal("u-anna", completed.Actor);
        Assert.Equal("Terug", completed.Outcome);
        var payload = JsonNode.Parse(completed.PayloadJson!)!;
        Assert.Equal("consulent", (string?)payload["role"]);
        Assert.Equal(["datumGesprek", "omvangUren", "mantelzorg", "vorm", "toelichting"], payload["fields"]!.AsArray().Select(f => (string?)f));
        Assert.DoesNotContain(journal, e => (e.PayloadJson ?? "").Contains("overlijden") || (e.PayloadJson ?? "").Contains("2026-03-05"));

        var file = await host.CaseFileAsync(opened.CaseFileId);
        var form = Assert.Single(file.Forms);
        Assert.Equal("u-anna", form.SubmittedBy);
        Assert.Equal("Terug", form.Action);
        Assert.Equal(4.5m, form.Values["omvangUren"]!.GetValue<decimal>());
        Assert.Equal("Mevrouw woont alleen sinds het overlijden van haar man", (string?)file.FormValue("toelichting"));
    }

    [Fact]
    public async Task Complete_AfterDueDate_JournalsThatItWasLate()
    {
        // Arrange: due one working day after Friday 6 March, i.e. Monday 9 March; completed Wednesday 11 March.
        using var host = new CaseworkHost();
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 6, 9, 0, 0, TimeSpan.Zero));
        var opened = await host.OpenAsync(TaskFlow(due: 1), TestUsers.Consulent);
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 11, 9, 0, 0, TimeSpan.Zero));

        // Act
        await host.SendAsync(new CompleteTask.Command(TestUsers.Consulent, opened.Bookmarks[0].Id, "Gereed", ValidFields(), "op-1"));

        // Assert
        var payload = JsonNode.Parse((await host.JournalAsync(opened.InstanceId)).Single(e => e.Kind == CaseworkEvents.TaskCompleted).PayloadJson!)!;
        Assert.Equal("2026-03-09", (string?)payload["dueDate"]);
        Assert.True((bool)payload["late"]!);
    }

    public static TheoryData<string, JsonObject, string> Refusals => new()
    {
        { "Klaar", ValidFields(), "Actie 'Klaar' bestaat niet voor deze taak; kies uit: Gereed, Terug (unknown action)" },
        { "Gereed", Without(ValidFields(), "datumGesprek"), "Verplicht veld 'datumGesprek' ontbreekt (required field missing)" },
        { "Gereed", With(ValidFields(), "omvangUren", "veel"), "Veld 'omvangUren' moet een getal zijn (number expected)" },
        { "Gereed", With(ValidFields(), "datumGesprek", "5-3-2026"), "Veld 'datumGesprek' moet een datum zijn in de vorm jjjj-mm-dd (date yyyy-MM-dd expected)" },
        { "Gereed", With(ValidFields(), "vorm", "mantelzorg"), "Veld 'vorm' moet een van deze opties zijn: zin, pgb (choice expected)" },
        { "Gereed", With(ValidFields(), "mantelzorg", "misschien"), "Veld 'mantelzorg' moet ja of nee (true/false) zijn (boolean expected)" },
        { "Gereed", With(ValidFields(), "bsn", "111222333"), "Onbekend veld 'bsn' (unknown field)" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Complete_BadInput_IsRefusedWithReasonAndChangesNothing(string action, JsonObject fields, string expected)
    {
        // Arrange
        using var host = new CaseworkHost();
        var opened = await host.OpenAsync(TaskFlow(), TestUsers.Consulent);
        var before = await host.SnapshotAsync(opened.CaseFileId, opened.InstanceId);

        // Act
        var ex = await Assert.ThrowsAsync<ResumeRejectedException>(() =>
            host.SendAsync(new CompleteTask.Command(TestUsers.Consulent, opened.Bookmarks[0].Id, action, fields, "op-1")));

        // Assert
        Assert.Contains(expected, ex.Message);
        Assert.Equal(before, await host.SnapshotAsync(opened.CaseFileId, opened.InstanceId));
    }

    [Fact]
    public async Task Complete_SeveralProblems_ReportsAllAtOnce()
    {
        // Arrange
        using var host = new CaseworkHost();
        var opened = await host.OpenAsync(TaskFlow(), TestUsers.Jurist);

        // Act
        var ex = await Assert.ThrowsAsync<ResumeRejectedException>(() =>
            host.SendAsync(new CompleteTask.Command(TestUsers.Jurist, opened.Bookmarks[0].Id, "Gereed", new JsonObject(), "op-1")));

        // Assert
        Assert.Contains("Rol 'jurist' mag deze taak niet afronden; vereist: consulent (role not allowed)", ex.Message);
        Assert.Contains("'datumGesprek'", ex.Message);
        Assert.Contains("'omvangUren'", ex.Message);
    }

    [Fact]
    public async Task Complete_ExtraRoleListed_TeamleiderMayComplete()
    {
        // Arrange
        using var host = new CaseworkHost();
        var teamleiderOnly = TestUsers.Teamleider with { Roles = ["teamleider"] };
        var opened = await host.OpenAsync(TaskFlow(extraRoles: ["teamleider"]), teamleiderOnly);

        // Act
        var result = await host.SendAsync(new CompleteTask.Command(teamleiderOnly, opened.Bookmarks[0].Id, "Gereed", ValidFields(), "op-1"));

        // Assert
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal("teamleider", (await host.CaseFileAsync(opened.CaseFileId)).Forms[0].Role);
    }

    [Fact]
    public async Task Complete_AssignedToColleague_IsRefused()
    {
        // Arrange
        using var host = new CaseworkHost();
        var opened = await host.OpenAsync(TaskFlow(assignee: "u-bram"), TestUsers.Consulent);
        var before = await host.SnapshotAsync(opened.CaseFileId, opened.InstanceId);

        // Act
        var ex = await Assert.ThrowsAsync<ResumeRejectedException>(() =>
            host.SendAsync(new CompleteTask.Command(TestUsers.Consulent, opened.Bookmarks[0].Id, "Gereed", ValidFields(), "op-1")));

        // Assert
        Assert.Contains("in behandeling bij 'u-bram'", ex.Message);
        Assert.Equal(before, await host.SnapshotAsync(opened.CaseFileId, opened.InstanceId));
    }

    public static TheoryData<string, string, string> BadDefinitions => new()
    {
        { """[{"name":"a","type":"text"},{"name":"a","type":"date"}]""", "formFields[1].name", "duplicate field name 'a'" },
        { """[{"name":"a","type":"datetime"}]""", "formFields[0].type", "unknown field type 'datetime'" },
        { """[{"name":"1a","type":"text"}]""", "formFields[0].name", "must start with a letter" },
        { """[{"label":"x","type":"text"}]""", "formFields[0].name", "a form field needs a name" },
        { """[{"name":"vorm","type":"choice"}]""", "formFields[0].options", "needs at least one option" },
        { """[{"name":"a","required":"ja"}]""", "formFields[0].required", "required must be true or false" },
        { """{"name":"a"}""", "formFields", "formFields must be a list" },
    };

    [Theory]
    [MemberData(nameof(BadDefinitions))]
    public void Validate_BadFormFields_ReportsProblemAtItsPath(string formFields, string path, string message)
    {
        // Arrange
        var definition = new FlowBuilder("wf").Start().Task("t", formFields: formFields).Chain("start", "t").Build();

        // Act
        var problems = new DefinitionValidator(CaseworkHost.CreateRegistry()).Validate(definition);

        // Assert
        var problem = Assert.Single(problems);
        Assert.Equal("t", problem.ActivityId);
        Assert.Equal(path, problem.Path);
        Assert.Contains(message, problem.Message);
    }

    [Fact]
    public void Validate_DuplicateActionsAndMissingTitle_ReportsEach()
    {
        // Arrange
        var definition = new FlowBuilder("wf").Start()
            .Add("t", "RelatieWerkstroom.HumanTask", new JsonObject
            {
                ["role"] = FlowBuilder.Literal("String", "consulent"),
                ["actions"] = FlowBuilder.Object("String[]", """["Gereed","Gereed"]"""),
            })
            .Chain("start", "t").Build();

        // Act
        var problems = new DefinitionValidator(CaseworkHost.CreateRegistry()).Validate(definition);

        // Assert
        Assert.Contains(problems, p => p.Path == "actions[1]" && p.Message.Contains("duplicate entry 'Gereed'"));
        Assert.Contains(problems, p => p.Path == "title" && p.Message.Contains("required input 'title' is missing"));
    }

    [Fact]
    public void Validate_ConnectionFromUndeclaredAction_IsReported()
    {
        // Arrange: the task's ports are its actions, so "Done" does not exist.
        var definition = new FlowBuilder("wf").Start().Task("t", actions: ["Akkoord"]).End().Chain("start", "t").Connect("t", "end").Build();

        // Act
        var problems = new DefinitionValidator(CaseworkHost.CreateRegistry()).Validate(definition);

        // Assert
        Assert.Contains(problems, p => p.ActivityId == "t" && p.Message.Contains("no outcome port 'Done'"));
    }

    private static JsonObject With(JsonObject fields, string name, string value)
    {
        fields[name] = value;
        return fields;
    }

    private static JsonObject Without(JsonObject fields, string name)
    {
        fields.Remove(name);
        return fields;
    }
}
