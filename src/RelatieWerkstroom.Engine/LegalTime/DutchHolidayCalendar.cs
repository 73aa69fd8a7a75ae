using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace RelatieWerkstroom.Engine.LegalTime;

/// <summary>The algemeen erkende feestdagen of Algemene termijnenwet art. 3 and the working days that follow from them.</summary>
/// <remarks>
/// Art. 3 lid 1 lists Nieuwjaarsdag, Tweede Paas- and Pinksterdag, both Kerstdagen, Hemelvaartsdag, the day on which
/// the King's birthday is celebrated and 5 mei; lid 2 adds Goede Vrijdag. Eerste Paas- and Pinksterdag are not listed
/// because they are Sundays. Days equated by royal decree (lid 3) can be passed to the constructor.
/// The current list is applied to every year; the calendar covers 1949 onwards (the Atw itself dates from 1964).
/// </remarks>
public sealed class DutchHolidayCalendar
{
    /// <summary>The first year for which the day of the monarch's birthday is modelled (Koninginnedag on 30 April).</summary>
    public const int FirstSupportedYear = 1949;

    private readonly ImmutableArray<Holiday> _additionalDays;
    private readonly ConcurrentDictionary<int, ImmutableArray<Holiday>> _byYear = new();

    /// <summary>Creates the calendar of art. 3 lid 1 and 2 only.</summary>
    public DutchHolidayCalendar()
        : this([])
    {
    }

    /// <summary>Creates the calendar with extra days equated by royal decree under art. 3 lid 3.</summary>
    public DutchHolidayCalendar(IEnumerable<Holiday> additionalDays)
    {
        ArgumentNullException.ThrowIfNull(additionalDays);
        _additionalDays = [.. additionalDays];
    }

    /// <summary>The statutory calendar without any art. 3 lid 3 additions.</summary>
    public static DutchHolidayCalendar Default { get; } = new();

    /// <summary>Whether the date is an algemeen erkende feestdag (a Sunday that is not on the list is not a holiday).</summary>
    public bool IsHoliday(DateOnly date) => Find(date).Length > 0;

    /// <summary>The Dutch name of the holiday on that date, or null; two holidays on one day are joined with " en ".</summary>
    public string? HolidayName(DateOnly date)
    {
        var found = Find(date);
        return found.Length == 0 ? null : string.Join(" en ", found.Select(h => h.Name));
    }

    /// <summary>Whether the date is neither a Saturday, a Sunday nor a holiday: a day that counts for Atw art. 1 and 2.</summary>
    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(date);

    /// <summary>The first working day on or after the date.</summary>
    public DateOnly NextWorkingDayOnOrAfter(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    /// <summary>The holidays of a year in date order; a date carrying two holidays appears twice.</summary>
    public IReadOnlyList<Holiday> HolidaysIn(int year) => ForYear(year);

    /// <summary>Easter Sunday of a Gregorian year (anonymous Gregorian computus, Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1583);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);

        var a = year % 19;                 // position in the 19-year Metonic cycle
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30; // epact: days from 21 March to the paschal full moon, roughly
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7; // days from the full moon to the next Sunday
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private ImmutableArray<Holiday> Find(DateOnly date)
    {
        var all = ForYear(date.Year);
        return [.. all.Where(h => h.Date == date)];
    }

    private ImmutableArray<Holiday> ForYear(int year) => _byYear.GetOrAdd(year, Compute);

    private ImmutableArray<Holiday> Compute(int year)
    {
        if (year < FirstSupportedYear)
        {
            throw new ArgumentOutOfRangeException(
                nameof(year),
                year,
                $"The holiday calendar covers {FirstSupportedYear} onwards; before that Koninginnedag was 31 August and is not modelled.");
        }

        var easter = EasterSunday(year);
        var holidays = new List<Holiday>
        {
            new(new DateOnly(year, 1, 1), "Nieuwjaarsdag"),
            new(easter.AddDays(-2), "Goede Vrijdag"),
            new(easter.AddDays(1), "Tweede Paasdag"),
            MonarchsBirthday(year),
            new(new DateOnly(year, 5, 5), "Bevrijdingsdag"),
            new(easter.AddDays(39), "Hemelvaartsdag"),
            new(easter.AddDays(50), "Tweede Pinksterdag"),
            new(new DateOnly(year, 12, 25), "Eerste Kerstdag"),
            new(new DateOnly(year, 12, 26), "Tweede Kerstdag"),
        };
        holidays.AddRange(_additionalDays.Where(h => h.Date.Year == year));
        return [.. holidays.OrderBy(h => h.Date)];
    }

    // "De dag waarop de verjaardag van de Koning wordt gevierd" (art. 3 lid 1) is set by royal decree, never on a Sunday.
    private static Holiday MonarchsBirthday(int year)
    {
        if (year >= 2014)
        {
            // Koningsdag: 27 April, Saturday 26 April when the 27th is a Sunday.
            var koningsdag = new DateOnly(year, 4, 27);
            return new Holiday(koningsdag.DayOfWeek == DayOfWeek.Sunday ? koningsdag.AddDays(-1) : koningsdag, "Koningsdag");
        }

        // Koninginnedag: 30 April; on a Sunday it moved to Saturday 29 April from 1980, to Monday 1 May before 1980.
        var koninginnedag = new DateOnly(year, 4, 30);
        if (koninginnedag.DayOfWeek == DayOfWeek.Sunday)
        {
            koninginnedag = year >= 1980 ? koninginnedag.AddDays(-1) : koninginnedag.AddDays(1);
        }

        return new Holiday(koninginnedag, "Koninginnedag");
    }
}
