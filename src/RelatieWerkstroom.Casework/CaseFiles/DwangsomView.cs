using RelatieWerkstroom.Engine.LegalTime;

namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>
/// Where the dwangsom bij niet tijdig beslissen stands for one beslistermijn, from the latest ingebrekestelling recorded
/// for it (Awb 4:17) to the vaststellingsbeschikking (Awb 4:18).
/// </summary>
/// <param name="ReceivedOn">The day the ingebrekestelling was received.</param>
/// <param name="Premature">Received on or before the last day of the term: it has no effect and nothing is owed on it.</param>
/// <param name="FirstDay">The first day over which the dwangsom is owed: two weeks after the later of the expiry and the receipt (4:17 lid 3).</param>
/// <param name="LastDay">The last day counted so far (the day before the decision, the 42nd day, or today); null while none is owed.</param>
/// <param name="Days">Days owed so far, at most 42.</param>
/// <param name="Amount">Euros owed so far.</param>
/// <param name="LastPossibleDay">The day the maximum is reached if no decision comes.</param>
/// <param name="Final">Whether the amount no longer grows: the decision was given or the maximum was reached.</param>
/// <param name="VaststellingDueOn">
/// The last day for the vaststellingsbeschikking: two weeks after the last day over which the dwangsom was owed (4:18),
/// once that day is known; null while the dwangsom still runs or when nothing is owed.
/// </param>
/// <param name="TariffSource">The regulation whose tariff applies (chosen by the day of receipt).</param>
public sealed record DwangsomView(
    DateOnly ReceivedOn,
    bool Premature,
    DateOnly FirstDay,
    DateOnly? LastDay,
    int Days,
    decimal Amount,
    DateOnly LastPossibleDay,
    bool Final,
    DateOnly? VaststellingDueOn,
    string TariffSource)
{
    /// <summary>The term of Awb 4:18.</summary>
    public static LegalTerm VaststellingTerm { get; } = LegalTerm.Weeks(2);

    /// <summary>
    /// The last day for the vaststellingsbeschikking: two weeks after the last day over which the dwangsom was owed
    /// (4:18), moved by the Algemene termijnenwet like any statutory term (4:17 lid 1 excludes only its 42 days from it).
    /// The 4:18 clock of the dwangsom-vaststelling workflow ("2 weeks" from that last day) comes to the same day.
    /// </summary>
    public static DateOnly VaststellingDue(DateOnly lastDay) => new LegalClock("vaststellingstermijn-dwangsom", "Awb art. 4:18", lastDay, VaststellingTerm).Deadline();

    /// <summary>The view for the latest ingebrekestelling of <paramref name="clock"/>, or null when none was recorded.</summary>
    public static DwangsomView? For(CaseClock clock, CaseFile caseFile, DateOnly today, DwangsomCalculator calculator)
    {
        var received = RegisterIngebrekestelling.ReceivedDays(caseFile, clock).Cast<DateOnly?>().LastOrDefault();
        if (received is not { } day) return null;
        var deadline = clock.Deadline ?? clock.ToLegalClock().DeadlineAsOf(clock.StoppedOn ?? today);
        var result = calculator.Calculate(deadline, day, clock.StoppedOn, today);
        var final = !result.PrematureIngebrekestelling && (clock.StoppedOn is not null || result.MaximumReached);
        DateOnly? due = final && result.LastDay is { } last ? VaststellingDue(last) : null;
        return new DwangsomView(day, result.PrematureIngebrekestelling, result.FirstDay, result.LastDay, result.Days, result.Amount,
            result.LastPossibleDay, final, due, result.Tariff.Source);
    }
}
