namespace RelatieWerkstroom.Engine.LegalTime;

/// <summary>The dwangsom bij niet tijdig beslissen owed (Awb 4:17), with the days it covers and the tariff used.</summary>
/// <param name="FirstDay">The first day over which the dwangsom is owed (Awb 4:17 lid 3).</param>
/// <param name="LastDay">The last day counted so far, or null when no day is owed yet.</param>
/// <param name="Days">The number of penalty days, at most the tariff's maximum.</param>
/// <param name="Amount">The amount in euros.</param>
/// <param name="LastPossibleDay">The day on which the maximum is reached if no decision comes.</param>
/// <param name="Tariff">The tariff in force on the day the ingebrekestelling was received.</param>
/// <param name="PrematureIngebrekestelling">
/// Whether the ingebrekestelling arrived on or before the last day of the term. It has no effect: nothing is owed on it
/// (<paramref name="Days"/> and <paramref name="Amount"/> are 0); the reports count it apart.
/// </param>
public sealed record DwangsomResult(
    DateOnly FirstDay,
    DateOnly? LastDay,
    int Days,
    decimal Amount,
    DateOnly LastPossibleDay,
    DwangsomTariff Tariff,
    bool PrematureIngebrekestelling)
{
    /// <summary>Whether the maximum number of days (42) has been reached.</summary>
    public bool MaximumReached => Days >= Tariff.MaxDays;
}
