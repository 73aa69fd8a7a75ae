using System.Collections.Concurrent;
using Quartz;

namespace RelatieWerkstroom.Scheduling.Tests.Support;

/// <summary>Records what one scheduler did: finished job runs (with their error, if any) and misfired triggers.</summary>
public sealed class QuartzEvents : IJobListener, ITriggerListener
{
    private readonly ConcurrentQueue<JobRun> _runs = new();
    private readonly ConcurrentQueue<TriggerKey> _misfires = new();

    public string Name { get; } = "test-events-" + Guid.NewGuid().ToString("N");

    public IReadOnlyList<JobRun> Runs => _runs.ToList();

    public IReadOnlyList<TriggerKey> Misfires => _misfires.ToList();

    public IReadOnlyList<JobRun> RunsOf(JobKey job) => Runs.Where(r => r.Job.Equals(job)).ToList();

    public Task JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        context.MergedJobDataMap.TryGetString(SchedulingKeys.BookmarkId, out var bookmarkId);
        _runs.Enqueue(new JobRun(context.JobDetail.Key, context.Trigger.Key, bookmarkId, jobException));
        return Task.CompletedTask;
    }

    public Task TriggerFired(ITrigger trigger, IJobExecutionContext context, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<bool> VetoJobExecution(ITrigger trigger, IJobExecutionContext context, CancellationToken cancellationToken = default) => Task.FromResult(false);

    public Task TriggerMisfired(ITrigger trigger, CancellationToken cancellationToken = default)
    {
        _misfires.Enqueue(trigger.Key);
        return Task.CompletedTask;
    }

    public Task TriggerComplete(ITrigger trigger, IJobExecutionContext context, SchedulerInstruction triggerInstructionCode, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;
}
