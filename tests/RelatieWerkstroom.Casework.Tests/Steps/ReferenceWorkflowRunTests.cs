using System.Globalization;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Subjects;
using RelatieWerkstroom.Casework.Tests.Support;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Casework.Tests.Steps;

/// <summary>The reference workflows run end to end on the real activities and step handlers, taking the default at every choice.</summary>
public sealed class ReferenceWorkflowRunTests
{
    private static readonly User Everyone = new("u-alle-rollen", "Alle rollen", [Roles.Consulent], "team-test");

    public static TheoryData<string, string, bool, string[], string[]> Cases => new()
    {
        {
            "wmo-maatwerkvoorziening", "rw1-wmo-maatwerkvoorziening", true,
            ["registratie", "ontvangstbevestiging", "registerraadpleging", "beschikking", "afsluiting"], ["Brief", "iWmo.WMO301", "CAK.iEb"]
        },
        {
            "jeugdwet-toegang", "rw2-jeugdwet-toegang", true,
            ["registratie", "ontvangstbevestiging", "registerraadpleging", "beschikking", "afsluiting"], ["Brief", "iJw.JW301"]
        },
        {
            "meervoudig-onderhandse-aanbesteding", "rw3-meervoudig-onderhandse-aanbesteding", false,
            ["aankondiging", "gunningsbeslissing", "standstill", "afsluiting"], ["TenderNed.Aankondiging", "Aanbesteding.Gunningsbericht", "Aanbesteding.Standstill"]
        },
        {
            "toelatingsprocedure", "rw4-toelatingsprocedure", false,
            ["aankondiging", "registerraadpleging", "toelatingsbesluit", "afsluiting"], ["TenderNed.Aankondiging", "Brief"]
        },
        {
            "participatiewet-bijstand", "rw5-bijstand", true,
            ["registratie", "ontvangstbevestiging", "registerraadpleging", "voorschot", "beschikking", "afsluiting"], ["Brief", "Betaalopdracht"]
        },
    };

    public static TheoryData<string, string[]> Rw2Routes => new()
    {
        { "verwijzing", ["iJw.JW316", "iJw.JW301"] }, // a huisarts referral: JW315 acknowledged and honoured with a toewijzing
        { "maatregel", ["iJw.JW301"] },               // a GI's maatregel: toewijzing without beschikking
    };

    [Theory]
    [MemberData(nameof(Rw2Routes))]
    public async Task Rw2_Route_RunsToTheEndWithTheMessagesOfThatRoute(string route, string[] messages)
    {
        // Arrange: OpenCaseFile does not set workflow variables, so the case is opened by hand and started with Route.
        using var s = new StepScenario();
        await s.Host.DefinitionService.ImportAsync(Definitions());
        var registry = (SubjectRegistry)s.Host.Services.GetService(typeof(SubjectRegistry))!;
        var (subject, _) = await registry.RegisterAsync(Bsn.Parse(StepScenario.Bsn), StepScenario.Name);
        var file = new CaseFile
        {
            Id = "z-route-" + route, Zaaktype = "jeugdwet-toegang", SubjectId = subject.SubjectId, Team = Everyone.Team,
            Status = CaseFileStatus.Open, OpenedAt = s.Host.Clock.GetUtcNow(), InstanceIds = ["i-" + route],
        };
        await s.Host.CaseFiles.AddAsync(file);

        // Act
        await s.Host.Runtime.StartAsync("rw2-jeugdwet-toegang", new StartOptions(CorrelationId: file.Id, InstanceId: "i-" + route,
            Variables: new Dictionary<string, JsonNode?> { ["Route"] = route }));
        await DriveAsync(s.Host, file.Id);

        // Assert
        var instance = await s.Host.InstanceAsync("i-" + route);
        Assert.True(instance.Status == WorkflowStatus.Finished, $"{route}: {instance.Status}: {instance.Incident?.Message}");
        Assert.Equal(CaseFileStatus.Closed, (await s.Host.CaseFileAsync(file.Id)).Status);
        Assert.Empty(messages.Except((await s.Host.Outbox.FindByCaseFileAsync(file.Id)).Select(m => m.Kind)));
    }

