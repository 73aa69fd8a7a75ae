namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>Kinds of <see cref="CaseEvent"/>.</summary>
public static class CaseEventKinds
{
    public const string CaseOpened = "CaseOpened";
    public const string CaseAssigned = "CaseAssigned";
    public const string CaseClosed = "CaseClosed";
    public const string NoteAdded = "NoteAdded";
    public const string DocumentAdded = "DocumentAdded";
    public const string TaskClaimed = "TaskClaimed";
    public const string TaskReleased = "TaskReleased";
    public const string TaskCompleted = "TaskCompleted";
    public const string DiscretionDecided = "DiscretionDecided";
    public const string MeldingRegistered = "MeldingRegistered";
    public const string MessageQueued = "MessageQueued";
    public const string DecisionTaken = "DecisionTaken";
    public const string RegistersConsulted = "RegistersConsulted";
    public const string SubflowFinished = "SubflowFinished";
}
