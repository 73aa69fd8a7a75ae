using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Quartz;
using Quartz.Logging;
using Quartz.Impl.Matchers;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Scheduling.Extensions;
using RelatieWerkstroom.Scheduling.Timers;

namespace RelatieWerkstroom.Scheduling.Tests.Support;

/// <summary>
/// One "process lifetime": a generic host with its own service provider and Quartz scheduler over a SQLite job
/// store, wired to engine stores that live outside it.
/// </summary>
public sealed class SchedulingHost : IAsyncDisposable
{
    private readonly IHost _host;
    private bool _stopped;

    private SchedulingHost(IHost host, QuartzEvents events)
    {
        _host = host;
        Events = events;
    }

    public QuartzEvents Events { get; }

    public IServiceProvider Services => _host.Services;

    /// <summary>Test options: a short misfire threshold and sync interval so tests wait seconds, not minutes.</summary>
    public static SchedulingOptions Options(TempDatabase database, string? schedulerName = null) =>
        Options(database.ConnectionString, schedulerName);

    /// <inheritdoc cref="Options(TempDatabase, string?)"/>
    public static SchedulingOptions Options(string connectionString, string? schedulerName = null) => new()
    {
        ConnectionString = connectionString,
        SchedulerName = schedulerName ?? "test-" + Guid.NewGuid().ToString("N"),
        MisfireThreshold = TimeSpan.FromSeconds(1),
        TimerSyncInterval = TimeSpan.FromMinutes(10),
        LegalClockScanInterval = TimeSpan.FromHours(1),
    };

    public static async Task<SchedulingHost> StartAsync(EngineState engine, SchedulingOptions options, Action<IServiceCollection>? services = null)
    {
        // Quartz keeps one logger factory per process (LogContext) and takes each new host's when that host's
        // scheduler factory is built; until then, and after a host stops, it must not point at a disposed one.
        LogContext.SetCurrentLogProvider(NullLoggerFactory.Instance);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true }));
        builder.Services.AddLogging(l => { if (Environment.GetEnvironmentVariable("RW_TEST_LOG") is not null) l.AddSimpleConsole().SetMinimumLevel(Microsoft.Extensions.Logging.LogLevel.Debug); });
        engine.Register(builder.Services);
        services?.Invoke(builder.Services);
        var events = new QuartzEvents();
        builder.Services.AddScheduling(options, q =>
        {
            q.AddJobListener(events, EverythingMatcher<JobKey>.AllJobs());
            q.AddTriggerListener(events, EverythingMatcher<TriggerKey>.AllTriggers());
        });
        var host = builder.Build();
        await host.StartAsync();
        return new SchedulingHost(host, events);
    }

    public async Task<IScheduler> SchedulerAsync() =>
        await Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

    /// <summary>Schedules the result's timer bookmarks, as a caller does right after a start or resume.</summary>
    public async Task<int> ScheduleAsync(RunResult result)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ITimerScheduler>().ScheduleAsync(result.Bookmarks);
    }

    /// <summary>Stops the host the way a shutdown does (jobs finish, the scheduler shuts down).</summary>
    public async Task StopAsync()
    {
        if (_stopped) return;
        _stopped = true;
        await _host.StopAsync();
        LogContext.SetCurrentLogProvider(NullLoggerFactory.Instance);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _host.Dispose();
    }
}
