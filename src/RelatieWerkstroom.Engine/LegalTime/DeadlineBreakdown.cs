namespace RelatieWerkstroom.Engine.LegalTime;

/// <summary>How the deadline of a <see cref="LegalClock"/> was reached, step by step.</summary>
/// <param name="Start">The day of the triggering event; the term runs from the day after.</param>
/// <param name="Term">The original statutory term.</param>
/// <param name="TermEnd">The start plus the term, by the calendar.</param>
/// <param name="AfterExtensions">The term end plus every extension, in order.</param>
/// <param name="SuspendedDays">The suspended days (an open suspension counted up to the as-of day).</param>
/// <param name="BeforeTermijnenwet">The end after extensions and suspended days.</param>
/// <param name="Termijnenwet">What the Algemene termijnenwet did with that end.</param>
/// <param name="Steps">One readable line per step, for the CLI and the audit log.</param>
public sealed record DeadlineBreakdown(
    DateOnly Start,
    LegalTerm Term,
    DateOnly TermEnd,
    DateOnly AfterExtensions,
    int SuspendedDays,
    DateOnly BeforeTermijnenwet,
    TermijnenwetResult Termijnenwet,
    IReadOnlyList<string> Steps)
{
    /// <summary>The last day on which the term is met.</summary>
    public DateOnly Deadline => Termijnenwet.End;
}
