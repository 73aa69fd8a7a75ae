using RelatieWerkstroom.Engine.LegalTime;
using static RelatieWerkstroom.Engine.Tests.LegalTime.Dates;

namespace RelatieWerkstroom.Engine.Tests.LegalTime;

public class LegalClockTests
{
    private const string Aanvulling = "Aanvulling gevraagd (Awb 4:5, 4:15 lid 1 sub a)";

    private static LegalClock EightWeeksFrom(string start) =>
        new("Beslistermijn Wmo 2.3.5", "Wmo 2015 art. 2.3.5 lid 1", D(start), LegalTerm.Weeks(8));

    public static TheoryData<string, LegalClock, DateOnly> Deadlines => new()
    {
        { "plain 8 weeks", EightWeeksFrom("2026-01-05"), D("2026-03-02") },
        {
            "suspension in the middle: 2026-02-01 to 2026-02-10 adds 9 days",
            EightWeeksFrom("2026-01-05").Suspend(D("2026-02-01"), Aanvulling).Resume(D("2026-02-10")),
            D("2026-03-11")
        },
        {
            "suspension of 5 days pushes the end to a Saturday",
            EightWeeksFrom("2026-01-05").Suspend(D("2026-02-01"), Aanvulling).Resume(D("2026-02-06")),
            D("2026-03-09")
        },
        {
            "extension by 4 weeks",
            EightWeeksFrom("2026-01-05").Extend(LegalTerm.Weeks(4), "Verdaging (Awb 4:14 lid 3)"),
            D("2026-03-30")
        },
        {
            "extension and suspension",
            EightWeeksFrom("2026-01-05")
                .Extend(LegalTerm.Weeks(4), "Verdaging (Awb 4:14 lid 3)")
                .Suspend(D("2026-02-01"), Aanvulling).Resume(D("2026-02-10")),
            D("2026-04-08")
        },
        {
            "bezwaar 6 weeks + verdaging 6 weeks ending on Koningsdag 2026",
            new LegalClock("Beslistermijn bezwaar", "Awb 7:10 lid 1", D("2026-02-02"), LegalTerm.Weeks(6))
                .Extend(LegalTerm.Weeks(6), "Verdaging (Awb 7:10 lid 3)"),
            D("2026-04-28")
        },
        {
            "8 + 6 weeks exceed twelve weeks, but the Atw is judged on the original 8 weeks",
            EightWeeksFrom("2026-01-19").Extend(LegalTerm.Weeks(6), "Verdaging (Awb 4:14 lid 3)"),
            D("2026-04-28")
        },
        {
            "an original term of 14 weeks ending on Koningsdag is exempt",
            new LegalClock("Lange termijn", "Test", D("2026-01-19"), LegalTerm.Weeks(14)),
            D("2026-04-27")
        },
        {
            "13 weeks ending on a Sunday stay on the Sunday",
            new LegalClock("Lange termijn", "Test", D("2026-01-04"), LegalTerm.Weeks(13)),
            D("2026-04-05")
        },
    };

    [Theory]
    [MemberData(nameof(Deadlines))]
    public void Deadline_Clock_AddsExtensionsSuspensionsAndTheAtw(string situation, LegalClock clock, DateOnly expected)
    {
        // Act
        var deadline = clock.Deadline();

        // Assert
        Assert.True(expected == deadline, $"{situation}: expected {expected:yyyy-MM-dd}, got {deadline:yyyy-MM-dd}");
    }

    [Fact]
    public void Explain_SuspendedAndExtendedClock_ListsEveryStep()
    {
        // Arrange
        var clock = EightWeeksFrom("2026-01-05")
            .Extend(LegalTerm.Weeks(4), "Verdaging")
            .Suspend(D("2026-02-01"), Aanvulling).Resume(D("2026-02-10"));

        // Act
        var breakdown = clock.Explain();

        // Assert
        Assert.Equal(D("2026-03-02"), breakdown.TermEnd);
        Assert.Equal(D("2026-03-30"), breakdown.AfterExtensions);
        Assert.Equal(9, breakdown.SuspendedDays);
        Assert.Equal(D("2026-04-08"), breakdown.BeforeTermijnenwet);
        Assert.Equal(D("2026-04-08"), breakdown.Deadline);
        Assert.Equal(5, breakdown.Steps.Count);
    }