    [Fact]
    public async Task Rw5Bijstand_BezwaarDuringTheTerm_DecidesItInTheSubflowAndClosesTheCaseOnlyAtTheEnd()
    {
        // Arrange
        var settings = StepScenario.Settings() with { Zaaktypen = new Dictionary<string, string> { ["participatiewet-bijstand"] = "rw5-bijstand" } };
        using var s = new StepScenario(settings);
        await s.Host.DefinitionService.ImportAsync(Definitions());

        // Act
        var opened = await s.Host.SendAsync(new OpenCaseFile.Command("participatiewet-bijstand", Everyone.Team, Everyone,
            new OpenCaseFile.SubjectData(StepScenario.Bsn, StepScenario.Name), "Bijstand met bezwaar"));
        await DriveAsync(s.Host, opened.CaseFileId, bezwaar: true);

        // Assert: the primary beschikking and the beslissing op bezwaar, each with its own remedy.
        var file = await s.Host.CaseFileAsync(opened.CaseFileId);
        Assert.Equal(CaseFileStatus.Closed, file.Status);
        var beschikkingen = file.Documents.Where(d => d.Kind == "beschikking").ToList();
        Assert.Equal(2, beschikkingen.Count);
        Assert.Contains("## Bezwaar maken", beschikkingen[0].Content);
        Assert.Contains("## Beroep instellen", beschikkingen[1].Content);
        Assert.Contains(file.Events, e => e.Kind == CaseEventKinds.SubflowFinished);
        Assert.Equal("afgehandeld", file.Events.Single(e => e.Kind == CaseEventKinds.CaseClosed).Details?["resultaat"]?.GetValue<string>());
        var taken = (await s.Host.JournalAsync()).Where(e => e.Kind == "DecisionTaken").ToList();
        Assert.Equal(["rw5-bijstand", "rw5-bezwaar"], taken.Select(e => e.DefinitionId));
        var received = Assert.Single((await s.Host.JournalAsync()).Where(e => e.Kind == "BezwaarReceived"));
        Assert.Contains("\"decisionWorkflow\":\"rw5-bijstand\"", received.PayloadJson);
    }

    private static List<(string, WorkflowDefinition)> Definitions() =>
        [.. Directory.GetFiles(RepositoryWorkflows(), "*.json").Select(f => (Path.GetFileName(f), WorkflowDefinitionReader.Parse(File.ReadAllText(f))))];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ReferenceWorkflow_DefaultsEverywhere_RunsToTheEndAndLeavesItsArtefactsWithTheClosedCase(
        string zaaktype, string definitionId, bool withSubject, string[] documents, string[] messages)
    {
        // Arrange
        var settings = StepScenario.Settings() with
        {
            Zaaktypen = new Dictionary<string, string> { [zaaktype] = definitionId },
            Bijstandsnormen = new Dictionary<string, decimal> { ["alleenstaande"] = 1300m },
        };
        using var s = new StepScenario(settings);
        await s.Host.DefinitionService.ImportAsync(Definitions());
        var subject = withSubject ? new OpenCaseFile.SubjectData(StepScenario.Bsn, StepScenario.Name) : null;

        // Act
        var opened = await s.Host.SendAsync(new OpenCaseFile.Command(zaaktype, Everyone.Team, Everyone, subject, "Referentiezaak"));
        await DriveAsync(s.Host, opened.CaseFileId);

        // Assert
        var instance = await s.Host.InstanceAsync(opened.InstanceId);
        Assert.True(instance.Status == WorkflowStatus.Finished, $"{definitionId} is {instance.Status}: {instance.Incident?.Message}");
        var file = await s.Host.CaseFileAsync(opened.CaseFileId);
        Assert.Equal(CaseFileStatus.Closed, file.Status);
        Assert.Empty(documents.Except(file.Documents.Select(d => d.Kind)));
        var outbox = await s.Host.Outbox.FindByCaseFileAsync(opened.CaseFileId);
        Assert.Empty(messages.Except(outbox.Select(m => m.Kind)));
        var journal = await s.Host.JournalAsync();
        Assert.DoesNotContain(journal, e => e.Kind == JournalEvents.StepCompleted && e.PayloadJson!.Contains("\"success\":false"));
        foreach (var text in journal.Select(e => e.PayloadJson ?? "").Concat(outbox.Select(m => m.Payload)).Concat(file.Documents.Select(d => d.Content)))
            Assert.False(text.Contains(StepScenario.Bsn) || text.Contains("Jansen"), "personal data left the subject store");
    }

