using FsCheck.Xunit;
using RelatieWerkstroom.Engine.LegalTime;
using static RelatieWerkstroom.Engine.Tests.LegalTime.Dates;

namespace RelatieWerkstroom.Engine.Tests.LegalTime;

public class AlgemeneTermijnenwetTests
{
    private readonly AlgemeneTermijnenwet _atw = AlgemeneTermijnenwet.Default;

    // Every expected date was worked out on a calendar and checked with python's datetime and dateutil.easter.
    public static TheoryData<string, DateOnly, string, DateOnly, TermijnenwetRule> Terms => new()
    {
        { "ends on a working day", D("2026-01-05"), "2 weeks", D("2026-01-19"), TermijnenwetRule.NoChange },
        { "ends on Saturday 2026-03-14", D("2026-03-02"), "12 days", D("2026-03-16"), TermijnenwetRule.Article1 },
        { "2 months end on Saturday 2026-03-14", D("2026-01-14"), "2 months", D("2026-03-16"), TermijnenwetRule.Article1 },
        { "ends on Sunday 2025-04-27, not Koningsdag that year", D("2025-03-16"), "6 weeks", D("2025-04-28"), TermijnenwetRule.Article1 },
        { "ends on Easter Monday 2026-04-06", D("2026-02-23"), "6 weeks", D("2026-04-07"), TermijnenwetRule.Article1 },
        { "ends on Goede Vrijdag 2026-04-03, then weekend and Easter Monday", D("2026-02-20"), "6 weeks", D("2026-04-07"), TermijnenwetRule.Article1 },
        { "ends on Koningsdag Saturday 2025-04-26 (27 April a Sunday)", D("2025-03-15"), "6 weeks", D("2025-04-28"), TermijnenwetRule.Article1 },
        { "ends on Koningsdag Monday 2026-04-27", D("2026-03-16"), "6 weeks", D("2026-04-28"), TermijnenwetRule.Article1 },
        { "ends on 5 mei 2026, a Tuesday", D("2026-03-24"), "6 weeks", D("2026-05-06"), TermijnenwetRule.Article1 },
        // Wednesday 5 mei 2027, Thursday Hemelvaart, Friday 7 May equated by the 2026–2028 decree (art. 3 lid 3),
        // then the weekend: the first working day is Monday 10 May (before the decree days were on file: 7 May).
        { "ends on 5 mei 2027, then Hemelvaartsdag and the decree's Friday", D("2027-03-24"), "6 weeks", D("2027-05-10"), TermijnenwetRule.Article1 },
        // Thursday 14 May 2026 is Hemelvaart; Friday 15 May is equated by the 2026–2028 decree; Monday 18 May.
        { "ends on Hemelvaartsdag 2026, then the decree's Friday", D("2026-04-02"), "6 weeks", D("2026-05-18"), TermijnenwetRule.Article1 },
        // Thursday 1 January 2026, Friday 2 January equated by decree, weekend: Monday 5 January.
        { "ends on Nieuwjaarsdag 2026, then the decree's Friday", D("2025-11-20"), "6 weeks", D("2026-01-05"), TermijnenwetRule.Article1 },
        { "ends on Eerste Kerstdag 2026, a Friday", D("2026-11-13"), "6 weeks", D("2026-12-28"), TermijnenwetRule.Article1 },
        { "ends on Eerste Kerstdag 2025, a Thursday", D("2025-11-13"), "6 weeks", D("2025-12-29"), TermijnenwetRule.Article1 },
        { "exactly 12 weeks ending on Easter Sunday is in the law", D("2026-01-11"), "12 weeks", D("2026-04-07"), TermijnenwetRule.Article1 },
        { "13 weeks ending on Easter Sunday is exempt (art. 4)", D("2026-01-04"), "13 weeks", D("2026-04-05"), TermijnenwetRule.ExemptArticle4 },
        { "14 weeks ending on Koningsdag is exempt", D("2026-01-19"), "14 weeks", D("2026-04-27"), TermijnenwetRule.ExemptArticle4 },
        { "exactly 90 days ending on a Saturday is in the law", D("2026-01-11"), "90 days", D("2026-04-13"), TermijnenwetRule.Article1 },
        { "91 days ending on a Saturday is exempt", D("2026-01-10"), "91 days", D("2026-04-11"), TermijnenwetRule.ExemptArticle4 },
        { "exactly 3 months ending on a Saturday is in the law", D("2025-12-14"), "3 months", D("2026-03-16"), TermijnenwetRule.Article1 },
        { "4 months ending on a Saturday is exempt", D("2025-11-14"), "4 months", D("2026-03-14"), TermijnenwetRule.ExemptArticle4 },
        { "1 year ending on a Sunday is exempt", D("2026-03-14"), "1 year", D("2027-03-14"), TermijnenwetRule.ExemptArticle4 },
        { "month clamped to Saturday 2026-02-28", D("2026-01-31"), "1 month", D("2026-03-02"), TermijnenwetRule.Article1 },
        { "3 days from Thursday before Easter need two working days (art. 2)", D("2026-04-02"), "3 days", D("2026-04-08"), TermijnenwetRule.Article2 },
        { "3 days from Christmas Eve need two working days (art. 2)", D("2025-12-24"), "3 days", D("2025-12-30"), TermijnenwetRule.Article2 },
        { "3 days from a Friday end on Monday, only one working day (art. 2)", D("2026-01-09"), "3 days", D("2026-01-13"), TermijnenwetRule.Article2 },
        { "2 days are below art. 2, art. 1 only", D("2026-04-02"), "2 days", D("2026-04-07"), TermijnenwetRule.Article1 },
    };