    [Theory]
    [InlineData("2026-02-20", 10)]
    [InlineData("2026-03-02", 0)]
    [InlineData("2026-03-05", -3)]
    public void DaysLeft_RunningClock_CountsToTheDeadline(string today, int expected)
    {
        // Arrange
        var clock = EightWeeksFrom("2026-01-05");

        // Act
        var daysLeft = clock.DaysLeft(D(today));

        // Assert
        Assert.Equal(expected, daysLeft);
    }

    [Theory]
    [InlineData("2026-03-02", false)]
    [InlineData("2026-03-03", true)]
    public void IsBreached_RunningClock_IsTrueFromTheDayAfterTheDeadline(string today, bool expected)
    {
        // Arrange
        var clock = EightWeeksFrom("2026-01-05");

        // Act
        var breached = clock.IsBreached(D(today));

        // Assert
        Assert.Equal(expected, breached);
    }

    [Theory]
    [InlineData("2026-02-01")]
    [InlineData("2026-02-05")]
    public void DaysLeft_SuspendedClock_StaysFrozen(string today)
    {
        // Arrange: 29 days were left on the day of the request (deadline 2026-03-02).
        var clock = EightWeeksFrom("2026-01-05").Suspend(D("2026-02-01"), Aanvulling);

        // Act
        var daysLeft = clock.DaysLeft(D(today));

        // Assert
        Assert.Equal(29, daysLeft);
        Assert.False(clock.IsBreached(D(today)));
    }

    [Fact]
    public void DeadlineAsOf_SuspendedClock_CountsTheOpenSuspensionUpToToday()
    {
        // Arrange
        var clock = EightWeeksFrom("2026-01-05").Suspend(D("2026-02-01"), Aanvulling);

        // Act
        var deadline = clock.DeadlineAsOf(D("2026-02-05"));

        // Assert
        Assert.Equal(D("2026-03-06"), deadline);
    }

    [Fact]
    public void IsBreached_ClockStoppedAfterTheDeadline_IsTrueWhateverToday()
    {
        // Arrange
        var clock = EightWeeksFrom("2026-01-05").Stop(D("2026-03-04"));

        // Act
        var breached = clock.IsBreached(D("2030-01-01"));

        // Assert
        Assert.True(breached);
        Assert.Equal(-2, clock.DaysLeft(D("2030-01-01")));
    }

    [Fact]
    public void IsBreached_ClockStoppedOnTheDeadline_IsFalse()
    {
        // Arrange
        var clock = EightWeeksFrom("2026-01-05").Stop(D("2026-03-02"));

        // Act
        var breached = clock.IsBreached(D("2026-03-10"));

        // Assert
        Assert.False(breached);
    }

    [Theory]
    [InlineData("2026-01-05", 5, "2026-02-23")]  // deadline Monday 2026-03-02
    [InlineData("2026-01-05", 0, "2026-03-02")]
    [InlineData("2026-02-10", 5, "2026-03-27")]  // deadline Tuesday 2026-04-07, skipping Easter Monday and Goede Vrijdag
    public void WarningDate_WorkingDaysBefore_SkipsWeekendsAndHolidays(string start, int workingDaysBefore, string expected)
    {
        // Arrange
        var clock = EightWeeksFrom(start);

        // Act
        var warning = clock.WarningDate(workingDaysBefore);

        // Assert
        Assert.Equal(D(expected), warning);
    }

    [Fact]
    public void WarningDate_BeforeTheStart_IsTheStart()
    {
        // Arrange
        var clock = new LegalClock("Korte termijn", "Test", D("2026-01-05"), LegalTerm.Days(3));

        // Act
        var warning = clock.WarningDate(10);

        // Assert
        Assert.Equal(D("2026-01-05"), warning);
    }

    [Fact]
    public void Stop_WhileSuspended_EndsTheSuspensionThatDay()
    {
        // Arrange
        var clock = EightWeeksFrom("2026-01-05").Suspend(D("2026-02-01"), Aanvulling);

        // Act
        var stopped = clock.Stop(D("2026-02-04"));

        // Assert
        Assert.False(stopped.IsSuspended);
        Assert.Equal(3, stopped.SuspendedDays);
        Assert.Equal(D("2026-02-04"), stopped.Stopped);
    }

