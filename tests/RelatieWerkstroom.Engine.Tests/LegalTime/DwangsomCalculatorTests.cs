using RelatieWerkstroom.Engine.LegalTime;
using static RelatieWerkstroom.Engine.Tests.LegalTime.Dates;

namespace RelatieWerkstroom.Engine.Tests.LegalTime;

public class DwangsomCalculatorTests
{
    private readonly DwangsomCalculator _calculator = DwangsomCalculator.Default;

    // Deadline Monday 2026-03-02; ingebrekestelling received 2026-03-10; first penalty day 2026-03-10 + 14 = 2026-03-24
    // (4:17 lid 3). Received after 1-1-2019, so the indexed amounts apply: €23 for days 1–14, €35 for 15–28, €45 for
    // 29–42 (4:17 lid 2 as indexed by Stcrt. 2018, 65542). The decision day itself is not a day in default.
    public static TheoryData<string, string?, string, int, decimal, string?> Penalties => new()
    {
        { "decided before the first penalty day", "2026-03-20", "2026-06-01", 0, 0m, null },
        { "decided on the first penalty day", "2026-03-24", "2026-06-01", 0, 0m, null },
        { "decided after 8 penalty days: 8 x 23", "2026-04-01", "2026-06-01", 8, 184m, "2026-03-31" },
        { "decided after 27 days: 14 x 23 + 13 x 35", "2026-04-20", "2026-06-01", 27, 777m, "2026-04-19" },
        { "no decision, today is the first penalty day", null, "2026-03-24", 1, 23m, "2026-03-24" },
        { "no decision, 42-day cap: 14 x 23 + 14 x 35 + 14 x 45", null, "2026-06-01", 42, 1442m, "2026-05-04" },
        { "decided long after the cap", "2026-09-01", "2026-09-01", 42, 1442m, "2026-05-04" },
        { "no decision, exactly the 42nd day", null, "2026-05-04", 42, 1442m, "2026-05-04" },
        { "no decision, the 41st day: 14 x 23 + 14 x 35 + 13 x 45", null, "2026-05-03", 41, 1397m, "2026-05-03" },
    };

    [Theory]
    [MemberData(nameof(Penalties))]
    public void Calculate_LateDecision_OwesTieredAmount(
        string situation, string? decidedOn, string today, int expectedDays, decimal expectedAmount, string? expectedLastDay)
    {
        // Act
        var result = _calculator.Calculate(D("2026-03-02"), D("2026-03-10"), decidedOn is null ? null : D(decidedOn), D(today));

        // Assert
        Assert.True(expectedDays == result.Days, $"{situation}: expected {expectedDays} days, got {result.Days}");
        Assert.Equal(expectedAmount, result.Amount);
        Assert.Equal(expectedLastDay is null ? null : D(expectedLastDay), result.LastDay);
        Assert.Equal(D("2026-03-24"), result.FirstDay);
        Assert.Equal(D("2026-05-04"), result.LastPossibleDay);
    }

    // The term's last day is 2026-03-02; it has expired on 2026-03-03. An ingebrekestelling received on or before
    // 2026-03-02 is premature: the bestuursorgaan is not yet in default, so it has no effect and nothing is owed on it,
    // however long the decision then takes. One received on the day of expiry or later starts the two weeks of 4:17
    // lid 3 from its receipt (or from expiry, whichever is later).
    public static TheoryData<string, string, string, bool, decimal> Ingebrekestellingen => new()
    {
        { "received before the term expired: premature, nothing owed", "2026-02-20", "2026-03-17", true, 0m },
        { "received on the last day of the term: still premature", "2026-03-02", "2026-03-17", true, 0m },
        { "received on the day the term expired: 42 days owed by June", "2026-03-03", "2026-03-17", false, 1442m },
        { "received a week after expiry", "2026-03-10", "2026-03-24", false, 1442m },
    };

    [Theory]
    [MemberData(nameof(Ingebrekestellingen))]
    public void Calculate_Ingebrekestelling_PrematureOwesNothingOtherwiseTwoWeeksAfterTheLaterOfExpiryAndReceipt(
        string situation, string received, string expectedFirstDay, bool premature, decimal owedByJune)
    {
        // Act
        var result = _calculator.Calculate(D("2026-03-02"), D(received), null, D("2026-06-30"));

        // Assert
        Assert.True(D(expectedFirstDay) == result.FirstDay, situation);
        Assert.Equal(premature, result.PrematureIngebrekestelling);
        Assert.Equal(owedByJune, result.Amount);
    }

