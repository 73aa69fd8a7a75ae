using RelatieWerkstroom.Simulation;

namespace RelatieWerkstroom.Simulation.Tests;

public sealed class DurationTextTests
{
    public static TheoryData<string, double> Valid => new()
    {
        { "30m", 30 },
        { "4h", 240 },
        { "1.5d", 2160 },
        { "2w", 20160 },
        { " 0d ", 0 },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void TryParse_NumberAndUnit_GivesTheDuration(string text, double minutes)
    {
        Assert.True(DurationText.TryParse(text, out var duration, out var error), error);
        Assert.Equal(minutes, duration.TotalMinutes, 6);
    }

    [Theory]
    [InlineData("", "is not a duration")]
    [InlineData("3", "is not a duration")]
    [InlineData("3y", "unknown unit 'y'")]
    [InlineData("xd", "does not start with a number")]
    [InlineData("-2d", "negative")]
    [InlineData("4000d", "longer than ten years")]
    public void TryParse_Invalid_SaysWhy(string text, string expected)
    {
        Assert.False(DurationText.TryParse(text, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
