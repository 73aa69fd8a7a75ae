using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.Activities.Discretion;
using RelatieWerkstroom.Casework.Settings;
using RelatieWerkstroom.Casework.Tests.Support;
using RelatieWerkstroom.Casework.Worklist;
using RelatieWerkstroom.Engine.Descriptors;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Validation;
using RelatieWerkstroom.Casework.Journal;

namespace RelatieWerkstroom.Casework.Tests.Activities.Discretion;

public sealed class DiscretionPointTests
{
    private static Engine.Definitions.WorkflowDefinition DecisionFlow(string[]? roles = null, bool reasonRequired = false) =>
        new FlowBuilder("wf-besluit").Start().Discretion("dp10", roles: roles, reasonRequired: reasonRequired)
            .End("toegekend").End("afgewezen")
            .Connect("start", "dp10").Connect("dp10", "toegekend", "toekennen").Connect("dp10", "afgewezen", "afwijzen")
            .Build();

    [Fact]
    public void Describe_DiscretionPoint_HasStableTypeNameAndRequiredInputs()
    {
        // Act
        var descriptor = ActivityDescriber.Describe(typeof(DiscretionPoint));

        // Assert
        Assert.Equal("RelatieWerkstroom.DiscretionPoint", descriptor.TypeName);
        Assert.True(descriptor.DynamicOutcomes);
        Assert.Equal(["question", "options", "defaultOption", "legalBasis"], descriptor.Inputs.Where(i => i.Required).Select(i => i.Name));
    }

    [Fact]
    public async Task Decide_DefaultOption_NeedsNoReasonAndIsJournalledWithoutDeviation()
    {
        // Arrange
        using var host = new CaseworkHost();
        var opened = await host.OpenAsync(DecisionFlow(), TestUsers.Consulent);

        // Act
        var result = await host.SendAsync(new DecideDiscretionPoint.Command(TestUsers.Consulent, opened.Bookmarks[0].Id, "toekennen", null, "op-1"));

        // Assert
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        var journal = await host.JournalAsync(opened.InstanceId);
        Assert.Contains(journal, e => e.ActivityId == "toegekend" && e.Kind == JournalEvents.ActivityCompleted);
        var decided = JsonNode.Parse(Assert.Single(journal, e => e.Kind == CaseworkEvents.DiscretionDecided).PayloadJson!)!;
        Assert.Equal("RW1-DP10", (string?)decided["discretionId"]);
        Assert.Equal("toekennen", (string?)decided["option"]);
        Assert.Equal("toekennen", (string?)decided["defaultOption"]);
        Assert.False((bool)decided["deviation"]!);
        Assert.Equal(0, (int)decided["reasonLength"]!);
        Assert.Equal("consulent", (string?)decided["role"]);
        var decision = Assert.Single((await host.CaseFileAsync(opened.CaseFileId)).Decisions);
        Assert.Equal("u-anna", decision.DecidedBy);
    }

    [Fact]
    public async Task Decide_DeviationWithReason_ReasonStaysOnCaseFileAndOnlyItsLengthIsJournalled()
    {
        // Arrange
        using var host = new CaseworkHost();
        var opened = await host.OpenAsync(DecisionFlow(), TestUsers.Consulent);
        const string reason = "Buurthuis Noord biedt dezelfde ondersteuning op loopafstand";

        // Act
        await host.SendAsync(new DecideDiscretionPoint.Command(TestUsers.Consulent, opened.Bookmarks[0].Id, "afwijzen", reason, "op-1"));

        // Assert
        var journal = await host.JournalAsync(opened.InstanceId);
        var decided = JsonNode.Parse(Assert.Single(journal, e => e.Kind == CaseworkEvents.DiscretionDecided).PayloadJson!)!;
        Assert.True((bool)decided["deviation"]!);
        Assert.Equal(reason.Length, (int)decided["reasonLength"]!);
        Assert.DoesNotContain(journal, e => (e.PayloadJson ?? "").Contains("Buurthuis"));
        Assert.Contains(journal, e => e.ActivityId == "afgewezen" && e.Kind == JournalEvents.ActivityCompleted);
        Assert.Equal(reason, Assert.Single((await host.CaseFileAsync(opened.CaseFileId)).Decisions).Reason);
    }