    [Fact]
    public void Transitions_Clock_LeaveTheOriginalUnchanged()
    {
        // Arrange
        var clock = EightWeeksFrom("2026-01-05");

        // Act
        var suspended = clock.Suspend(D("2026-02-01"), Aanvulling);

        // Assert
        Assert.False(clock.IsSuspended);
        Assert.True(suspended.IsSuspended);
        Assert.NotEqual(clock, suspended);
    }

    [Fact]
    public void Equals_ClocksBuiltTheSameWay_AreEqual()
    {
        // Arrange
        LegalClock Build() => EightWeeksFrom("2026-01-05").Suspend(D("2026-02-01"), Aanvulling).Resume(D("2026-02-10"));

        // Act
        var (first, second) = (Build(), Build());

        // Assert
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    public static TheoryData<string, Func<LegalClock>, string> InvalidTransitions => new()
    {
        { "resume when not suspended", () => EightWeeksFrom("2026-01-05").Resume(D("2026-02-10")), "is not suspended" },
        {
            "suspend when already suspended",
            () => EightWeeksFrom("2026-01-05").Suspend(D("2026-02-01"), Aanvulling).Suspend(D("2026-02-03"), Aanvulling),
            "already suspended since 2026-02-01"
        },
        {
            "extend after stop",
            () => EightWeeksFrom("2026-01-05").Stop(D("2026-02-01")).Extend(LegalTerm.Weeks(4), "Verdaging"),
            "was stopped on 2026-02-01"
        },
        {
            "suspend after stop",
            () => EightWeeksFrom("2026-01-05").Stop(D("2026-02-01")).Suspend(D("2026-02-02"), Aanvulling),
            "was stopped on 2026-02-01"
        },
        { "stop twice", () => EightWeeksFrom("2026-01-05").Stop(D("2026-02-01")).Stop(D("2026-02-02")), "was stopped on 2026-02-01" },
        {
            "resume before the suspension",
            () => EightWeeksFrom("2026-01-05").Suspend(D("2026-02-01"), Aanvulling).Resume(D("2026-01-31")),
            "it was suspended on 2026-02-01"
        },
        { "suspend before the start", () => EightWeeksFrom("2026-01-05").Suspend(D("2026-01-04"), Aanvulling), "the term starts on 2026-01-05" },
        {
            "suspend within the previous suspension",
            () => EightWeeksFrom("2026-01-05").Suspend(D("2026-02-01"), Aanvulling).Resume(D("2026-02-10")).Suspend(D("2026-02-09"), Aanvulling),
            "the previous suspension lasted until 2026-02-10"
        },
        { "suspend after the deadline", () => EightWeeksFrom("2026-01-05").Suspend(D("2026-03-03"), Aanvulling), "already expired on 2026-03-02" },
        {
            "extension notified after the deadline",
            () => EightWeeksFrom("2026-01-05").Extend(LegalTerm.Weeks(4), "Verdaging", notifiedOn: D("2026-03-03")),
            "already expired on 2026-03-02"
        },
        { "stop before the start", () => EightWeeksFrom("2026-01-05").Stop(D("2026-01-04")), "the term starts on 2026-01-05" },
    };

    [Theory]
    [MemberData(nameof(InvalidTransitions))]
    public void Transition_Invalid_ThrowsWithAClearMessage(string situation, Func<LegalClock> transition, string expectedMessagePart)
    {
        // Act
        var exception = Assert.Throws<InvalidOperationException>(transition);

        // Assert
        Assert.True(
            exception.Message.Contains(expectedMessagePart, StringComparison.Ordinal),
            $"{situation}: '{exception.Message}' should contain '{expectedMessagePart}'");
    }

    [Fact]
    public void Deadline_WhileSuspended_ThrowsAndPointsToDeadlineAsOf()
    {
        // Arrange
        var clock = EightWeeksFrom("2026-01-05").Suspend(D("2026-02-01"), Aanvulling);

        // Act
        var exception = Assert.Throws<InvalidOperationException>(() => clock.Deadline());

        // Assert
        Assert.Contains("DeadlineAsOf", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_TermInHours_Throws()
    {
        // Act
        var act = () => new LegalClock("Termijn", "Test", D("2026-01-05"), LegalTerm.Hours(24));

        // Assert
        Assert.Throws<ArgumentException>(act);
    }
}
