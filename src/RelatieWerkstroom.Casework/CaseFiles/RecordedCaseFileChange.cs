using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>
/// A person's change to a case file that the journal records (a clock suspended, an ingebrekestelling received): the
/// change and its journal entry are stored in one commit, so the case file never shows what the reports do not count.
/// </summary>
public static class RecordedCaseFileChange
{
    /// <summary>
    /// Applies <paramref name="change"/> to the case file as read (a refusal throws before anything is written), asks
    /// <paramref name="journal"/> for the entry that records it, and stores both together: the change is applied again to
    /// the latest version inside the commit. Without an entry (no workflow instance to journal on) only the case file is stored.
    /// </summary>
    public static async Task<CaseFile> StoreAsync(ICaseFileStore caseFiles, CaseFileSessions sessions, IWorkflowInstanceStore instances, User user,
        string caseFileId, Action<CaseFile> change, Func<CaseFile, Task<JournalEntry?>> journal, CancellationToken cancellationToken)
    {
        var read = await caseFiles.FindVisibleAsync(user, caseFileId, cancellationToken);
        change(read);
        if (await journal(read) is not { } entry) return await caseFiles.UpdateVisibleAsync(user, caseFileId, change, cancellationToken);

        var commit = new BurstCommit([], [entry], null);
        sessions.For(commit).Change(caseFileId, file =>
        {
            CaseFileAccess.EnsureVisible(user, file);
            change(file);
        });
        await instances.CommitAsync(commit, cancellationToken);
        return await caseFiles.FindAsync(caseFileId, cancellationToken) ?? throw CaseFileAccess.NotFound(caseFileId);
    }

    /// <summary>
    /// The journal entry for a person's action on <paramref name="clock"/>, on the instance whose LegalClock step started
    /// it (as the scheduler journals warnings); null when that instance is gone or the clock has none.
    /// </summary>
    public static async Task<JournalEntry?> ClockEntryAsync(IWorkflowInstanceStore instances, CaseClock clock, string kind, JsonObject payload, User user,
        DateTimeOffset now, string caseFileId, CancellationToken cancellationToken)
    {
        if (clock.InstanceId is not { } instanceId || await instances.FindAsync(instanceId, cancellationToken) is not { } instance) return null;
        payload["manual"] = true;
        return new JournalEntry
        {
            InstanceId = instance.Id,
            DefinitionId = instance.DefinitionId,
            DefinitionVersion = instance.DefinitionVersion,
            ActivityId = clock.ActivityId,
            ActivityType = ChangeClock.LegalClockType,
            Kind = kind,
            Actor = user.Id,
            Timestamp = now,
            PayloadJson = payload.ToJsonString(),
            CorrelationId = caseFileId,
        };
    }
}
