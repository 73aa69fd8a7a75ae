namespace RelatieWerkstroom.Casework.Journal;

/// <summary>Payload field names of casework journal events and of the friction annotation (camelCase, as journalled).</summary>
public static class CaseworkFields
{
    public const string Role = "role";
    public const string Action = "action";
    public const string BookmarkId = "bookmarkId";
    public const string DiscretionId = "discretionId";
    public const string Option = "option";
    public const string DefaultOption = "defaultOption";
    public const string Deviation = "deviation";
    public const string ReasonLength = "reasonLength";
    public const string Clock = "clock";
    public const string Term = "term";
    public const string Deadline = "deadline";
    public const string LegalBasis = "legalBasis";
    public const string Reason = "reason";
    public const string Extension = "extension";

    /// <summary>Who owes the act a clock measures: bestuursorgaan, inwoner, aanbieder, gemeente-contractpartij.</summary>
    public const string OwedBy = "owedBy";

    /// <summary>deadline or waiting-period.</summary>
    public const string TermKind = "termKind";

    /// <summary>The rule origin of a clock: national, local, contract or internal.</summary>
    public const string Origin = "origin";

    /// <summary>The legal start day of a clock (the triggering event; the term runs from the day after).</summary>
    public const string Start = "start";

    /// <summary>The legal day of a clock transition (receipt, request, decision sent, legal end of an expired term).</summary>
    public const string On = "on";
    public const string ReceivedOn = "receivedOn";

    /// <summary>The run of a clock a case-file entry belongs to (a clock started again is a new run).</summary>
    public const string ClockId = "clockId";
    public const string DecisionOption = "decisionOption";
    public const string DecisionWorkflow = "decisionWorkflow";
    public const string Reassessment = "reassessment";
    public const string PreviousDecisionOption = "previousDecisionOption";
    public const string DecisionId = "decisionId";
    public const string ToewijzingId = "toewijzingId";
    public const string ProviderId = "providerId";
    public const string TenderId = "tenderId";
    public const string Kind = "kind";
    public const string Team = "team";
    public const string Request = "request";
    public const string DurationMs = "durationMs";
    public const string Outcome = "outcome";
    public const string Success = "success";
    public const string Fields = "fields";
    public const string ClaimedBy = "claimedBy";
    public const string ClaimedAt = "claimedAt";
    public const string DueDate = "dueDate";
    public const string Late = "late";
    public const string DefaultSource = "defaultSource";

    /// <summary>Of a decision point: <c>discretion</c> (beleids- of beoordelingsruimte) or <c>rule</c> (a rule-bound check, not counted as discretion).</summary>
    public const string PointKind = "pointKind";

    /// <summary>Of a decision point: whether its default is a <c>beleidsregel</c> (deviation falls under Awb 4:84) or a <c>werkwijze</c>.</summary>
    public const string DefaultBasis = "defaultBasis";
    public const string WarningDate = "warningDate";
    public const string Suspended = "suspended";
    public const string SuspendedDays = "suspendedDays";
    public const string Expired = "expired";
    public const string DaysLeft = "daysLeft";
    public const string Breached = "breached";
    public const string DocumentId = "documentId";
    public const string MessageId = "messageId";
    public const string Category = "category";
    public const string Text = "text";
}
