using RelatieWerkstroom.Engine.LegalTime;
using static RelatieWerkstroom.Engine.Tests.LegalTime.Dates;

namespace RelatieWerkstroom.Engine.Tests.LegalTime;

public class DwangsomCalculatorTests
{
    private readonly DwangsomCalculator _calculator = DwangsomCalculator.Default;

    // Deadline Monday 2026-03-02; ingebrekestelling received 2026-03-10; first penalty day 2026-03-10 + 14 = 2026-03-24.
    public static TheoryData<string, string?, string, int, decimal, string?> Penalties => new()
    {
        { "decided before the first penalty day", "2026-03-20", "2026-06-01", 0, 0m, null },
        { "decided on the first penalty day", "2026-03-24", "2026-06-01", 0, 0m, null },
        { "decided after 8 penalty days", "2026-04-01", "2026-06-01", 8, 160m, "2026-03-31" },
        { "decided after 27 days: 14 x 20 + 13 x 30", "2026-04-20", "2026-06-01", 27, 670m, "2026-04-19" },
        { "no decision, today is the first penalty day", null, "2026-03-24", 1, 20m, "2026-03-24" },
        { "no decision, 42-day cap", null, "2026-06-01", 42, 1260m, "2026-05-04" },
        { "decided long after the cap", "2026-09-01", "2026-09-01", 42, 1260m, "2026-05-04" },
        { "no decision, exactly the 42nd day", null, "2026-05-04", 42, 1260m, "2026-05-04" },
        { "no decision, the 41st day: 14 x 20 + 14 x 30 + 13 x 40", null, "2026-05-03", 41, 1220m, "2026-05-03" },
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

    [Theory]
    [InlineData("2026-02-20", "2026-03-17", true)]   // received before the term expired
    [InlineData("2026-03-02", "2026-03-17", true)]   // received on the last day of the term
    [InlineData("2026-03-03", "2026-03-17", false)]  // received on the day the term expired
    [InlineData("2026-03-10", "2026-03-24", false)]
    public void FirstPenaltyDay_Ingebrekestelling_IsTwoWeeksAfterTheLaterOfExpiryAndReceipt(
        string received, string expectedFirstDay, bool premature)
    {
        // Act
        var result = _calculator.Calculate(D("2026-03-02"), D(received), null, D("2026-03-01"));

        // Assert
        Assert.Equal(D(expectedFirstDay), result.FirstDay);
        Assert.Equal(premature, result.PrematureIngebrekestelling);
        Assert.Equal(0, result.Days);
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
    public void DefaultTariff_Awb2009_HasTheStatutoryAmountsAndSource()
    {
        // Act
        var tariff = DwangsomTariff.Awb2009;

        // Assert
        Assert.Equal(1260m, tariff.MaxAmount);
        Assert.Equal(42, tariff.MaxDays);
        Assert.Equal("Awb art. 4:17 lid 2 (tekst 2015–2017)", tariff.Source);
        Assert.Equal([20m, 30m, 40m], tariff.PerDay.Select(t => t.PerDay));
    }

    [Fact]
    public void Calculate_TwoTariffs_UsesTheOneInForceOnTheFirstPenaltyDay()
    {
        // Arrange: a made-up later tariff, to show that the first penalty day decides.
        var later = new DwangsomTariff(
            D("2026-03-20"),
            [new DwangsomTier(1, 14, 25m), new DwangsomTier(15, 28, 35m), new DwangsomTier(29, 42, 45m)],
            42,
            "Test tariff");
        var calculator = new DwangsomCalculator([DwangsomTariff.Awb2009, later]);

        // Act
        var before = calculator.Calculate(D("2026-02-20"), D("2026-03-01"), null, D("2026-03-16"));  // first day 2026-03-15
        var after = calculator.Calculate(D("2026-03-02"), D("2026-03-10"), null, D("2026-03-25"));   // first day 2026-03-24

        // Assert
        Assert.Equal((DwangsomTariff.Awb2009, 40m), (before.Tariff, before.Amount));
        Assert.Equal((later, 50m), (after.Tariff, after.Amount));
    }

    [Fact]
    public void Calculate_FirstPenaltyDayBeforeAnyTariff_Throws()
    {
        // Act
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
