using Microsoft.Extensions.Time.Testing;
using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Settings;
using RelatieWerkstroom.Casework.Time;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Casework.Worklist;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Simulation.Seeding;
using RelatieWerkstroom.Simulation.Tests.Support;

namespace RelatieWerkstroom.Simulation.Tests.Seeding;

/// <summary>A demo caseload seeded into a fresh SQLite file, then used by a host as it keeps running.</summary>
public sealed class DemoCaseloadSeederTests : IDisposable
{
    // A Monday morning in Amsterdam (09:30 local).
    private static readonly DateTimeOffset Now = new(2026, 3, 16, 8, 30, 0, TimeSpan.Zero);

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task SeedAsync_FreshDatabase_LeavesOpenWorkOfBothTeamsThatTheHostCanCarryOn()
    {
        // Arrange
        var path = _folder.File("werkstroom.db");
        var municipality = await MunicipalitySettingsLoader.LoadAsync(RepositoryPaths.Settings, "voorbeeldstad");
        var clock = new FakeTimeProvider(Now);
        DemoSeedResult seeded;
        await using (var host = await DatabaseHost.OpenAsync(path, clock, municipality))
        {
            await host.ImportReferenceWorkflowsAsync();

            // Act
            seeded = await DemoCaseloadSeeder.SeedAsync(host.Services, new DemoSeedOptions { Cases = 120, Months = 3, Seed = 7, Municipality = municipality }, Now);
        }

        // Assert: a restarted host sees open work for both teams, with clocks running relative to now.
        Assert.True(seeded.Seeded, seeded.Message);
        Assert.Equal(0, seeded.Outcome!.ProblemCount);
        await using var restarted = await DatabaseHost.OpenAsync(path, clock, municipality);
        var noord = new User("u-demo-noord", "Demo Noord", [Roles.Consulent, Roles.Jeugdconsulent], "wijkteam-noord");
        var zuid = new User("u-demo-zuid", "Demo Zuid", [Roles.Consulent, Roles.Jeugdconsulent], "wijkteam-zuid");
        var noordWork = await restarted.SendAsync(new GetWorklist.Query(noord));
        var zuidWork = await restarted.SendAsync(new GetWorklist.Query(zuid));
        Assert.Contains(noordWork, i => i.Kind == CaseworkBookmarkKinds.HumanTask);
        Assert.Contains(zuidWork, i => i.Kind == CaseworkBookmarkKinds.HumanTask);

        var today = DutchTime.Today(Now);
        var running = await restarted.Get<ICaseFileStore>().FindRunningClocksAsync();
        Assert.Contains(running, r => r.Clock.Deadline > today.AddDays(14));
        Assert.Contains(running, r => r.Clock.Deadline <= today.AddDays(14));
        var timers = await restarted.Get<IWorkflowInstanceStore>().FindBookmarksAsync(new BookmarkFilter(BookmarkKinds.Timer, Take: 10_000));
        Assert.Contains(timers, t => t.Bookmark.DueAt > Now);

        // Act: a caseworker of Noord claims and completes a free task through the worklist.
        var item = noordWork.First(i => i.Kind == CaseworkBookmarkKinds.HumanTask && i.AssignedTo is null);
        var stored = (await restarted.Get<IWorkflowInstanceStore>().FindBookmarkAsync(item.BookmarkId))!;
        var fields = new FormFiller(SimulationSettings.Default, new Random(1)).Fill(RelatieWerkstroom.Casework.Activities.Tasks.HumanTaskBookmark.Read(stored.Bookmark.Payload).FormFields, Now);
        await restarted.SendAsync(new ClaimTask.Command(noord, item.BookmarkId));
        var result = await restarted.SendAsync(new CompleteTask.Command(noord, item.BookmarkId, item.Choices[0], fields, "demo-complete-1"));

        // Assert: the instance moved on past the task.
        var instance = (await restarted.Get<IWorkflowInstanceStore>().FindAsync(item.InstanceId))!;
        Assert.NotEqual(WorkflowStatus.Faulted, result.Status);
        Assert.DoesNotContain(instance.Bookmarks, b => b.Id == item.BookmarkId);
        var journal = new List<JournalEntry>();
        await foreach (var entry in restarted.Get<IJournalReader>().ReadAsync(0, item.InstanceId)) journal.Add(entry);
        Assert.Contains(journal, e => e.Kind == JournalEvents.ActivityCompleted && e.ActivityId == item.ActivityId && e.Timestamp == Now);
    }

    [Fact]
    public async Task SeedAsync_SecondTime_SeedsNothingAndSaysWhy()
    {
        // Arrange
        var path = _folder.File("werkstroom.db");
        await using var host = await DatabaseHost.OpenAsync(path, new FakeTimeProvider(Now));
        await host.ImportReferenceWorkflowsAsync();
        var options = new DemoSeedOptions { Cases = 20, Months = 1, Seed = 3 };
        var first = await DemoCaseloadSeeder.SeedAsync(host.Services, options, Now);
        var journalBefore = await CountJournalAsync(host);

        // Act
        var second = await DemoCaseloadSeeder.SeedAsync(host.Services, options, Now.AddMinutes(5));

        // Assert
        Assert.True(first.Seeded, first.Message);
        Assert.False(second.Seeded);
        Assert.Contains("already holds", second.Message);
        Assert.Equal(journalBefore, await CountJournalAsync(host));
    }

    [Fact]
    public async Task SeedAsync_NoWorkflowsImported_RefusesAndSaysWhatToDo()
    {
        await using var host = await DatabaseHost.OpenAsync(_folder.File("empty.db"), new FakeTimeProvider(Now));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => DemoCaseloadSeeder.SeedAsync(host.Services, new DemoSeedOptions(), Now));

        Assert.Contains("import and publish the workflows", error.Message);
    }

    public void Dispose() => _folder.Dispose();

    private static async Task<int> CountJournalAsync(DatabaseHost host)
    {
        var count = 0;
        await foreach (var _ in host.Get<IJournalReader>().ReadAsync(0)) count++;
        return count;
    }
}
