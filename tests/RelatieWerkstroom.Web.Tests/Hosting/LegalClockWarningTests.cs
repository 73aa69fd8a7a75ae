using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using Quartz.Impl.Matchers;
using RelatieWerkstroom.Scheduling;
using RelatieWerkstroom.Web.Tests.Support;

namespace RelatieWerkstroom.Web.Tests.Hosting;

/// <summary>
/// A legal clock coming near its deadline, in the running host: the host's own Quartz job records the warning, and the
/// caseworker sees it in the dossier. The days pass on a fake <see cref="TimeProvider"/> (the host's time source), and
/// the test has the scheduler run its warning job at each step and waits for that run to finish (no sleeps).
/// </summary>
public abstract class LegalClockWarningTests(string database) : IAsyncLifetime
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    // Monday 2 March 2026, 09:00 in Amsterdam: the day the melding comes in.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
    private TestHost _host = null!;

    public Task InitializeAsync()
    {
        _host = new TestHost(TestData.Of(database), new Dictionary<string, string?>
        {
            ["Werkstroom:Scheduler:Enabled"] = "true",
            // The recurring scan runs once at start; the test has the scheduler run the job when the day has come.
            ["Werkstroom:Scheduler:LegalClockScanInterval"] = "01:00:00",
        }, ownsData: true) { TestServices = services => services.AddSingleton<TimeProvider>(_time) };
        _host.Server.BaseAddress.ToString();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Five_working_days_before_the_deadline_the_scheduler_warns_and_the_caseworker_sees_it_in_the_dossier()
    {
        var opened = await Cases.OpenAsync(_host, "wijkteam-noord");
        var clock = Clock(await DossierOnThatDayAsync("consulent.noord", opened.CaseFileId), "onderzoekstermijn");
        var deadline = DateOnly.Parse(clock["deadline"]!.GetValue<string>());
        var warningDate = DateOnly.Parse(clock["warningDate"]!.GetValue<string>());
        Assert.True(warningDate < deadline, $"warning date {warningDate} is not before the deadline {deadline}");

        // The day before the warning date: the job runs and nothing is due yet.
        SetToday(warningDate.AddDays(-1));
        await RunWarningJobAsync();
        Assert.Empty(Warnings(await DossierOnThatDayAsync("consulent.noord", opened.CaseFileId)));

        // On the warning date the scheduler records the warning, with the clock, its deadline and the warning date.
        SetToday(warningDate);
        await RunWarningJobAsync();
        var dossier = await DossierOnThatDayAsync("consulent.noord", opened.CaseFileId);
        var warning = Assert.Single(Warnings(dossier));
        Assert.Equal("onderzoekstermijn", warning["details"]!["clock"]!.GetValue<string>());
        Assert.Equal(deadline.ToString("yyyy-MM-dd"), warning["details"]!["deadline"]!.GetValue<string>());
        Assert.Equal(warningDate.ToString("yyyy-MM-dd"), warning["details"]!["warningDate"]!.GetValue<string>());
        Assert.Equal("system:scheduler", warning["actor"]!.GetValue<string>());
        Assert.True(Clock(dossier, "onderzoekstermijn")["daysLeft"]!.GetValue<int>() > 0);

        // The next day's scans find the warning recorded: the dossier still shows it once.
        SetToday(warningDate.AddDays(1));
        await RunWarningJobAsync();
        await RunWarningJobAsync();
        Assert.Single(Warnings(await DossierOnThatDayAsync("consulent.noord", opened.CaseFileId)));
    }

    [Fact]
    public async Task A_caseworker_of_another_team_does_not_see_the_warning()
    {
        var opened = await Cases.OpenAsync(_host, "wijkteam-noord");
        var warningDate = DateOnly.Parse(Clock(await DossierOnThatDayAsync("consulent.noord", opened.CaseFileId), "onderzoekstermijn")["warningDate"]!.GetValue<string>());

        SetToday(warningDate);
        await RunWarningJobAsync();

        Assert.Single(Warnings(await DossierOnThatDayAsync("consulent.noord", opened.CaseFileId)));
        using var zuid = await _host.SignInAsync("consulent.zuid");
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await zuid.GetAsync($"/api/cases/{opened.CaseFileId}")).StatusCode);
    }

    // The caseworker signs in on the (fake) day and opens the dossier: a sign-in of weeks ago has expired by then.
    private async Task<JsonNode> DossierOnThatDayAsync(string user, string caseFileId)
    {
        using var client = await _host.SignInAsync(user);
        return await client.GetJsonAsync($"/api/cases/{caseFileId}");
    }

    // 10:00 in Amsterdam on that day.
    private void SetToday(DateOnly day)
    {
        var utc = TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(10, 0)), Amsterdam);
        if (utc > _time.GetUtcNow()) _time.SetUtcNow(new DateTimeOffset(utc, TimeSpan.Zero));
    }

    // Has the host's scheduler run its deadline-warning job now and waits until that run (not another) has finished.
    private async Task RunWarningJobAsync()
    {
        var scheduler = await _host.Service<ISchedulerFactory>().GetScheduler();
        var run = Guid.NewGuid().ToString("N");
        var listener = new RunListener(run);
        scheduler.ListenerManager.AddJobListener(listener, KeyMatcher<JobKey>.KeyEquals(SchedulingKeys.DeadlineWarning));
        try
        {
            await scheduler.TriggerJob(SchedulingKeys.DeadlineWarning, new JobDataMap { [RunListener.RunKey] = run });
            var failure = await listener.Finished.WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Null(failure);
        }
        finally
        {
            scheduler.ListenerManager.RemoveJobListener(listener.Name);
        }
    }

    private static JsonNode Clock(JsonNode dossier, string name) =>
        dossier["clocks"]!.AsArray().Last(c => c!["name"]!.GetValue<string>() == name)!;

    private static List<JsonNode> Warnings(JsonNode dossier) =>
        [.. dossier["timeline"]!.AsArray().Where(e => e!["kind"]!.GetValue<string>() == "ClockWarning").Select(e => e!)];

    // Completes when the job run carrying this test's run id has been executed (with its exception, or null).
    private sealed class RunListener(string run) : IJobListener
    {
        public const string RunKey = "test-run";

        private readonly TaskCompletionSource<JobExecutionException?> _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<JobExecutionException?> Finished => _finished.Task;

        public string Name { get; } = "test-" + run;

        public Task JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
        {
            if (context.MergedJobDataMap.GetString(RunKey) == run) _finished.TrySetResult(jobException);
            return Task.CompletedTask;
        }
    }
}

[Collection(QuartzHosts.Name)]
public sealed class LegalClockWarningSqliteTests() : LegalClockWarningTests(Databases.Sqlite);

[Trait("Category", "PostgreSql")]
[Collection(QuartzHosts.Name)]
public sealed class LegalClockWarningPostgreSqlTests() : LegalClockWarningTests(Databases.PostgreSql);
