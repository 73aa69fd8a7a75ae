using Quartz;
using RelatieWerkstroom.Scheduling.LegalClocks;

namespace RelatieWerkstroom.Scheduling.Jobs;

/// <summary>Records due deadline warnings of legal clocks; two runs at once could both record, so they queue.</summary>
[DisallowConcurrentExecution]
public sealed class DeadlineWarningJob(RaiseLegalClockAlerts alerts) : IJob
{
    /// <inheritdoc />
    public Task Execute(IJobExecutionContext context) => alerts.RaiseWarningsAsync(context.CancellationToken);
}
