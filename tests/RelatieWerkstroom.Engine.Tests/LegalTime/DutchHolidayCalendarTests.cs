using System.Globalization;
using RelatieWerkstroom.Engine.LegalTime;
using static RelatieWerkstroom.Engine.Tests.LegalTime.Dates;

namespace RelatieWerkstroom.Engine.Tests.LegalTime;

public class DutchHolidayCalendarTests
{
    private readonly DutchHolidayCalendar _calendar = DutchHolidayCalendar.Default;

    // Checked against python-dateutil's easter() and published calendars.
    public static TheoryData<int, DateOnly> EasterDates => new()
    {
        { 2024, D("2024-03-31") },
        { 2025, D("2025-04-20") },
        { 2026, D("2026-04-05") },
        { 2027, D("2027-03-28") },
        { 2016, D("2016-03-27") },
        { 2019, D("2019-04-21") },
        { 2000, D("2000-04-23") },
        { 2008, D("2008-03-23") },
        { 2038, D("2038-04-25") }, // latest possible date
        { 2285, D("2285-03-22") }, // earliest possible date
        { 2100, D("2100-03-28") },
        { 1954, D("1954-04-18") },
    };

    [Theory]
    [MemberData(nameof(EasterDates))]
    public void EasterSunday_KnownYear_ReturnsPublishedDate(int year, DateOnly expected)
    {
        // Act
        var easter = DutchHolidayCalendar.EasterSunday(year);

        // Assert
        Assert.Equal(expected, easter);
    }

