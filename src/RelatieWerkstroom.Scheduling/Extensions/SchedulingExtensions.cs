using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Scheduling.Jobs;
using RelatieWerkstroom.Scheduling.LegalClocks;
using RelatieWerkstroom.Scheduling.Schema;
using RelatieWerkstroom.Scheduling.Timers;

namespace RelatieWerkstroom.Scheduling.Extensions;

/// <summary>Registers Quartz.NET with its persistent job store and RelatieWerkstroom's jobs.</summary>
public static class SchedulingExtensions
{
    /// <summary>
    /// Adds the scheduler: a Quartz ADO.NET job store in the application database (tables created at start-up),
    /// the timer, timer-sync and legal-clock jobs under <see cref="SchedulingKeys"/>, and the hosted service that
    /// runs it. The composition root must register <c>WorkflowRuntime</c>, <c>IWorkflowInstanceStore</c> and,
    /// for deadline alerts, an <see cref="ILegalClockSource"/>. <paramref name="configure"/> adds to the same Quartz
    /// configuration (listeners, thread pool) without a second <c>AddQuartz</c>.
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, SchedulingOptions options,
        Action<IServiceCollectionQuartzConfigurator>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddScoped<ITimerScheduler, QuartzTimerScheduler>();
        // Every burst's new timers get their trigger right after the commit (the runtime calls its listeners).
        services.AddSingleton<IBurstCommitListener, ScheduleTimersAtCommit>();
        services.AddScoped<ScheduleDueTimers>();
        services.AddScoped<RaiseLegalClockAlerts>();
        if (options.CreateSchema)
            services.AddHostedService<QuartzSchemaInitializer>();

        services.AddQuartz(q =>
        {
            q.SchedulerName = options.SchedulerName;
            q.MisfireThreshold = options.MisfireThreshold;
            if (options.Database == SchedulingDatabase.PostgreSql)
                q.SchedulerId = "AUTO"; // every node of the cluster needs its own id
            q.UsePersistentStore(store =>
            {
                store.PerformSchemaValidation = true;
                store.UseSystemTextJsonSerializer();
                switch (options.Database)
                {
                    case SchedulingDatabase.Sqlite:
                        store.UseMicrosoftSQLite(options.ConnectionString);
                        break;
                    case SchedulingDatabase.PostgreSql:
                        store.UsePostgres(options.ConnectionString);
                        store.UseClustering(cluster => cluster.CheckinInterval = options.ClusterCheckinInterval);
                        break;
                }
            });

            // Durable: the per-bookmark triggers come and go, the job stays. Recovery re-runs a resume that a crash
            // interrupted; the fixed operation id makes that harmless.
            q.AddJob<ResumeTimerBookmarkJob>(SchedulingKeys.ResumeTimerBookmark, job => job
                .StoreDurably()
                .RequestRecovery()
                .WithDescription("Resumes one timer bookmark (trigger name = bookmark id)"));

            q.AddJob<SyncTimerBookmarksJob>(SchedulingKeys.SyncTimerBookmarks, job => job
                .StoreDurably()
                .WithDescription("Schedules open timer bookmarks that have no trigger"));
            q.AddTrigger(trigger => trigger
                .WithIdentity(SchedulingKeys.SyncTimerBookmarksTrigger)
                .ForJob(SchedulingKeys.SyncTimerBookmarks)
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(options.TimerSyncInterval).RepeatForever().WithMisfireHandlingInstructionNowWithExistingCount()));

            q.AddJob<DeadlineWarningJob>(SchedulingKeys.DeadlineWarning, job => job
                .StoreDurably()
                .WithDescription("Records due deadline warnings of legal clocks"));
            q.AddTrigger(trigger => trigger
                .WithIdentity(SchedulingKeys.DeadlineWarningTrigger)
                .ForJob(SchedulingKeys.DeadlineWarning)
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(options.LegalClockScanInterval).RepeatForever().WithMisfireHandlingInstructionNowWithExistingCount()));

            q.AddJob<DeadlineBreachJob>(SchedulingKeys.DeadlineBreach, job => job
                .StoreDurably()
                .WithDescription("Records breached legal deadlines"));
            q.AddTrigger(trigger => trigger
                .WithIdentity(SchedulingKeys.DeadlineBreachTrigger)
                .ForJob(SchedulingKeys.DeadlineBreach)
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(options.LegalClockScanInterval).RepeatForever().WithMisfireHandlingInstructionNowWithExistingCount()));

            configure?.Invoke(q);
        });
        services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        return services;
    }
}
