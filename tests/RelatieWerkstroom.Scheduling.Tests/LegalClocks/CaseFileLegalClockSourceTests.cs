using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.LegalTime;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Scheduling.LegalClocks;

namespace RelatieWerkstroom.Scheduling.Tests.LegalClocks;

/// <summary>The case files' legal clocks, as the deadline jobs see them: warned and breached once, journalled for reports.</summary>
public sealed class CaseFileLegalClockSourceTests
{
    // Monday 2 March 2026, 09:00 in Amsterdam.
    private static readonly DateTimeOffset MondayMorning = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task RaiseAlerts_CaseClockPastItsDeadline_RecordsOneBreachOnTheCaseAndInTheJournal()
    {
        // Arrange: a 2-week beslistermijn from Monday 9 February ends Monday 23 February, a week ago.
        var (source, caseFiles, instances) = await ArrangeAsync(new DateOnly(2026, 2, 9), "2 weeks");
        var alerts = new RaiseLegalClockAlerts(new FakeTimeProvider(MondayMorning), new SchedulingOptions(), NullLogger<RaiseLegalClockAlerts>.Instance, source);

        // Act: two scheduler runs.
        var first = await alerts.RaiseBreachesAsync();
        var second = await alerts.RaiseBreachesAsync();

        // Assert
        Assert.Equal(1, first);
        Assert.Equal(0, second);
        var clock = Assert.Single((await caseFiles.FindAsync("zaak-1"))!.Clocks);
        Assert.NotNull(clock.BreachRecordedAt);
        var breach = Assert.Single(await JournalAsync(instances), e => e.Kind == "ClockBreached");
        Assert.Equal("zaak-1", breach.CorrelationId);
        Assert.Contains("\"deadline\":\"2026-02-23\"", breach.PayloadJson);
    }

    [Fact]
    public async Task RaiseAlerts_CaseClockWithinFiveWorkingDays_RecordsOneWarning()
    {
        // Arrange: 2 weeks from Monday 23 February ends Monday 9 March; five working days before is today.
        var (source, caseFiles, instances) = await ArrangeAsync(new DateOnly(2026, 2, 23), "2 weeks");
        var alerts = new RaiseLegalClockAlerts(new FakeTimeProvider(MondayMorning), new SchedulingOptions(), NullLogger<RaiseLegalClockAlerts>.Instance, source);

        // Act
        var warned = await alerts.RaiseWarningsAsync();
        var again = await alerts.RaiseWarningsAsync();
        var breached = await alerts.RaiseBreachesAsync();

        // Assert
        Assert.Equal((1, 0, 0), (warned, again, breached));
        Assert.NotNull(Assert.Single((await caseFiles.FindAsync("zaak-1"))!.Clocks).WarningRecordedAt);
        Assert.Single(await JournalAsync(instances), e => e.Kind == "ClockWarning");
    }

    private static async Task<(CaseFileLegalClockSource, InMemoryCaseFileStore, InMemoryWorkflowInstanceStore)> ArrangeAsync(DateOnly start, string term)
    {
        var instances = new InMemoryWorkflowInstanceStore();
        var instance = new WorkflowInstance { Id = "i-1", DefinitionId = "rw1", DefinitionVersionId = "rw1:v1", DefinitionVersion = 1, Status = WorkflowStatus.Suspended };
        await instances.CommitAsync(new BurstCommit([new InstanceChange(instance, 0)], [], null));
        var caseFiles = new InMemoryCaseFileStore();
        var file = new CaseFile { Id = "zaak-1", Zaaktype = "rw1", Team = "noord" };
        file.PutClock(CaseClock.Begin("beslistermijn", "Wmo 2015 art. 2.3.5 lid 2", LegalTerm.Parse(term), start, 5, "i-1", "KlokStart", "consulent", MondayMorning.AddDays(-30)));
        await caseFiles.AddAsync(file);
        return (new CaseFileLegalClockSource(caseFiles, instances), caseFiles, instances);
    }

    private static async Task<List<JournalEntry>> JournalAsync(InMemoryWorkflowInstanceStore store)
    {
        var list = new List<JournalEntry>();
        await foreach (var e in store.ReadAsync()) list.Add(e);
        return list;
    }
}