    public static TheoryData<string[]?, bool, string, string?, string> Refusals => new()
    {
        { null, false, "afwijzen", null, "Motivering verplicht: 'afwijzen' wijkt af van het standaardbesluit 'toekennen' (Awb 3:46: deugdelijke motivering)" },
        { null, false, "afwijzen", "   ", "Motivering verplicht: 'afwijzen' wijkt af" },
        { null, true, "toekennen", null, "Motivering verplicht bij dit besluit (reason required)" },
        { ["teamleider"], false, "toekennen", null, "Rol 'consulent' mag dit besluit niet nemen; toegestaan: teamleider (role not allowed)" },
        { null, false, "uitstellen", "reden", "Optie 'uitstellen' bestaat niet; kies uit: toekennen, afwijzen (unknown option)" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Decide_NotAllowed_IsRefusedAndChangesNothing(string[]? roles, bool reasonRequired, string option, string? reason, string expected)
    {
        // Arrange
        using var host = new CaseworkHost();
        var opened = await host.OpenAsync(DecisionFlow(roles, reasonRequired), TestUsers.Consulent);
        var before = await host.SnapshotAsync(opened.CaseFileId, opened.InstanceId);

        // Act
        var ex = await Assert.ThrowsAsync<ResumeRejectedException>(() =>
            host.SendAsync(new DecideDiscretionPoint.Command(TestUsers.Consulent, opened.Bookmarks[0].Id, option, reason, "op-1")));

        // Assert
        Assert.Contains(expected, ex.Message);
        Assert.Equal(before, await host.SnapshotAsync(opened.CaseFileId, opened.InstanceId));
    }

    [Fact]
    public async Task Start_MunicipalityOverridesDefault_DefinitionDefaultNowNeedsReason()
    {
        // Arrange
        var settings = new MunicipalitySettings
        {
            Municipality = "Gemeente Voorbeeld",
            DefaultOptions = new Dictionary<string, string> { ["RW1-DP10"] = "afwijzen" },
        };
        using var host = new CaseworkHost(settings);
        var opened = await host.OpenAsync(DecisionFlow(), TestUsers.Consulent);

        // Act
        var bookmark = Assert.Single((await host.InstanceAsync(opened.InstanceId)).Bookmarks);
        var ex = await Assert.ThrowsAsync<ResumeRejectedException>(() =>
            host.SendAsync(new DecideDiscretionPoint.Command(TestUsers.Consulent, bookmark.Id, "toekennen", null, "op-1")));
        await host.SendAsync(new DecideDiscretionPoint.Command(TestUsers.Consulent, bookmark.Id, "afwijzen", null, "op-2"));

        // Assert
        Assert.Equal(CaseworkBookmarkKinds.DiscretionPoint, bookmark.Kind);
        Assert.Equal("afwijzen", (string?)bookmark.Payload!["defaultOption"]);
        Assert.Equal("municipality", (string?)bookmark.Payload["defaultSource"]);
        Assert.Contains("wijkt af van het standaardbesluit 'afwijzen'", ex.Message);
        var decided = JsonNode.Parse((await host.JournalAsync(opened.InstanceId)).Single(e => e.Kind == CaseworkEvents.DiscretionDecided).PayloadJson!)!;
        Assert.False((bool)decided["deviation"]!);
        Assert.Equal("municipality", (string?)decided["defaultSource"]);
    }

    [Fact]
    public async Task Start_MunicipalityDefaultIsNoOption_InstanceFaultsWithReason()
    {
        // Arrange
        var settings = new MunicipalitySettings
        {
            Municipality = "Gemeente Voorbeeld",
            DefaultOptions = new Dictionary<string, string> { ["RW1-DP10"] = "doorverwijzen" },
        };
        using var host = new CaseworkHost(settings);

        // Act
        var opened = await host.OpenAsync(DecisionFlow(), TestUsers.Consulent);

        // Assert
        Assert.Equal(WorkflowStatus.Faulted, opened.Status);
        Assert.Contains("'doorverwijzen' the default of discretion point RW1-DP10", (await host.InstanceAsync(opened.InstanceId)).Incident!.Message);
    }

    public static TheoryData<string, string, string, string> BadDefinitions => new()
    {
        { """[{"id":"ja"}]""", "ja", "options", "at least two options; it has 1" },
        { """[{"id":"ja"},{"id":"ja"}]""", "ja", "options[1].id", "duplicate option id 'ja'" },
        { """[{"id":"ja"},{"label":"Nee"}]""", "ja", "options[1].id", "an option needs an id" },
        { """[{"id":"ja"},{"id":"nee"}]""", "misschien", "defaultOption", "default option 'misschien' is not one of the options: ja, nee" },
        { """{"id":"ja"}""", "ja", "options", "options must be a list" },
    };

    [Theory]
    [MemberData(nameof(BadDefinitions))]
    public void Validate_BadOptions_ReportsProblemAtItsPath(string options, string defaultOption, string path, string message)
    {
        // Arrange
        var definition = new FlowBuilder("wf").Start().Discretion("dp", options: options, defaultOption: defaultOption).Chain("start", "dp").Build();

        // Act
        var problems = new DefinitionValidator(CaseworkHost.CreateRegistry()).Validate(definition);

        // Assert
        var problem = Assert.Single(problems);
        Assert.Equal("dp", problem.ActivityId);
        Assert.Equal(path, problem.Path);
        Assert.Contains(message, problem.Message);
    }

    [Theory]
    [InlineData(null, "required input 'legalBasis' is missing")]
    [InlineData(" ", "the legal basis is empty")]
    public void Validate_NoLegalBasis_IsReported(string? legalBasis, string message)
    {
        // Arrange
        var definition = new FlowBuilder("wf").Start().Discretion("dp", legalBasis: legalBasis).Chain("start", "dp").Build();

        // Act
        var problems = new DefinitionValidator(CaseworkHost.CreateRegistry()).Validate(definition);

        // Assert
        var problem = Assert.Single(problems);
        Assert.Equal("legalBasis", problem.Path);
        Assert.Contains(message, problem.Message);
    }

    [Theory]
    [InlineData("kind", "regel", "Soort 'regel' bestaat niet: kies discretion (de wet laat ruimte) of rule (een regeltoets)")]
    [InlineData("kind", "", "Soort '' bestaat niet")]
    [InlineData("defaultBasis", "beleid", "Grond van de standaard 'beleid' bestaat niet: kies werkwijze (afwijken motiveren, Awb 3:46) of beleidsregel (Awb 4:84)")]
    public void Validate_UnknownKindOrDefaultBasis_IsReportedInDutchAtItsField(string input, string value, string message)
    {
        // Arrange
        var definition = new FlowBuilder("wf").Start().Discretion("dp").Chain("start", "dp").Build();
        ((JsonObject)definition.Document["root"]!["activities"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == "dp")!)[input] =
            new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value } };
        definition = Engine.Definitions.WorkflowDefinitionReader.Read(definition.Document);

        // Act
        var problems = new DefinitionValidator(CaseworkHost.CreateRegistry()).Validate(definition);

        // Assert
        var problem = Assert.Single(problems);
        Assert.Equal(("dp", input), (problem.ActivityId, problem.Path));
        Assert.StartsWith(message, problem.Message);
    }

    [Theory]
    [InlineData("kind", "rule")]
    [InlineData("kind", " Discretion ")]
    [InlineData("defaultBasis", "beleidsregel")]
    [InlineData("defaultBasis", "werkwijze")]
    public void Validate_KnownKindOrDefaultBasis_HasNoProblem(string input, string value)
    {
        var definition = new FlowBuilder("wf").Start().Discretion("dp").Chain("start", "dp").Build();
        ((JsonObject)definition.Document["root"]!["activities"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == "dp")!)[input] =
            new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value } };
        definition = Engine.Definitions.WorkflowDefinitionReader.Read(definition.Document);

        Assert.Empty(new DefinitionValidator(CaseworkHost.CreateRegistry()).Validate(definition));
    }
}
