namespace RelatieWerkstroom.Casework.Journal;

/// <summary>
/// THE journal contract of casework: the event kinds the casework activities, worklist and scheduler write and the
/// friction reports read (the engine's own kinds are in <c>JournalEvents</c>). Payload field names are in
/// <see cref="CaseworkFields"/>. Payloads hold ids, names, dates and counts, never personal data or free text.
/// </summary>
/// <remarks>
/// Every entry carries the usual <c>JournalEntry</c> columns: <c>CorrelationId</c> = case id, <c>InstanceId</c>,
/// <c>DefinitionId</c>/<c>DefinitionVersion</c>, <c>ActivityId</c> of the activity that wrote it (null for events written
/// outside an activity, such as a clock warning from the scheduler), <c>Actor</c> = user id or <c>system</c>.
/// </remarks>
public static class CaseworkEvents
{
    /// <summary>A user took a human task from the worklist: <c>{ role, bookmarkId }</c>.</summary>
    public const string TaskClaimed = "TaskClaimed";

    /// <summary>
    /// A human task was completed: <c>{ action, role, fields: [names], claimedBy?, dueDate?, late }</c> (field values are
    /// never journalled).
    /// </summary>
    public const string TaskCompleted = "TaskCompleted";

    /// <summary>
    /// A discretion point was decided: <c>{ discretionId, option, defaultOption, deviation, reasonLength, role, legalBasis,
    /// defaultSource }</c>. The reason text stays with the case file.
    /// </summary>
    public const string DiscretionDecided = "DiscretionDecided";

    /// <summary>
    /// A legal clock started: <c>{ clock, term, deadline, legalBasis, reason, start, on, warningDate, suspended, suspendedDays,
    /// owedBy, termKind, origin }</c>; every clock event carries the same fields. <c>owedBy</c> is bestuursorgaan, inwoner,
    /// aanbieder or gemeente-contractpartij; <c>termKind</c> deadline or waiting-period; <c>origin</c> national, local,
    /// contract or internal. Only a national deadline of the bestuursorgaan can be a termijnoverschrijding.
    /// </summary>
    public const string ClockStarted = "ClockStarted";

    /// <summary>A legal clock was suspended (Awb 4:15); same payload, deadline as it stood when suspended.</summary>
    public const string ClockSuspended = "ClockSuspended";

    /// <summary>A suspension ended; the deadline now includes the suspended days.</summary>
    public const string ClockResumed = "ClockResumed";

    /// <summary>A legal clock was extended (verdaging, Awb 4:14); <c>term</c> is the extension, <c>deadline</c> the new one.</summary>
    public const string ClockExtended = "ClockExtended";

    /// <summary>A legal clock stopped: the decision was given (<c>on</c>); adds <c>daysLeft</c> and <c>breached</c>.</summary>
    public const string ClockStopped = "ClockStopped";

    /// <summary>
    /// A term of the inwoner or aanbieder ended unused (bezwaartermijn, hersteltermijn); <c>on</c> is its legal last day,
    /// whenever the workflow noticed it. Same payload as <see cref="ClockStopped"/>.
    /// </summary>
    public const string ClockExpired = "ClockExpired";

    /// <summary>The scheduler reached a clock's warning date: <c>{ clock, deadline, warningDate }</c>.</summary>
    public const string ClockWarning = "ClockWarning";

    /// <summary>The scheduler found a clock's deadline passed without a decision: <c>{ clock, deadline }</c>.</summary>
    public const string ClockBreached = "ClockBreached";

    /// <summary>
    /// A written ingebrekestelling (Awb 4:17 lid 3) was received: <c>{ clock, receivedOn (yyyy-MM-dd) }</c>; without
    /// <c>receivedOn</c> the entry's date is used.
    /// </summary>
    public const string IngebrekestellingReceived = "IngebrekestellingReceived";

    /// <summary>
    /// A beschikking was drafted: <c>{ decisionOption, decisionId, reassessment, previousDecisionOption? }</c>; a
    /// re-assessment (herindicatie) names the outcome of the decision it replaces.
    /// </summary>
    public const string DecisionTaken = "DecisionTaken";

    /// <summary>
    /// A bezwaarschrift was registered against the case's latest primary decision:
    /// <c>{ decisionOption?, decisionWorkflow?, decisionId? }</c> (the reports' bezwaar rate per decision outcome).
    /// </summary>
    public const string BezwaarReceived = "BezwaarReceived";

    /// <summary>A service step stored a document with the case: <c>{ kind, documentId, decisionId?, toewijzingId?, providerId?, tenderId? }</c>.</summary>
    public const string DocumentGenerated = "DocumentGenerated";

    /// <summary>A service step queued an outgoing message (iWmo/iJw, e-mail, …): <c>{ kind, messageId, toewijzingId?, providerId?, tenderId? }</c>.</summary>
    public const string MessageQueued = "MessageQueued";

    /// <summary>A caseworker flagged needless red tape on a step: <c>{ category, text, role, team }</c> (a text that looks like personal data is refused before it is written).</summary>
    public const string RedTapeFlagged = "RedTapeFlagged";

    /// <summary>The kinds the friction reports read as casework work, in a stable order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        TaskClaimed, TaskCompleted, DiscretionDecided, ClockStarted, ClockSuspended, ClockResumed, ClockExtended,
        ClockStopped, ClockExpired, ClockWarning, ClockBreached, IngebrekestellingReceived, DecisionTaken, BezwaarReceived,
        DocumentGenerated, MessageQueued,
    ];
}
