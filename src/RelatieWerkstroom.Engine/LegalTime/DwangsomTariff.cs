using System.Collections.Immutable;

namespace RelatieWerkstroom.Engine.LegalTime;

/// <summary>The dwangsom bij niet tijdig beslissen amounts (Awb 4:17) in force from a date, with their source.</summary>
public sealed record DwangsomTariff
{
    /// <summary>Creates a tariff; the tiers must run without gaps from day 1 to <paramref name="maxDays"/>.</summary>
    public DwangsomTariff(DateOnly validFrom, IEnumerable<DwangsomTier> perDay, int maxDays, string source)
    {
        ArgumentNullException.ThrowIfNull(perDay);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDays, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);

        var tiers = perDay.OrderBy(t => t.FirstDay).ToImmutableArray();
        var expectedFirst = 1;
        foreach (var tier in tiers)
        {
            if (tier.FirstDay != expectedFirst || tier.LastDay < tier.FirstDay || tier.PerDay < 0)
            {
                throw new ArgumentException(
                    $"Dwangsom tiers must run without gaps from day 1 with non-negative amounts; tier {tier} does not follow day {expectedFirst - 1}.",
                    nameof(perDay));
            }

            expectedFirst = tier.LastDay + 1;
        }

        if (expectedFirst - 1 != maxDays)
        {
            throw new ArgumentException($"Dwangsom tiers cover {expectedFirst - 1} days but the maximum is {maxDays}.", nameof(perDay));
        }

        ValidFrom = validFrom;
        PerDay = tiers;
        MaxDays = maxDays;
        Source = source;
    }

    /// <summary>
    /// Awb 4:17 lid 1 and 2 as introduced by the Wet dwangsom en beroep bij niet tijdig beslissen (in force
    /// 1 October 2009) and as in the 2015–2017 text: €20, €30 and €40 per day for 14 days each, at most 42 days.
    /// </summary>
    public static DwangsomTariff Awb2009 { get; } = new(
        new DateOnly(2009, 10, 1),
        [new DwangsomTier(1, 14, 20m), new DwangsomTier(15, 28, 30m), new DwangsomTier(29, 42, 40m)],
        42,
        "Awb art. 4:17 lid 2 (tekst 2015–2017)");

    /// <summary>
    /// Awb 4:17 lid 2 as indexed from 1 January 2019 by the Regeling of the Minister voor Rechtsbescherming of
    /// 14 November 2018 (Stcrt. 2018, 65542): €23, €35 and €45 per day for 14 days each, at most 42 days (€1,442). It
    /// applies to ingebrekestellingen received from that day; older ones keep <see cref="Awb2009"/>.
    /// </summary>
    public static DwangsomTariff Awb2019 { get; } = new(
        new DateOnly(2019, 1, 1),
        [new DwangsomTier(1, 14, 23m), new DwangsomTier(15, 28, 35m), new DwangsomTier(29, 42, 45m)],
        42,
        "Awb art. 4:17 lid 2 zoals geïndexeerd per 1-1-2019 (Regeling van 14 november 2018, Stcrt. 2018, 65542)");

    /// <summary>The tariffs this engine knows, oldest first.</summary>
    public static IReadOnlyList<DwangsomTariff> Defaults { get; } = [Awb2009, Awb2019];

    /// <summary>The first day of receipt of an ingebrekestelling to which this tariff applies.</summary>
    public DateOnly ValidFrom { get; }

    /// <summary>The amounts per day, by band of penalty days.</summary>
    public ImmutableArray<DwangsomTier> PerDay { get; }

    /// <summary>The most penalty days (Awb 4:17 lid 1: 42).</summary>
    public int MaxDays { get; }

    /// <summary>Where the amounts come from, for example "Awb art. 4:17 lid 2 (tekst 2015–2017)".</summary>
    public string Source { get; }

    /// <summary>The amount for the first <see cref="MaxDays"/> days.</summary>
    public decimal MaxAmount => AmountFor(MaxDays);

    /// <summary>The amount for <paramref name="days"/> penalty days, capped at <see cref="MaxDays"/>.</summary>
    public decimal AmountFor(int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var capped = Math.Min(days, MaxDays);
        return PerDay
            .Where(t => t.FirstDay <= capped)
            .Sum(t => (Math.Min(t.LastDay, capped) - t.FirstDay + 1) * t.PerDay);
    }

    /// <inheritdoc />
    public bool Equals(DwangsomTariff? other) =>
        other is not null
        && ValidFrom == other.ValidFrom
        && MaxDays == other.MaxDays
        && Source == other.Source
        && PerDay.SequenceEqual(other.PerDay);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ValidFrom, MaxDays, Source);
}
