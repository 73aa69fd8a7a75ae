using System.Globalization;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Casework.Journal;

namespace RelatieWerkstroom.Scheduling.LegalClocks;

/// <summary>
/// The legal clocks of case files, for the deadline jobs. A warning or breach is marked on the clock run in the case
/// file (the optimistic-concurrency update makes the first recorder win) and then journalled for the reports.
/// </summary>
public sealed class CaseFileLegalClockSource(ICaseFileStore caseFiles, IWorkflowInstanceStore instances) : ILegalClockSource
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<ClockDue>> FindClocksAsync(DateOnly deadlineOnOrBefore, CancellationToken cancellationToken = default)
    {
        var running = await caseFiles.FindRunningClocksAsync(cancellationToken);
        return running
            // An inwoner's term (bezwaartermijn, hersteltermijn) is not the municipality's to meet: passing it is no breach.
            .Where(r => !r.Clock.Profile.IsCitizensTerm)
            .Where(r => !r.Clock.IsSuspended && r.Clock.Deadline is { } d && d <= deadlineOnOrBefore)
            .Where(r => r.Clock.WarningRecordedAt is null || r.Clock.BreachRecordedAt is null)
            .Select(r => new ClockDue(ClockId(r.CaseFileId, r.Clock.Id), r.CaseFileId, r.Clock.Name, r.Clock.Deadline!.Value,
                r.Clock.WarningWorkingDays, r.Clock.WarningRecordedAt is not null, r.Clock.BreachRecordedAt is not null))
            .ToList();
    }

    /// <inheritdoc />
    public Task<bool> RecordWarningAsync(ClockDue clock, DateOnly warningDate, DateTimeOffset recordedAt, CancellationToken cancellationToken = default) =>
        RecordAsync(clock, recordedAt, warning: true, new JsonObject
        {
            [CaseworkFields.Clock] = clock.Clock,
            [CaseworkFields.Deadline] = Day(clock.Deadline),
            [CaseworkFields.WarningDate] = Day(warningDate),
        }, cancellationToken);

    /// <inheritdoc />
    public Task<bool> RecordBreachAsync(ClockDue clock, DateTimeOffset recordedAt, CancellationToken cancellationToken = default) =>
        RecordAsync(clock, recordedAt, warning: false, new JsonObject
        {
            [CaseworkFields.Clock] = clock.Clock,
            [CaseworkFields.Deadline] = Day(clock.Deadline),
        }, cancellationToken);

    /// <summary>The clock id the scheduler uses: case file and clock run.</summary>
    public static string ClockId(string caseFileId, string clockRunId) => $"{caseFileId}/{clockRunId}";

    private async Task<bool> RecordAsync(ClockDue due, DateTimeOffset recordedAt, bool warning, JsonObject payload, CancellationToken cancellationToken)
    {
        var runId = due.ClockId[(due.CaseFileId.Length + 1)..];
        CaseClock? marked = null;
        await caseFiles.UpdateAsync(due.CaseFileId, file =>
        {
            // Applied again on a concurrency retry: decide on the latest version only.
            marked = null;
            var clock = file.Clocks.FirstOrDefault(c => c.Id == runId);
            if (clock is null || (warning ? clock.WarningRecordedAt : clock.BreachRecordedAt) is not null) return;
            marked = warning ? clock with { WarningRecordedAt = recordedAt } : clock with { BreachRecordedAt = recordedAt };
            file.PutClock(marked);
        }, cancellationToken);
        if (marked is null) return false;

        if (marked.InstanceId is { } instanceId && await instances.FindAsync(instanceId, cancellationToken) is { } instance)
        {
            var entry = new JournalEntry
            {
                InstanceId = instance.Id,
                DefinitionId = instance.DefinitionId,
                DefinitionVersion = instance.DefinitionVersion,
                ActivityId = marked.ActivityId,
                ActivityType = "RelatieWerkstroom.LegalClock",
                Kind = warning ? CaseworkEvents.ClockWarning : CaseworkEvents.ClockBreached,
                Actor = "system:scheduler",
                Timestamp = recordedAt,
                PayloadJson = payload.ToJsonString(),
                CorrelationId = due.CaseFileId,
            };
            await instances.CommitAsync(new BurstCommit([], [entry], null), cancellationToken);
        }
        return true;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
