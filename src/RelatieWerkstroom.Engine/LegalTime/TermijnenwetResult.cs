namespace RelatieWerkstroom.Engine.LegalTime;

/// <summary>The end of a term after the Algemene termijnenwet, with the provision that decided it and a readable reason.</summary>
/// <param name="NaiveEnd">The end as counted on the calendar, before the Atw.</param>
/// <param name="End">The end after the Atw.</param>
/// <param name="Rule">The provision that decided <paramref name="End"/>.</param>
/// <param name="Explanation">One sentence for people, for example for the CLI.</param>
public sealed record TermijnenwetResult(DateOnly NaiveEnd, DateOnly End, TermijnenwetRule Rule, string Explanation)
{
    /// <summary>Whether the Atw moved the end of the term.</summary>
    public bool Extended => End != NaiveEnd;
}
