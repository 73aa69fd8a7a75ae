using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Cli.Hosting;

/// <summary>Drives an instance on (firing timers) and reports its final state the way scripts expect.</summary>
public static class RunReporter
{
    /// <summary>Timers due within this window are waited for in real time when <c>--fast-timers</c> is off.</summary>
    public static readonly TimeSpan RealTimeWaitLimit = TimeSpan.FromMinutes(1);

    /// <summary>Fires due timers until the instance finishes, faults or waits for something else.</summary>
    public static async Task<RunResult> DriveAsync(WerkstroomHost host, RunResult result, bool fastTimers, TextWriter error, CancellationToken cancellationToken)
    {
        while (result.Status == WorkflowStatus.Suspended)
        {
            var nextTimer = result.Bookmarks.Where(b => b.Kind == BookmarkKinds.Timer && b.DueAt is not null).MinBy(b => b.DueAt);
            if (nextTimer is null) break;
            var due = nextTimer.DueAt!.Value;
            var wait = due - host.Clock.GetUtcNow();
            if (fastTimers)
            {
                host.Clock.AdvanceTo(due);
            }
            else if (wait > RealTimeWaitLimit)
            {
                error.WriteLine($"timer '{nextTimer.ActivityId}' is due at {due:u}; not waiting that long (use --fast-timers)");
                break;
            }
            else if (wait > TimeSpan.Zero)
            {
                error.WriteLine($"waiting {wait.TotalSeconds:0.#} s for timer '{nextTimer.ActivityId}'");
                await Task.Delay(wait, cancellationToken);
            }
            var fired = await host.Runtime.ResumeDueTimersAsync(host.Clock.GetUtcNow(), cancellationToken);
            result = fired.LastOrDefault(r => r.InstanceId == result.InstanceId) ?? result;
        }
        return result;
    }

    /// <summary>Prints bookmarks and the incident on stderr, the status as the last stdout line; returns the exit code.</summary>
    public static int Report(RunResult result, TextWriter output, TextWriter error)
    {
        error.WriteLine($"instance: {result.InstanceId}");
        foreach (var b in result.Bookmarks)
            error.WriteLine($"bookmark: {b.Id} kind={b.Kind} activity={b.ActivityId}" + (b.Name is null ? "" : $" name={b.Name}") + (b.DueAt is null ? "" : $" due={b.DueAt:u}"));
        if (result.Incident is { } incident)
            error.WriteLine($"incident: activity {incident.ActivityId} ({incident.ActivityType}) at {incident.Timestamp:u}: {incident.Message}");
        output.WriteLine($"status: {result.Status}");
        return result.Status switch
        {
            WorkflowStatus.Finished => ExitCodes.Ok,
            WorkflowStatus.Suspended => ExitCodes.Suspended,
            _ => ExitCodes.Failed,
        };
    }
}