    [Fact]
    public void Calculate_LastPossibleDayOnBevrijdingsdag_IsNotMovedByTheAtw()
    {
        // Arrange: first penalty day 2026-03-25, so day 42 is Tuesday 5 May 2026.
        var received = D("2026-03-11");

        // Act
        var result = _calculator.Calculate(D("2026-03-02"), received, null, D("2026-12-31"));

        // Assert
        Assert.Equal(D("2026-05-05"), result.LastPossibleDay);
        Assert.Equal(D("2026-05-05"), result.LastDay);
        Assert.True(result.MaximumReached);
    }

    [Fact]
    public void DefaultTariffs_2009And2019_HaveTheStatutoryAmountsAndSources()
    {
        // Act
        var tariffs = DwangsomCalculator.Default.Tariffs;

        // Assert: 14 x 20 + 14 x 30 + 14 x 40 = 1,260 (2009 text); 14 x 23 + 14 x 35 + 14 x 45 = 1,442 (indexed 2019).
        Assert.Equal([DwangsomTariff.Awb2009, DwangsomTariff.Awb2019], tariffs);
        Assert.Equal((1260m, 42), (DwangsomTariff.Awb2009.MaxAmount, DwangsomTariff.Awb2009.MaxDays));
        Assert.Equal((1442m, 42), (DwangsomTariff.Awb2019.MaxAmount, DwangsomTariff.Awb2019.MaxDays));
        Assert.Equal([20m, 30m, 40m], DwangsomTariff.Awb2009.PerDay.Select(t => t.PerDay));
        Assert.Equal([23m, 35m, 45m], DwangsomTariff.Awb2019.PerDay.Select(t => t.PerDay));
        Assert.Contains("Stcrt. 2018, 65542", DwangsomTariff.Awb2019.Source, StringComparison.Ordinal);
    }

    // The transitional rule of the 2019 indexation: the day the bestuursorgaan received the ingebrekestelling decides
    // which amounts apply, not the first penalty day. Received 20-12-2018 with the first penalty day in January 2019:
    // still the 2009 amounts. Received 1-1-2019 (even for a term that expired in 2018): the indexed amounts.
    public static TheoryData<string, string, string, string, decimal> TariffChoice => new()
    {
        { "received 20-12-2018, first penalty day 03-01-2019: old tariff", "2018-12-10", "2018-12-20", "2019-01-03", 20m },
        { "received 31-12-2018: old tariff", "2018-12-10", "2018-12-31", "2019-01-14", 20m },
        { "received 01-01-2019 for a term that expired in 2018: new tariff", "2018-12-10", "2019-01-01", "2019-01-15", 23m },
        { "received in 2026: new tariff", "2026-03-02", "2026-03-10", "2026-03-24", 23m },
    };

    [Theory]
    [MemberData(nameof(TariffChoice))]
    public void Calculate_TariffChosenByTheDayTheIngebrekestellingWasReceived(
        string situation, string deadline, string received, string firstDay, decimal firstDayAmount)
    {
        // Act: count up to and including the first penalty day only, so the amount is one day's tariff.
        var result = _calculator.Calculate(D(deadline), D(received), null, D(firstDay));

        // Assert
        Assert.True(D(firstDay) == result.FirstDay, situation);
        Assert.True(firstDayAmount == result.Amount, $"{situation}: expected {firstDayAmount}, got {result.Amount} ({result.Tariff.Source})");
    }

    [Fact]
    public void Calculate_ReceivedBeforeAnyTariff_Throws()
    {
        // Act: 4:17 came into force on 1-10-2009; an ingebrekestelling received before that has no tariff.
        var act = () => _calculator.Calculate(D("2009-01-05"), D("2009-01-10"), null, D("2009-03-01"));

        // Assert
        var exception = Assert.Throws<InvalidOperationException>(act);
        Assert.Contains("2009-10-01", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_TiersWithAGap_Throws()
    {
        // Act
        var act = () => new DwangsomTariff(D("2030-01-01"), [new DwangsomTier(1, 14, 20m), new DwangsomTier(16, 42, 40m)], 42, "Test");

        // Assert
        Assert.Throws<ArgumentException>(act);
    }
}
