using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Worklist;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Persistence.Tests.Support;
using RelatieWerkstroom.Casework.Journal;

namespace RelatieWerkstroom.Persistence.Tests.Stores;

/// <summary>
/// A whole case on the database stores, each step from freshly built services over the same database (a restart
/// between every step), and where the citizen's personal data ends up. Runs on every provider.
/// </summary>
public abstract class CaseworkFlowTests : DatabaseTest
{
    private const string Bsn = "123456782";
    private const string Surname = "Oosterhuis";
    private const string Name = "Wilhelmina Oosterhuis-Bakker";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    private static WorkflowDefinition Flow() => CaseFlows.Line("wmo-maatwerkvoorziening",
        CaseFlows.Clock("start", "start", "2 weeks"),
        CaseFlows.Task("gesprek", "Keukentafelgesprek", """[{"name":"uren","type":"number","required":true},{"name":"verslag","type":"textarea"}]"""),
        CaseFlows.Discretion("dp10", "afwijzen"),
        CaseFlows.Clock("stop", "stop"));

    [Fact]
    public async Task Case_OpenCompleteAndDecideAcrossRestarts_CaseFileAndJournalTellTheWholeStory()
    {
        // Arrange + first step: open the case.
        OpenCaseFile.Result opened;
        await using (var first = await OpenAsync())
        {
            await first.ImportAsync(Flow());
            opened = await first.OpenCaseAsync("wmo-maatwerkvoorziening", Bsn, Name);
        }

        // Act: each step in a new set of services.
        await using (var second = await OpenAsync())
        {
            var task = Assert.Single(await second.SendAsync(new GetWorklist.Query(CaseworkServices.Consulent)));
            await second.SendAsync(new ClaimTask.Command(CaseworkServices.Consulent, task.BookmarkId));
            _clock.Advance(TimeSpan.FromDays(1));
            await second.SendAsync(new CompleteTask.Command(CaseworkServices.Consulent, task.BookmarkId, "Gereed",
                new JsonObject { ["uren"] = 3, ["verslag"] = "Redt zich met hulp van de buren" }, "op-task"));
        }
        RunResult decided;
        await using (var third = await OpenAsync())
        {
            var point = Assert.Single(await third.SendAsync(new GetWorklist.Query(CaseworkServices.Consulent)));
            Assert.Equal("DiscretionPoint", point.Kind);
            decided = await third.SendAsync(new DecideDiscretionPoint.Command(CaseworkServices.Consulent, point.BookmarkId, "afwijzen",
                "Algemene voorziening is voorliggend", "op-decision"));
        }

        // Assert: from yet another set of services.
        await using var reader = await OpenAsync();
        Assert.Equal(WorkflowStatus.Finished, decided.Status);
        Assert.Empty(await reader.SendAsync(new GetWorklist.Query(CaseworkServices.Consulent)));
        var file = await reader.CaseFiles.FindAsync(opened.CaseFileId);
        Assert.NotNull(file);
        Assert.Equal(opened.SubjectId, file.SubjectId);
        Assert.Equal(3, Assert.Single(file.Forms).Values["uren"]!.GetValue<int>());
        var decision = Assert.Single(file.Decisions);
        Assert.Equal(("afwijzen", true, "Algemene voorziening is voorliggend"), (decision.Option, decision.Deviation, decision.Reason));
        var clock = Assert.Single(file.Clocks);
        Assert.Equal(new DateOnly(2026, 3, 3), clock.StoppedOn);
        Assert.Empty(await reader.CaseFiles.FindRunningClocksAsync());
        Assert.Equal([CaseEventKinds.CaseOpened, CaseEventKinds.TaskClaimed, CaseEventKinds.TaskCompleted, CaseEventKinds.DiscretionDecided],
            file.Events.Select(e => e.Kind).Distinct());
        var kinds = (await reader.JournalAsync(opened.InstanceId)).Select(e => e.Kind).ToList();
        Assert.Equal(JournalEvents.InstanceStarted, kinds[0]);
        Assert.Equal(JournalEvents.InstanceFinished, kinds[^1]);
        Assert.Equal([CaseworkEvents.ClockStarted, CaseworkEvents.TaskCompleted, CaseworkEvents.DiscretionDecided, CaseworkEvents.ClockStopped],
            kinds.Where(k => k is CaseworkEvents.ClockStarted or CaseworkEvents.TaskCompleted or CaseworkEvents.DiscretionDecided or CaseworkEvents.ClockStopped));
    }

    [Fact]
    public async Task Case_PlantedBsnAndName_AreStoredOnlyInTheSubjectsTable()
    {
        // Arrange
        await using var services = await OpenAsync();
        await services.ImportAsync(Flow());

        // Act: open the case, look while its task is open, then finish it.
        var opened = await services.OpenCaseAsync("wmo-maatwerkvoorziening", Bsn, Name);
        var whileOpen = await DatabaseText.ReadAllTablesAsync(Options);
        var afterTask = await services.SendAsync(new CompleteTask.Command(CaseworkServices.Consulent, opened.Bookmarks[0].Id, "Gereed",
            new JsonObject { ["uren"] = 3 }, "op-task"));
        await services.SendAsync(new DecideDiscretionPoint.Command(CaseworkServices.Consulent, afterTask.Bookmarks[0].Id, "toekennen", null, "op-decision"));
        var atEnd = await DatabaseText.ReadAllTablesAsync(Options);

        // Assert: every table was read, and only the subjects table holds the BSN or the name.
        Assert.Superset(new HashSet<string>(["CaseSubjects", "CaseFiles", "CaseClocks", "OutboxMessages", "Instances", "Bookmarks", "Journal", "Operations", "DefinitionVersions"]),
            new HashSet<string>(atEnd.Keys));
        Assert.Contains("Bookmarks", whileOpen.Where(t => t.Value.Length > 0).Select(t => t.Key));
        foreach (var tables in new[] { whileOpen, atEnd })
        {
            Assert.Contains(Bsn, tables["CaseSubjects"]);
            Assert.Contains(Surname, tables["CaseSubjects"]);
            foreach (var (table, text) in tables.Where(t => t.Key != "CaseSubjects"))
            {
                Assert.False(text.Contains(Bsn, StringComparison.Ordinal), $"the BSN is stored in table {table}");
                Assert.False(text.Contains(Surname, StringComparison.OrdinalIgnoreCase), $"the name is stored in table {table}");
            }
        }
    }

    private Task<CaseworkServices> OpenAsync() => CaseworkServices.OpenAsync(Options, _clock);
}
