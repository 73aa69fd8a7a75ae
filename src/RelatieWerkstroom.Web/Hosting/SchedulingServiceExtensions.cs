using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;
using Quartz.Logging;
using RelatieWerkstroom.Persistence;
using RelatieWerkstroom.Scheduling;
using SchedulingOptions = RelatieWerkstroom.Scheduling.SchedulingOptions;
using RelatieWerkstroom.Scheduling.Extensions;
using RelatieWerkstroom.Scheduling.LegalClocks;
using RelatieWerkstroom.Web.Outbox;

namespace RelatieWerkstroom.Web.Hosting;

/// <summary>
/// Quartz.NET in the host, for as long as it runs: its job store in the application database, due timers resumed,
/// legal clocks' warnings and breaches recorded on the case files, new timers scheduled when their burst commits, and
/// the outbox delivered (to <c>outbox/</c> in the data folder unless another <see cref="IOutboxSender"/> is registered).
/// </summary>
public static class SchedulingServiceExtensions
{
    /// <summary>
    /// Registers the scheduler over the host's database (<c>Werkstroom:Scheduler:Enabled=false</c> leaves it out, e.g. for
    /// API tests; <c>Werkstroom:Scheduler:TimerSyncInterval</c>, <c>:LegalClockScanInterval</c>, <c>:MisfireThreshold</c>, <c>:ClusterCheckinInterval</c> (PostgreSQL) and <c>:OutboxInterval</c>
/// tune how often it looks).
    /// </summary>
    public static IServiceCollection AddWerkstroomScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Werkstroom:Scheduler");
        if (!(section.GetValue<bool?>("Enabled") ?? true)) return services;
        var settings = services.GetHostSettings();
        var persistence = settings.Persistence;
        var options = new SchedulingOptions
        {
            Database = persistence.Provider == PersistenceProvider.PostgreSql ? SchedulingDatabase.PostgreSql : SchedulingDatabase.Sqlite,
            ConnectionString = persistence.ResolveConnectionString(),
        };
        if (section.GetValue<TimeSpan?>("TimerSyncInterval") is { } sync) options.TimerSyncInterval = sync;
        if (section.GetValue<TimeSpan?>("LegalClockScanInterval") is { } scan) options.LegalClockScanInterval = scan;
        if (section.GetValue<TimeSpan?>("MisfireThreshold") is { } misfire) options.MisfireThreshold = misfire;
        if (section.GetValue<TimeSpan?>("ClusterCheckinInterval") is { } checkin) options.ClusterCheckinInterval = checkin;
        var outboxInterval = section.GetValue<TimeSpan?>("OutboxInterval") ?? TimeSpan.FromSeconds(10);
        services.AddSingleton<ILegalClockSource, CaseFileLegalClockSource>();
        services.TryAddSingleton<IOutboxSender>(new DropFolderOutboxSender(Path.Combine(settings.DataFolder, "outbox")));
        services.AddScheduling(options, q =>
        {
            q.AddJob<DeliverOutboxJob>(DeliverOutboxJob.Key, job => job.StoreDurably().WithDescription("Sends pending outbox messages"));
            q.AddTrigger(trigger => trigger
                .WithIdentity(DeliverOutboxJob.Key.Name, DeliverOutboxJob.Key.Group)
                .ForJob(DeliverOutboxJob.Key)
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(outboxInterval).RepeatForever().WithMisfireHandlingInstructionNextWithRemainingCount()));
        });
        services.AddHostedService<QuartzLogReset>();
        return services;
    }

    // Quartz keeps one logger factory per process; once this host stops (its factory is disposed) Quartz must not log
    // through it, e.g. when tests start several hosts in one process.
    private sealed class QuartzLogReset : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken)
        {
            LogContext.SetCurrentLogProvider(Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);
            return Task.CompletedTask;
        }
    }
}