    [Theory]
    [MemberData(nameof(Terms))]
    public void Apply_TermFromStart_EndsOnTheStatutoryDay(
        string situation, DateOnly start, string term, DateOnly expected, TermijnenwetRule expectedRule)
    {
        // Arrange
        var legalTerm = LegalTerm.Parse(term);
        var naiveEnd = legalTerm.AddTo(start);

        // Act
        var result = _atw.Apply(start, naiveEnd, legalTerm);

        // Assert
        Assert.True(expected == result.End, $"{situation}: expected {expected:yyyy-MM-dd}, got {result.End:yyyy-MM-dd}");
        Assert.Equal(expectedRule, result.Rule);
        Assert.Equal(naiveEnd, result.NaiveEnd);
    }

    [Theory]
    [InlineData("24 hours", true)]
    [InlineData("1 year", true)]
    [InlineData("90 days", false)]
    [InlineData("91 days", true)]
    [InlineData("12 weeks", false)]
    [InlineData("13 weeks", true)]
    [InlineData("3 months", false)]
    [InlineData("4 months", true)]
    [InlineData("6 weeks", false)]
    public void IsExempt_Term_FollowsArticle4(string term, bool expected)
    {
        // Act
        var exempt = AlgemeneTermijnenwet.IsExempt(LegalTerm.Parse(term));

        // Assert
        Assert.Equal(expected, exempt);
    }

    [Fact]
    public void ApplyTo_BackwardTermEndingOnEasterSunday_IsNotExtended()
    {
        // Arrange: "uiterlijk twee weken vóór" 2026-04-19 lands on Easter Sunday 2026-04-05.
        var eventDate = D("2026-04-19");
        var naiveEnd = D("2026-04-05");

        // Act
        var result = _atw.Apply(eventDate, naiveEnd, LegalTerm.Weeks(2), TermDirection.Backward);

        // Assert
        Assert.Equal(D("2026-04-05"), result.End);
        Assert.Equal(TermijnenwetRule.BackwardArticle1Lid2, result.Rule);
    }

    [Fact]
    public void Apply_EndOnAHoliday_ExplainsWithTheHolidayName()
    {
        // Act
        var result = _atw.Apply(D("2026-02-23"), D("2026-04-06"), LegalTerm.Weeks(6));

        // Assert
        Assert.Contains("Tweede Paasdag", result.Explanation, StringComparison.Ordinal);
        Assert.Contains("2026-04-07", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void ApplyTo_EndBeforeStart_Throws()
    {
        // Act
        Action act = () => _atw.ApplyTo(D("2026-04-05"), D("2026-04-01"), LegalTerm.Days(3));

        // Assert
        Assert.Throws<ArgumentException>(act);
    }

    [Property]
    public bool ApplyTo_TermWithinTheLaw_EndsOnAWorkingDayWithinAWeekOfTheCalendarEnd(ushort dayOffset, byte days)
    {
        // Arrange
        var start = D("2000-01-01").AddDays(dayOffset % 36_500);
        var term = LegalTerm.Days(1 + (days % 90));
        var naiveEnd = term.AddTo(start);

        // Act
        var end = _atw.ApplyTo(start, naiveEnd, term);

        // Assert: the longest run of non-working days is Goede Vrijdag to Tweede Paasdag (4 days), plus art. 2.
        return _atw.Calendar.IsWorkingDay(end) && end >= naiveEnd && end.DayNumber - naiveEnd.DayNumber <= 6;
    }

    [Property]
    public bool ApplyTo_TermOfThreeDaysOrMore_ContainsTwoWorkingDays(ushort dayOffset, byte days)
    {
        // Arrange
        var start = D("2000-01-01").AddDays(dayOffset % 36_500);
        var term = LegalTerm.Days(3 + (days % 10));

        // Act
        var end = _atw.ApplyTo(start, term.AddTo(start), term);

        // Assert
        var workingDays = Enumerable.Range(1, end.DayNumber - start.DayNumber)
            .Count(i => _atw.Calendar.IsWorkingDay(start.AddDays(i)));
        return workingDays >= 2;
    }
}