    private static string RepositoryWorkflows()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "workflows")) && Directory.Exists(Path.Combine(dir.FullName, "src")))
                return Path.Combine(dir.FullName, "workflows");
        throw new DirectoryNotFoundException("no workflows directory above the test output");
    }

    /// <summary>Plays every role: the default option at discretion points, the first action of a task (the last after two rounds), timers as they fall due.</summary>
    private static async Task DriveAsync(CaseworkHost host, string caseFileId, bool bezwaar = false)
    {
        var visits = new Dictionary<(string, string), int>();
        for (var step = 0; step < 400; step++)
        {
            var open = await host.Instances.FindBookmarksAsync(new BookmarkFilter(CorrelationId: caseFileId));
            if (open.Count == 0) return;
            var pick = open.FirstOrDefault(b => b.Bookmark.Kind is "HumanTask" or "DiscretionPoint");
            if (pick is null && bezwaar && open.FirstOrDefault(b => b.Bookmark.Kind == "Event" && b.Bookmark.Name == "BezwaarOntvangen") is { } ev)
            {
                bezwaar = false;
                await host.Runtime.TriggerEventAsync(ev.Bookmark.Name!, correlationId: caseFileId);
                continue;
            }
            if (pick is null)
            {
                var due = open.Where(b => b.Bookmark.DueAt is not null).Select(b => b.Bookmark.DueAt!.Value).DefaultIfEmpty().Min();
                if (due == default) return; // only events left, e.g. a bezwaar that never comes
                if (due > host.Clock.GetUtcNow()) host.Clock.SetUtcNow(due);
                await host.Runtime.ResumeDueTimersAsync(host.Clock.GetUtcNow());
                continue;
            }
            var bookmark = pick.Bookmark;
            var payload = bookmark.Payload ?? new JsonObject();
            var count = visits[(pick.InstanceId, bookmark.ActivityId)] = visits.GetValueOrDefault((pick.InstanceId, bookmark.ActivityId)) + 1;
            JsonObject answer;
            if (bookmark.Kind == "HumanTask")
            {
                var actions = payload["actions"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();
                answer = new JsonObject
                {
                    ["action"] = count > 2 ? actions[^1] : actions[0],
                    ["fields"] = Fill(payload["formFields"]!.AsArray(), host.Clock.GetUtcNow()),
                    ["user"] = Everyone.Id,
                    ["role"] = payload["role"]!.GetValue<string>(),
                };
            }
            else
            {
                var options = payload["options"]!.AsArray().Select(o => o!["id"]!.GetValue<string>()).ToList();
                var option = payload["defaultOption"]!.GetValue<string>();
                if (count > 2) option = options.First(o => o != option);
                answer = new JsonObject
                {
                    ["option"] = option,
                    ["reason"] = "Afweging vastgelegd in het dossier",
                    ["user"] = Everyone.Id,
                    ["role"] = payload["roles"]!.AsArray().Select(r => r!.GetValue<string>()).FirstOrDefault() ?? Roles.Consulent,
                };
            }
            var result = await host.Runtime.ResumeAsync(new ResumeRequest(bookmark.Id, answer, Guid.NewGuid().ToString("N")));
            if (result.Status == WorkflowStatus.Faulted) return;
        }
    }

    private static JsonObject Fill(JsonArray fields, DateTimeOffset now)
    {
        var values = new JsonObject();
        foreach (var field in fields.OfType<JsonObject>())
        {
            var name = field["name"]!.GetValue<string>();
            values[name] = name switch
            {
                "raming" => 120000,
                "rangorde" => "1. Alfa Zorg\n2. Beta Hulp",
                "winnaar" => "Alfa Zorg",
                // A receipt date cannot lie ahead: the legal clocks start on it.
                "ontvangenOp" => DateOnly.FromDateTime(now.UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                _ => field["type"]?.GetValue<string>() switch
                {
                    "number" => 4,
                    "boolean" => true,
                    "date" => DateOnly.FromDateTime(now.UtcDateTime).AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    "choice" => field["options"]!.AsArray()[0]!.DeepClone(),
                    _ => "Ingevuld door de test",
                },
            };
        }
        return values;
    }
}
