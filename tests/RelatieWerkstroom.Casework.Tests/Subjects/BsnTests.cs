using RelatieWerkstroom.Casework.Subjects;

namespace RelatieWerkstroom.Casework.Tests.Subjects;

public sealed class BsnTests
{
    [Theory]
    [InlineData("111222333", "111222333")]
    [InlineData("123456782", "123456782")]
    [InlineData("1112.22.333", "111222333")]
    [InlineData(" 111 222 333 ", "111222333")]
    [InlineData("12345672", "012345672")] // leading zero dropped by a spreadsheet
    public void TryParse_PassesElfproef_GivesNineDigits(string text, string expected)
    {
        // Act
        var ok = Bsn.TryParse(text, out var bsn, out var error);

        // Assert
        Assert.True(ok, error);
        Assert.Equal(expected, bsn.Value);
    }

    [Theory]
    [InlineData("123456789", "elfproef")]
    [InlineData("000000000", "elfproef")]
    [InlineData("11122233", "elfproef")]
    [InlineData("1112223334", "9 cijfers")]
    [InlineData("11122233A", "9 cijfers")]
    [InlineData("", "ontbreekt")]
    [InlineData(null, "ontbreekt")]
    public void TryParse_Invalid_SaysWhyWithoutRepeatingTheNumber(string? text, string reason)
    {
        // Act
        var ok = Bsn.TryParse(text, out _, out var error);

        // Assert
        Assert.False(ok);
        Assert.Contains(reason, error);
        if (!string.IsNullOrEmpty(text)) Assert.DoesNotContain(text, error);
    }

    [Fact]
    public void ToString_ShowsOnlyLastTwoDigits()
    {
        // Act
        var text = Bsn.Parse("111222333").ToString();

        // Assert
        Assert.Equal("*******33", text);
    }
}
