using Quartz;

namespace RelatieWerkstroom.Scheduling.Tests.Support;

/// <summary>One finished job run.</summary>
public sealed record JobRun(JobKey Job, TriggerKey Trigger, string? BookmarkId, JobExecutionException? Error);
