using RelatieWerkstroom.Casework.Journal;

namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>
/// Kinds of <see cref="CaseEvent"/>: the case file's own timeline. Where a kind is also a journal event, its name is the
/// journal contract's (<see cref="CaseworkEvents"/>), so that the timeline and the reports cannot drift apart.
/// </summary>
public static class CaseEventKinds
{
    public const string CaseOpened = "CaseOpened";
    public const string CaseAssigned = "CaseAssigned";
    public const string CaseClosed = "CaseClosed";
    public const string NoteAdded = "NoteAdded";
    public const string DocumentAdded = "DocumentAdded";
    public const string TaskClaimed = CaseworkEvents.TaskClaimed;
    public const string TaskReleased = "TaskReleased";

    /// <summary>A teamleider gave an open task to a colleague (details: <c>assignee</c>, and <c>heldBy</c> when someone held it).</summary>
    public const string TaskAssigned = "TaskAssigned";
    public const string TaskCompleted = CaseworkEvents.TaskCompleted;
    public const string DiscretionDecided = CaseworkEvents.DiscretionDecided;
    public const string MeldingRegistered = "MeldingRegistered";
    public const string MessageQueued = CaseworkEvents.MessageQueued;
    public const string DecisionTaken = CaseworkEvents.DecisionTaken;
    public const string RegistersConsulted = "RegistersConsulted";
    public const string SubflowFinished = "SubflowFinished";

    /// <summary>The written ingebrekestelling of Awb 4:17 was received for a beslistermijn.</summary>
    public const string IngebrekestellingReceived = CaseworkEvents.IngebrekestellingReceived;
}
