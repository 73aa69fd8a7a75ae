using Quartz;
using RelatieWerkstroom.Scheduling.LegalClocks;

namespace RelatieWerkstroom.Scheduling.Jobs;

/// <summary>Records breached legal deadlines; two runs at once could both record, so they queue.</summary>
[DisallowConcurrentExecution]
public sealed class DeadlineBreachJob(RaiseLegalClockAlerts alerts) : IJob
{
    /// <inheritdoc />
    public Task Execute(IJobExecutionContext context) => alerts.RaiseBreachesAsync(context.CancellationToken);
}
