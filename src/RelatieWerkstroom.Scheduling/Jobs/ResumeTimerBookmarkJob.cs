using Microsoft.Extensions.Logging;
using Quartz;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Scheduling.Jobs;

/// <summary>
/// Fires one timer bookmark: resumes it through the runtime's idempotent path under the timer's fixed operation
/// id, so a second firing (another node, a re-run after a crash) replays the first result instead of resuming
/// again. Different bookmarks may fire in parallel, hence no [DisallowConcurrentExecution].
/// </summary>
public sealed class ResumeTimerBookmarkJob(WorkflowRuntime runtime, ILogger<ResumeTimerBookmarkJob> logger) : IJob
{
    /// <summary>Actor recorded in the journal for a timer resume.</summary>
    public const string Actor = "system:timer";

    /// <inheritdoc />
    public async Task Execute(IJobExecutionContext context)
    {
        var bookmarkId = context.MergedJobDataMap.GetString(SchedulingKeys.BookmarkId);
        if (string.IsNullOrWhiteSpace(bookmarkId))
            throw new JobExecutionException($"trigger {context.Trigger.Key} has no '{SchedulingKeys.BookmarkId}' in its job data; nothing to resume");

        try
        {
            var result = await runtime.ResumeAsync(
                new ResumeRequest(bookmarkId, null, WorkflowRuntime.TimerOperationId(bookmarkId), Actor), context.CancellationToken);
            if (result.Replayed)
                logger.LogInformation("Timer bookmark {BookmarkId} had already fired; instance {InstanceId} is {Status}", bookmarkId, result.InstanceId, result.Status);
            else
                logger.LogInformation("Timer bookmark {BookmarkId} fired; instance {InstanceId} is now {Status}", bookmarkId, result.InstanceId, result.Status);
        }
        catch (BookmarkConflictException ex)
        {
            logger.LogInformation("Timer bookmark {BookmarkId} was resumed by another operation first: {Reason}", bookmarkId, ex.Message);
        }
        catch (BookmarkNotFoundException)
        {
            logger.LogInformation("Timer bookmark {BookmarkId} is no longer open (its instance was cancelled or moved on)", bookmarkId);
        }
    }
}
