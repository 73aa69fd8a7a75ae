using RelatieWerkstroom.Casework.Time;

namespace RelatieWerkstroom.Casework.Tests.Time;

public sealed class DutchTimeTests
{
    public static TheoryData<DateTimeOffset, DateOnly> Moments => new()
    {
        { new DateTimeOffset(2026, 3, 1, 23, 30, 0, TimeSpan.Zero), new DateOnly(2026, 3, 2) },  // CET: 00:30 on Monday
        { new DateTimeOffset(2026, 7, 1, 22, 30, 0, TimeSpan.Zero), new DateOnly(2026, 7, 2) },  // CEST: 00:30
        { new DateTimeOffset(2026, 7, 1, 21, 30, 0, TimeSpan.Zero), new DateOnly(2026, 7, 1) },  // CEST: 23:30
    };

    [Theory]
    [MemberData(nameof(Moments))]
    public void Today_LateEveningUtc_IsTheDutchDate(DateTimeOffset moment, DateOnly expected) =>
        Assert.Equal(expected, DutchTime.Today(moment));

    [Theory]
    [InlineData("2026-12-24", 1, "2026-12-28")] // Kerst on Friday and the weekend
    [InlineData("2026-03-06", 1, "2026-03-09")] // Friday to Monday
    [InlineData("2026-03-02", 0, "2026-03-02")]
    [InlineData("2026-04-24", 1, "2026-04-28")] // Friday, Koningsdag on Monday 27 April
    public void AddWorkingDays_OverWeekendsAndHolidays_SkipsThem(string from, int days, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), DutchTime.AddWorkingDays(DateOnly.Parse(from), days));
}
