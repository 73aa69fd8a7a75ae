namespace RelatieWerkstroom.Scheduling.LegalClocks;

/// <summary>A running legal clock of a case file, with what has been recorded for it so far.</summary>
/// <param name="ClockId">Unique id of this clock (one clock of one case file); warnings and breaches are recorded once per id.</param>
/// <param name="CaseFileId">The case file (workflow correlation id).</param>
/// <param name="Clock">Clock name, e.g. "beslistermijn".</param>
/// <param name="Deadline">Last day of the term, after suspensions and extensions (Awb, Algemene termijnenwet).</param>
/// <param name="WarningWorkingDays">Working days before the deadline to warn; null takes the scheduling default.</param>
/// <param name="WarningRecorded">Whether the warning was recorded already.</param>
/// <param name="BreachRecorded">Whether the breach was recorded already.</param>
public sealed record ClockDue(
    string ClockId,
    string CaseFileId,
    string Clock,
    DateOnly Deadline,
    int? WarningWorkingDays = null,
    bool WarningRecorded = false,
    bool BreachRecorded = false);
