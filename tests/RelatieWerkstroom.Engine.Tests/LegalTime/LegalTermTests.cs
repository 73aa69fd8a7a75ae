using RelatieWerkstroom.Engine.LegalTime;
using static RelatieWerkstroom.Engine.Tests.LegalTime.Dates;

namespace RelatieWerkstroom.Engine.Tests.LegalTime;

public class LegalTermTests
{
    public static TheoryData<string, int, LegalTermUnit> ValidTerms => new()
    {
        { "8 weeks", 8, LegalTermUnit.Weeks },
        { "6 weken", 6, LegalTermUnit.Weeks },
        { "2 weeks", 2, LegalTermUnit.Weeks },
        { "1 week", 1, LegalTermUnit.Weeks },
        { "42 days", 42, LegalTermUnit.Days },
        { "7 dagen", 7, LegalTermUnit.Days },
        { "1 day", 1, LegalTermUnit.Days },
        { "1 dag", 1, LegalTermUnit.Days },
        { "3 months", 3, LegalTermUnit.Months },
        { "3 maanden", 3, LegalTermUnit.Months },
        { "1 maand", 1, LegalTermUnit.Months },
        { "1 year", 1, LegalTermUnit.Years },
        { "2 jaar", 2, LegalTermUnit.Years },
        { "5 jaren", 5, LegalTermUnit.Years },
        { "24 hours", 24, LegalTermUnit.Hours },
        { "48 uur", 48, LegalTermUnit.Hours },
        { "  8   Weeks ", 8, LegalTermUnit.Weeks },
        { "6WEKEN", 6, LegalTermUnit.Weeks },
    };

    [Theory]
    [MemberData(nameof(ValidTerms))]
    public void TryParse_ValidText_ReturnsAmountAndUnit(string text, int amount, LegalTermUnit unit)
    {
        // Act
        var parsed = LegalTerm.TryParse(text, out var term, out var error);

        // Assert
        Assert.True(parsed, error);
        Assert.Equal(new LegalTerm(amount, unit), term);
    }

    public static TheoryData<string?, string> InvalidTerms => new()
    {
        { "8 wekken", "'8 wekken' is not a term: expected '<number> days|weeks|months'" },
        { "weeks", "'weeks' is not a term: expected '<number> days|weeks|months'" },
        { "8", "'8' is not a term: expected '<number> days|weeks|months'" },
        { "", "'' is not a term: expected '<number> days|weeks|months'" },
        { null, "'' is not a term: expected '<number> days|weeks|months'" },
        { "-3 days", "'-3 days' is not a term: expected '<number> days|weeks|months'" },
        { "8.5 weeks", "'8.5 weeks' is not a term: expected '<number> days|weeks|months'" },
        { "eight weeks", "'eight weeks' is not a term: expected '<number> days|weeks|months'" },
        { "0 weeks", "'0 weeks' is not a term: the number must be at least 1" },
        { "99999999999 days", "'99999999999 days' is not a term: the number is too large" },
    };

    [Theory]
    [MemberData(nameof(InvalidTerms))]
    public void TryParse_InvalidText_ReturnsFalseWithAClearMessage(string? text, string expectedStart)
    {
        // Act
        var parsed = LegalTerm.TryParse(text, out var term, out var error);

        // Assert
        Assert.False(parsed);
        Assert.Null(term);
        Assert.StartsWith(expectedStart, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidText_ThrowsFormatExceptionWithTheMessage()
    {
        // Act
        var exception = Assert.Throws<FormatException>(() => LegalTerm.Parse("8 wekken"));

        // Assert
        Assert.StartsWith("'8 wekken' is not a term: expected '<number> days|weeks|months'", exception.Message, StringComparison.Ordinal);
    }

    public static TheoryData<DateOnly, string, DateOnly> Additions => new()
    {
        { D("2026-01-05"), "2 weeks", D("2026-01-19") },   // the brief's reference case
        { D("2026-01-05"), "8 weeks", D("2026-03-02") },
        { D("2026-01-05"), "42 days", D("2026-02-16") },
        { D("2026-01-15"), "3 months", D("2026-04-15") },
        { D("2026-01-31"), "1 month", D("2026-02-28") },   // clamped to the end of February
        { D("2024-01-31"), "1 month", D("2024-02-29") },   // leap year
        { D("2026-11-30"), "3 months", D("2027-02-28") },
        { D("2026-03-31"), "1 month", D("2026-04-30") },
        { D("2024-02-29"), "1 year", D("2025-02-28") },
    };

    [Theory]
    [MemberData(nameof(Additions))]
    public void AddTo_Start_CountsCalendarWise(DateOnly start, string term, DateOnly expected)
    {
        // Arrange
        var legalTerm = LegalTerm.Parse(term);

        // Act
        var end = legalTerm.AddTo(start);

        // Assert
        Assert.Equal(expected, end);
    }

    [Fact]
    public void AddTo_TermInHours_Throws()
    {
        // Act
        Action act = () => LegalTerm.Hours(24).AddTo(D("2026-01-05"));

        // Assert
        Assert.Throws<InvalidOperationException>(act);
    }

    [Theory]
    [InlineData("8 weken", "8 weeks", "8 weken")]
    [InlineData("1 maand", "1 month", "1 maand")]
    [InlineData("1 days", "1 day", "1 dag")]
    [InlineData("2 year", "2 years", "2 jaren")]
    public void ToString_Term_WritesEnglishAndDutch(string text, string english, string dutch)
    {
        // Arrange
        var term = LegalTerm.Parse(text);

        // Act
        var written = (term.ToString(), term.ToDutchString());

        // Assert
        Assert.Equal((english, dutch), written);
    }

    [Fact]
    public void Constructor_AmountZero_Throws()
    {
        // Act
        var act = () => new LegalTerm(0, LegalTermUnit.Days);

        // Assert
        Assert.Throws<ArgumentOutOfRangeException>(act);
    }
}
