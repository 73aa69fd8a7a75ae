using System.Collections.Immutable;

namespace RelatieWerkstroom.Engine.LegalTime;

/// <summary>Computes the dwangsom bij niet tijdig beslissen of Awb 4:17 from dated tariffs.</summary>
/// <remarks>
/// Reading of art. 4:17: the term has expired on the day after the deadline (its last day). The first penalty day is
/// the day on which two weeks have passed after the later of that day and the day the written ingebrekestelling was
/// received, i.e. that day + 14 (lid 3). The dwangsom is owed "voor elke dag dat het in gebreke is" (lid 1): a decision
/// ends the default on the day it is given, so that day is not counted; without a decision, today is counted.
/// The 42 days are calendar days: the Algemene termijnenwet does not apply to them (lid 1).
/// The tariff is the one in force on the day the ingebrekestelling was received: the transitional rule of the 2019
/// indexation keys on that day, not on the first penalty day. An ingebrekestelling received on or before the last day
/// of the term is premature; it puts the bestuursorgaan in default of nothing, so nothing is owed on it (the citizen can
/// send a new one once the term has expired).
/// </remarks>
public sealed class DwangsomCalculator
{
    private readonly ImmutableArray<DwangsomTariff> _tariffs;

    /// <summary>Creates a calculator over dated tariffs; at least one is needed.</summary>
    public DwangsomCalculator(IEnumerable<DwangsomTariff> tariffs)
    {
        ArgumentNullException.ThrowIfNull(tariffs);
        _tariffs = [.. tariffs.OrderBy(t => t.ValidFrom)];
        if (_tariffs.IsEmpty)
        {
            throw new ArgumentException("A dwangsom calculator needs at least one tariff.", nameof(tariffs));
        }
    }

    /// <summary>A calculator over <see cref="DwangsomTariff.Defaults"/>.</summary>
    public static DwangsomCalculator Default { get; } = new(DwangsomTariff.Defaults);

    /// <summary>The tariffs, oldest first.</summary>
    public IReadOnlyList<DwangsomTariff> Tariffs => _tariffs;

    /// <summary>The first day over which a dwangsom is owed (Awb 4:17 lid 3).</summary>
    /// <param name="deadline">The last day of the beslistermijn (after suspensions, extensions and the Atw).</param>
    /// <param name="ingebrekestellingReceived">The day the bestuursorgaan received the written ingebrekestelling.</param>
    public static DateOnly FirstPenaltyDay(DateOnly deadline, DateOnly ingebrekestellingReceived)
    {
        var expired = deadline.AddDays(1);
        var later = expired > ingebrekestellingReceived ? expired : ingebrekestellingReceived;
        return later.AddDays(14);
    }

    /// <summary>The tariff for an ingebrekestelling received on <paramref name="day"/>: the latest one valid from that day or earlier.</summary>
    public DwangsomTariff TariffOn(DateOnly day)
    {
        for (var i = _tariffs.Length - 1; i >= 0; i--)
        {
            if (_tariffs[i].ValidFrom <= day)
            {
                return _tariffs[i];
            }
        }

        throw new InvalidOperationException(
            $"No dwangsom tariff is in force on {day.ToIso()}; the earliest is valid from {_tariffs[0].ValidFrom.ToIso()}.");
    }

    /// <summary>The dwangsom owed for a late decision.</summary>
    /// <param name="deadline">The last day of the beslistermijn (after suspensions, extensions and the Atw).</param>
    /// <param name="ingebrekestellingReceived">The day the bestuursorgaan received the written ingebrekestelling.</param>
    /// <param name="decidedOn">The day the decision was given, or null when there is none yet.</param>
    /// <param name="today">The day to count up to (inclusive) when there is no decision; ignored otherwise.</param>
    public DwangsomResult Calculate(DateOnly deadline, DateOnly ingebrekestellingReceived, DateOnly? decidedOn, DateOnly today)
    {
        var firstDay = FirstPenaltyDay(deadline, ingebrekestellingReceived);
        var tariff = TariffOn(ingebrekestellingReceived);
        var lastPossibleDay = firstDay.AddDays(tariff.MaxDays - 1);
        var premature = ingebrekestellingReceived <= deadline;
        if (premature)
        {
            return new DwangsomResult(firstDay, null, 0, 0m, lastPossibleDay, tariff, PrematureIngebrekestelling: true);
        }

        var lastCounted = decidedOn is { } decided ? decided.AddDays(-1) : today;
        if (lastCounted > lastPossibleDay)
        {
            lastCounted = lastPossibleDay;
        }

        var days = Math.Max(0, lastCounted.DayNumber - firstDay.DayNumber + 1);
        return new DwangsomResult(
            firstDay,
            days > 0 ? lastCounted : null,
            days,
            tariff.AmountFor(days),
            lastPossibleDay,
            tariff,
            PrematureIngebrekestelling: false);
    }
}
