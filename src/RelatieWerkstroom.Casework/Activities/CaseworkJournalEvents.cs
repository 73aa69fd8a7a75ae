namespace RelatieWerkstroom.Casework.Activities;

/// <summary>Journal event kinds written by the casework activities; payloads hold ids, names and counts, never personal data.</summary>
public static class CaseworkJournalEvents
{
    /// <summary>A human task was completed: <c>{ action, role, fields: [names], claimedBy?, dueDate?, late }</c>.</summary>
    public const string TaskCompleted = "TaskCompleted";

    /// <summary>A discretion point was decided: <c>{ discretionId, option, defaultOption, deviation, reasonLength, role, legalBasis, defaultSource }</c>.</summary>
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

    /// <summary>A legal clock was extended (Awb 4:14); <c>term</c> is the extension.</summary>
    public const string ClockExtended = "ClockExtended";

    /// <summary>A legal clock stopped (decision given); adds <c>daysLeft</c> and <c>breached</c>.</summary>
    public const string ClockStopped = "ClockStopped";

    /// <summary>
    /// A term of the inwoner or aanbieder ended unused (bezwaartermijn, hersteltermijn); <c>on</c> is its legal last day,
    /// whenever the workflow noticed it. Same payload as <see cref="ClockStopped"/>.
    /// </summary>
    public const string ClockExpired = "ClockExpired";

    /// <summary>The scheduler reached a clock's warning date (payload: clock, deadline, warningDate).</summary>
    public const string ClockWarning = "ClockWarning";

    /// <summary>The scheduler found a clock's deadline passed without a decision (payload: clock, deadline).</summary>
    public const string ClockBreached = "ClockBreached";

    /// <summary>A service step stored a document with the case: <c>{ kind, documentId, decisionId?, toewijzingId?, providerId?, tenderId? }</c>.</summary>
    public const string DocumentGenerated = "DocumentGenerated";

    /// <summary>A service step queued an outgoing message: <c>{ kind, messageId, toewijzingId?, providerId?, tenderId? }</c>.</summary>
    public const string MessageQueued = "MessageQueued";

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

    /// <summary>A caseworker flagged needless red tape on a step (category and short text, no personal data).</summary>
    public const string RedTapeFlagged = "RedTapeFlagged";
}
