using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Outbox;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Casework.Tests.Support;

/// <summary>What one driven case did (decisions, tasks, events, timers) and what it left behind (case file, outbox, journal).</summary>
public sealed class CaseRun
{
    public required RunPlan Plan { get; init; }

    public required string CaseFileId { get; init; }

    public required string InstanceId { get; init; }

    /// <summary>The citizen's BSN and name (fictional), or null for a case without citizen.</summary>
    public (string Bsn, string Name)? Subject { get; init; }

    public List<DecisionMade> Decisions { get; } = [];

    public List<TaskDone> Tasks { get; } = [];

    public List<string> EventsTriggered { get; } = [];

    public int TimersFired { get; set; }

    public CaseFile CaseFile { get; set; } = null!;

    public IReadOnlyList<OutboxMessage> Messages { get; set; } = [];

    public IReadOnlyList<JournalEntry> Journal { get; set; } = [];

    public IReadOnlyList<WorkflowInstance> Instances { get; set; } = [];

    /// <summary>The option chosen at a discretion id (the last time), or null when the case never got there.</summary>
    public string? Option(string discretionId) => Decisions.LastOrDefault(d => d.DiscretionId == discretionId)?.Option;

    public bool Chose(string discretionId, string option) => Decisions.Any(d => d.DiscretionId == discretionId && d.Option == option);

    /// <summary>Whether a task was completed with this action.</summary>
    public bool Did(string activityId, string action) => Tasks.Any(t => t.ActivityId == activityId && t.Action == action);

    public bool Reached(string activityId) => Tasks.Any(t => t.ActivityId == activityId) || Decisions.Any(d => d.ActivityId == activityId);

    public IReadOnlyList<CaseDocument> Documents(string kind) => [.. CaseFile.Documents.Where(d => d.Kind == kind)];

    /// <summary>The documents of a kind the case's main workflow produced (not a sub-flow such as the bezwaar).</summary>
    public IReadOnlyList<CaseDocument> MainDocuments(string kind) => [.. Documents(kind).Where(d => d.InstanceId == InstanceId)];

    public IReadOnlyList<OutboxMessage> MessagesOf(string kind) => [.. Messages.Where(m => m.Kind == kind)];

    /// <summary>The decision codes of the beschikkingen drafted for the case, oldest first (from the case file's log).</summary>
    public IReadOnlyList<string> DecisionOptions => [.. DecisionFact.All(CaseFile).Select(d => d.Option)];

    public override string ToString() => $"{Plan} case {CaseFileId}";
}
