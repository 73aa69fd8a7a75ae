using RelatieWerkstroom.Engine.LegalTime;
using static RelatieWerkstroom.Engine.Tests.LegalTime.Dates;

namespace RelatieWerkstroom.Engine.Tests.LegalTime;

public class DeadlineCalculationTests
{
    public static TheoryData<string, string, (DateOnly, DateOnly)[], string?, DateOnly> Calculations => new()
    {
        { "2026-01-05", "2 weeks", [], null, D("2026-01-19") },
        { "2026-01-05", "8 weeks", [], null, D("2026-03-02") },
        { "2026-01-05", "8 weken", [(D("2026-02-01"), D("2026-02-10"))], null, D("2026-03-11") },
        { "2026-01-05", "8 weeks", [(D("2026-02-01"), D("2026-02-10"))], "4 weeks", D("2026-04-08") },
        { "2026-01-05", "8 weeks", [(D("2026-02-20"), D("2026-02-22")), (D("2026-01-20"), D("2026-01-22"))], null, D("2026-03-06") },
        { "2026-02-23", "6 weeks", [], null, D("2026-04-07") },
        { "2026-02-02", "6 weeks", [], "6 weeks", D("2026-04-28") },
    };

    [Theory]
    [MemberData(nameof(Calculations))]
    public void Compute_CliInput_ReturnsTheDeadline(
        string from, string term, (DateOnly, DateOnly)[] suspensions, string? extend, DateOnly expected)
    {
        // Act
        var result = DeadlineCalculation.Compute(D(from), term, suspensions, extend);

        // Assert
        Assert.Equal(expected, result.Deadline);
        Assert.NotEmpty(result.Breakdown.Steps);
    }

    public static TheoryData<string, (DateOnly, DateOnly)[], string?, string> InvalidInput => new()
    {
        { "8 wekken", [], null, "'8 wekken' is not a term: expected '<number> days|weeks|months'" },
        { "8 weeks", [], "4 wekken", "'4 wekken' is not a term" },
        { "24 hours", [], null, "is a term in hours" },
        { "8 weeks", [(D("2026-03-05"), D("2026-03-10"))], null, "already expired on 2026-03-02" },
        { "8 weeks", [(D("2026-02-01"), D("2026-02-10")), (D("2026-02-05"), D("2026-02-12"))], null, "previous suspension lasted until 2026-02-10" },
        { "8 weeks", [(D("2026-02-10"), D("2026-02-01"))], null, "ends before it starts" },
    };

    [Theory]
    [MemberData(nameof(InvalidInput))]
    public void Compute_InvalidInput_ThrowsArgumentExceptionWithAMessageForTheUser(
        string term, (DateOnly, DateOnly)[] suspensions, string? extend, string expectedMessagePart)
    {
        // Act
        var exception = Assert.Throws<ArgumentException>(() => DeadlineCalculation.Compute(D("2026-01-05"), term, suspensions, extend));

        // Assert
        Assert.Contains(expectedMessagePart, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParseSuspension_ValidText_ReturnsBothDates()
    {
        // Act
        var parsed = DeadlineCalculation.TryParseSuspension("2026-02-01:2026-02-10", out var suspension, out var error);

        // Assert
        Assert.True(parsed, error);
        Assert.Equal((D("2026-02-01"), D("2026-02-10")), suspension);
    }

    [Theory]
    [InlineData("2026-02-01", "expected 'FROM:TO'")]
    [InlineData("2026-02-01:2026-02-10:2026-02-11", "expected 'FROM:TO'")]
    [InlineData("2026-02-31:2026-03-10", "'2026-02-31' is not a date")]
    [InlineData("2026-02-01:10-02-2026", "'10-02-2026' is not a date")]
    [InlineData("2026-02-10:2026-02-01", "ends before it starts")]
    [InlineData(null, "expected 'FROM:TO'")]
    public void TryParseSuspension_InvalidText_ReturnsFalseWithAMessage(string? text, string expectedMessagePart)
    {
        // Act
        var parsed = DeadlineCalculation.TryParseSuspension(text, out _, out var error);

        // Assert
        Assert.False(parsed);
        Assert.Contains(expectedMessagePart, error, StringComparison.Ordinal);
    }
}
