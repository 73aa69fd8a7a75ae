namespace RelatieWerkstroom.Reports.Journal;

/// <summary>Journal event kinds that casework writes and the reports read (the engine's own kinds are in JournalEvents).</summary>
/// <remarks>
/// Every casework entry carries the usual <c>JournalEntry</c> columns: <c>CorrelationId</c> = case id, <c>InstanceId</c>,
/// <c>DefinitionId</c>/<c>DefinitionVersion</c>, <c>ActivityId</c> of the activity that wrote it (null for events written
/// outside an activity, such as a clock warning from the scheduler), <c>Actor</c> = user id or <c>system</c>. Payload
/// field names are in <see cref="CaseworkFields"/>; the payload of each kind is documented on its constant.
/// </remarks>
public static class CaseworkEvents
{
    /// <summary>A user took a human task from the worklist. Payload: <c>{ role, bookmarkId? }</c>.</summary>
    public const string TaskClaimed = "TaskClaimed";

    /// <summary>A human task was finished. Payload: <c>{ action, role, bookmarkId? }</c> (form field values are never journalled).</summary>
    public const string TaskCompleted = "TaskCompleted";

    /// <summary>
    /// A discretion point was decided. Payload: <c>{ discretionId, option, defaultOption, deviation (bool), reasonLength (int),
    /// role }</c>; <c>deciderRole</c> is accepted as an alias of <c>role</c>. The reason text stays with the case.
    /// </summary>
    public const string DiscretionDecided = "DiscretionDecided";

    /// <summary>A legal clock started. Payload: <c>{ clock, term, deadline (yyyy-MM-dd), legalBasis }</c>.</summary>
    public const string ClockStarted = "ClockStarted";

    /// <summary>A legal clock was suspended (Awb 4:15). Payload: <c>{ clock, term, deadline, legalBasis, reason }</c>.</summary>
    public const string ClockSuspended = "ClockSuspended";

    /// <summary>A suspended clock runs again. Payload: <c>{ clock, term, deadline (the moved deadline), legalBasis }</c>.</summary>
    public const string ClockResumed = "ClockResumed";

    /// <summary>A clock was extended (verdaging, Awb 4:14). Payload: <c>{ clock, term, deadline (new), legalBasis, reason, extension? }</c>.</summary>
    public const string ClockExtended = "ClockExtended";

    /// <summary>A clock stopped: the decision was given. Payload: <c>{ clock, term, deadline, legalBasis }</c>; the entry's date is the decision date.</summary>
    public const string ClockStopped = "ClockStopped";

    /// <summary>
    /// A term of the inwoner or aanbieder ended unused (bezwaartermijn, hersteltermijn). Payload as <see cref="ClockStopped"/>;
    /// <c>on</c> is the term's legal last day.
    /// </summary>
    public const string ClockExpired = "ClockExpired";

    /// <summary>A clock is close to its deadline. Payload: <c>{ clock, deadline }</c>.</summary>
    public const string ClockWarning = "ClockWarning";

    /// <summary>A clock passed its deadline without a decision. Payload: <c>{ clock, deadline }</c>.</summary>
    public const string ClockBreached = "ClockBreached";

    /// <summary>
    /// A written ingebrekestelling (Awb 4:17 lid 3) was received. Payload: <c>{ clock, receivedOn (yyyy-MM-dd) }</c>;
    /// without <c>receivedOn</c> the entry's date is used.
    /// </summary>
    public const string IngebrekestellingReceived = "IngebrekestellingReceived";

    /// <summary>
    /// The decision (beschikking) of the case was taken. Payload: <c>{ decisionOption, decisionId?, reassessment (bool),
    /// previousDecisionOption? }</c>; a re-assessment (herindicatie) names the outcome of the decision it replaces.
    /// </summary>
    public const string DecisionTaken = "DecisionTaken";

    /// <summary>A bezwaar against a decision was received. Payload: <c>{ decisionOption, decisionWorkflow?, decisionId? }</c>.</summary>
    public const string BezwaarReceived = "BezwaarReceived";

    /// <summary>A document was generated. Payload: <c>{ kind, decisionId?, toewijzingId?, providerId?, tenderId? }</c>.</summary>
    public const string DocumentGenerated = "DocumentGenerated";

    /// <summary>A message (iWmo/iJw, e-mail, …) was queued. Payload: <c>{ kind, toewijzingId?, providerId?, tenderId? }</c>.</summary>
    public const string MessageQueued = "MessageQueued";

    /// <summary>The kinds the reports know, in a stable order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        TaskClaimed, TaskCompleted, DiscretionDecided, ClockStarted, ClockSuspended, ClockResumed, ClockExtended,
        ClockStopped, ClockExpired, ClockWarning, ClockBreached, IngebrekestellingReceived, DecisionTaken, BezwaarReceived,
        DocumentGenerated, MessageQueued,
    ];
}