    // Art. 3 lid 1 and 2 plus lid 3: 2023–2025 and 2026–2028 have a decree on file (AtwDecree.OnFile), whose days
    // are added by name; 2016 has none on file, so the Friday after Hemelvaart is assumed and says so in its name.
    public static TheoryData<int, string[]> HolidaysPerYear => new()
    {
        {
            2024,
            [
                "2024-01-01 Nieuwjaarsdag", "2024-03-29 Goede Vrijdag", "2024-04-01 Tweede Paasdag",
                "2024-04-27 Koningsdag", "2024-05-05 Bevrijdingsdag", "2024-05-09 Hemelvaartsdag", "2024-05-10 Gelijkgestelde dag (Atw art. 3 lid 3)",
                "2024-05-20 Tweede Pinksterdag", "2024-12-25 Eerste Kerstdag", "2024-12-26 Tweede Kerstdag",
                "2024-12-27 Gelijkgestelde dag (Atw art. 3 lid 3)",
            ]
        },
        {
            2025,
            [
                "2025-01-01 Nieuwjaarsdag", "2025-04-18 Goede Vrijdag", "2025-04-21 Tweede Paasdag",
                "2025-04-26 Koningsdag", "2025-05-05 Bevrijdingsdag", "2025-05-29 Hemelvaartsdag", "2025-05-30 Gelijkgestelde dag (Atw art. 3 lid 3)",
                "2025-06-09 Tweede Pinksterdag", "2025-12-25 Eerste Kerstdag", "2025-12-26 Tweede Kerstdag",
            ]
        },
        {
            2026,
            [
                "2026-01-01 Nieuwjaarsdag", "2026-01-02 Gelijkgestelde dag (Atw art. 3 lid 3)", "2026-04-03 Goede Vrijdag", "2026-04-06 Tweede Paasdag",
                "2026-04-27 Koningsdag", "2026-05-05 Bevrijdingsdag", "2026-05-14 Hemelvaartsdag", "2026-05-15 Gelijkgestelde dag (Atw art. 3 lid 3)",
                "2026-05-25 Tweede Pinksterdag", "2026-12-25 Eerste Kerstdag", "2026-12-26 Tweede Kerstdag",
            ]
        },
        {
            2027,
            [
                "2027-01-01 Nieuwjaarsdag", "2027-03-26 Goede Vrijdag", "2027-03-29 Tweede Paasdag",
                "2027-04-27 Koningsdag", "2027-05-05 Bevrijdingsdag", "2027-05-06 Hemelvaartsdag", "2027-05-07 Gelijkgestelde dag (Atw art. 3 lid 3)",
                "2027-05-17 Tweede Pinksterdag", "2027-12-25 Eerste Kerstdag", "2027-12-26 Tweede Kerstdag",
            ]
        },
        {
            // Hemelvaartsdag falls on 5 May: both are listed.
            2016,
            [
                "2016-01-01 Nieuwjaarsdag", "2016-03-25 Goede Vrijdag", "2016-03-28 Tweede Paasdag",
                "2016-04-27 Koningsdag",
                "2016-05-05 Bevrijdingsdag", "2016-05-05 Hemelvaartsdag",
                "2016-05-06 " + DutchHolidayCalendar.AssumedFridayAfterAscension,
                "2016-05-16 Tweede Pinksterdag", "2016-12-25 Eerste Kerstdag", "2016-12-26 Tweede Kerstdag",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(HolidaysPerYear))]
    public void HolidaysIn_Year_ReturnsTheAtwHolidaysInDateOrder(int year, string[] expected)
    {
        // Act
        var holidays = _calendar.HolidaysIn(year);

        // Assert
        Assert.Equal(expected, holidays.Select(h => $"{h.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {h.Name}"));
    }

    public static TheoryData<DateOnly, string?> MonarchsBirthdays => new()
    {
        { D("2026-04-27"), "Koningsdag" },       // Monday
        { D("2027-04-27"), "Koningsdag" },       // Tuesday
        { D("2025-04-26"), "Koningsdag" },       // 27 April 2025 is a Sunday
        { D("2025-04-27"), null },
        { D("2014-04-26"), "Koningsdag" },       // the first Koningsdag; 27 April 2014 was a Sunday
        { D("2014-04-27"), null },
        { D("2013-04-30"), "Koninginnedag" },    // the last Koninginnedag
        { D("2006-04-29"), "Koninginnedag" },    // 30 April 2006 was a Sunday: Saturday before, since 1980
        { D("2006-04-30"), null },
        { D("1978-05-01"), "Koninginnedag" },    // 30 April 1978 was a Sunday: Monday after, before 1980
        { D("1978-04-30"), null },
        { D("1990-04-30"), "Koninginnedag" },
        { D("1990-04-27"), null },
        { D("2026-04-30"), null },
    };

    [Theory]
    [MemberData(nameof(MonarchsBirthdays))]
    public void HolidayName_AroundTheMonarchsBirthday_FollowsTheEraRule(DateOnly date, string? expected)
    {
        // Act
        var name = _calendar.HolidayName(date);

        // Assert
        Assert.Equal(expected, name);
    }

    [Fact]
    public void HolidayName_TwoHolidaysOnOneDay_JoinsBothNames()
    {
        // Act
        var name = _calendar.HolidayName(D("2016-05-05"));

        // Assert
        Assert.Equal("Bevrijdingsdag en Hemelvaartsdag", name);
    }

    public static TheoryData<DateOnly, bool> WorkingDays => new()
    {
        { D("2026-01-05"), true },   // Monday
        { D("2026-01-10"), false },  // Saturday
        { D("2026-01-11"), false },  // Sunday
        { D("2026-01-01"), false },  // Nieuwjaarsdag, a Thursday
        { D("2026-04-03"), false },  // Goede Vrijdag
        { D("2026-04-05"), false },  // Eerste Paasdag is a Sunday, not a listed holiday
        { D("2026-04-06"), false },  // Tweede Paasdag
        { D("2026-05-05"), false },  // 5 mei, also outside lustrum years
        { D("2026-05-14"), false },  // Hemelvaartsdag
        { D("2026-05-15"), false },  // the Friday after Hemelvaart, equated by the 2026–2028 decree (art. 3 lid 3)
        { D("2026-01-02"), false },  // the Friday after Nieuwjaarsdag, equated by the same decree
        { D("2026-05-22"), true },   // an ordinary Friday
        { D("2026-05-25"), false },  // Tweede Pinksterdag
        { D("2026-12-24"), true },   // Kerstavond is not a holiday
        { D("2026-12-31"), true },   // Oudejaarsdag is not a holiday
    };

    [Theory]
    [MemberData(nameof(WorkingDays))]
    public void IsWorkingDay_Date_ExcludesWeekendsAndHolidays(DateOnly date, bool expected)
    {
        // Act
        var isWorkingDay = _calendar.IsWorkingDay(date);

        // Assert
        Assert.Equal(expected, isWorkingDay);
    }

    [Fact]
    public void IsHoliday_EasterSunday_IsFalseBecauseArt3DoesNotListIt()
    {
        // Act
        var isHoliday = _calendar.IsHoliday(D("2026-04-05"));

        // Assert
        Assert.False(isHoliday);
    }

    [Fact]
    public void IsHoliday_DayEquatedByRoyalDecree_IsTrue()
    {
        // Arrange
        var calendar = new DutchHolidayCalendar([new Holiday(D("2026-06-15"), "Gelijkgestelde dag (art. 3 lid 3)")]);

        // Act
        var isWorkingDay = calendar.IsWorkingDay(D("2026-06-15"));

        // Assert
        Assert.False(isWorkingDay);
        Assert.Equal("Gelijkgestelde dag (art. 3 lid 3)", calendar.HolidayName(D("2026-06-15")));
        Assert.True(DutchHolidayCalendar.Default.IsWorkingDay(D("2026-06-15")));
    }

    // Worked out from Atw art. 3 lid 3 and the decrees on file. A day is "gelijkgesteld" only by a decree; the
    // statute alone (StatuteOnly) keeps every decree day a working day. For a year outside every decree on file the
    // Friday after Hemelvaart is assumed (Hemelvaart = Easter + 39, so the Friday is Easter + 40) and carries the
    // "aangenomen" name; no other bridge day is assumed, because the decrees choose those year by year.
    public static TheoryData<string, DateOnly, HolidayBasis?, bool> DecreeDays => new()
    {
        { "2023 decree: Friday after Koningsdag (Thursday 27 April)", D("2023-04-28"), HolidayBasis.RoyalDecree, false },
        { "2023 decree: Friday after Hemelvaart", D("2023-05-19"), HolidayBasis.RoyalDecree, false },
        { "2024 decree: Friday after Tweede Kerstdag (Thursday)", D("2024-12-27"), HolidayBasis.RoyalDecree, false },
        { "2026 decree: Friday after Nieuwjaarsdag (Thursday)", D("2026-01-02"), HolidayBasis.RoyalDecree, false },
        { "2027 decree: Friday after Hemelvaart", D("2027-05-07"), HolidayBasis.RoyalDecree, false },
        { "2028 decree: Friday after Koningsdag (Thursday 27 April)", D("2028-04-28"), HolidayBasis.RoyalDecree, false },
        { "2028 decree: Friday after Hemelvaart", D("2028-05-26"), HolidayBasis.RoyalDecree, false },
        { "2029: no decree on file, Hemelvaart Thursday 10 May, Friday assumed", D("2029-05-11"), HolidayBasis.StandingPractice, false },
        { "2022: no decree on file, Hemelvaart Thursday 26 May, Friday assumed", D("2022-05-27"), HolidayBasis.StandingPractice, false },
        { "2029: Friday after Koningsdag (Friday 27 April is itself Koningsdag) is not assumed", D("2029-04-30"), null, true },
    };

    [Theory]
    [MemberData(nameof(DecreeDays))]
    public void HolidaysIn_DecreeOrPractice_MarksWhereTheDayComesFrom(string situation, DateOnly date, HolidayBasis? basis, bool workingDay)
    {
        // Act
        var holiday = _calendar.HolidaysIn(date.Year).FirstOrDefault(h => h.Date == date);

        // Assert
        Assert.True(basis == holiday?.Basis, situation);
        Assert.Equal(workingDay, _calendar.IsWorkingDay(date));
        if (basis == HolidayBasis.RoyalDecree) Assert.Equal(_calendar.DecreeFor(date.Year)!.Title, holiday!.Source);
        if (basis == HolidayBasis.StandingPractice) Assert.Contains("aangenomen", _calendar.HolidayName(date));
    }

    [Fact]
    public void StatuteOnly_DecreeDay_IsAWorkingDay()
    {
        // Act
        var isWorkingDay = DutchHolidayCalendar.StatuteOnly.IsWorkingDay(D("2026-05-15"));

        // Assert
        Assert.True(isWorkingDay);
    }

    [Fact]
    public void HolidaysIn_YearBefore1949_Throws()
    {
        // Act
        var act = () => _calendar.HolidaysIn(1948);

        // Assert
        Assert.Throws<ArgumentOutOfRangeException>(act);
    }
}
