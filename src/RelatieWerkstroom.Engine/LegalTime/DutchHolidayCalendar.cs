using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace RelatieWerkstroom.Engine.LegalTime;

/// <summary>The algemeen erkende feestdagen of Algemene termijnenwet art. 3 and the working days that follow from them.</summary>
/// <remarks>
/// Art. 3 lid 1 lists Nieuwjaarsdag, Tweede Paas- and Pinksterdag, both Kerstdagen, Hemelvaartsdag, the day on which
/// the King's birthday is celebrated and 5 mei; lid 2 adds Goede Vrijdag. Eerste Paas- and Pinksterdag are not listed
/// because they are Sundays. Lid 3 lets royal decree equate further days: the decrees on file (<see cref="AtwDecree"/>)
/// are applied to the years they cover. For a year no decree on file covers, the Friday after Hemelvaartsdag is assumed
/// (it has been equated in every decree we know of) and marked as assumed in its name, so whoever reads a deadline sees
/// that it rests on practice, not on a decree. The calendar covers 1949 onwards (the Atw itself dates from 1964).
/// </remarks>
public sealed class DutchHolidayCalendar
{
    /// <summary>The first year for which the day of the monarch's birthday is modelled (Koninginnedag on 30 April).</summary>
    public const int FirstSupportedYear = 1949;

    /// <summary>The name an assumed Friday after Hemelvaart carries wherever it is shown.</summary>
    public const string AssumedFridayAfterAscension = "Vrijdag na Hemelvaartsdag (aangenomen: geen besluit art. 3 lid 3 bekend)";

    private readonly ImmutableArray<Holiday> _additionalDays;
    private readonly ImmutableArray<AtwDecree> _decrees;
    private readonly bool _assumeStandingPractice;
    private readonly ConcurrentDictionary<int, ImmutableArray<Holiday>> _byYear = new();

    /// <summary>Creates the calendar of art. 3 with the decrees on file and the standing practice for other years.</summary>
    public DutchHolidayCalendar()
        : this([])
    {
    }

    /// <summary>Creates the calendar with the decrees on file plus extra days (for example a decree not yet on file).</summary>
    public DutchHolidayCalendar(IEnumerable<Holiday> additionalDays)
        : this(AtwDecree.OnFile, assumeStandingPractice: true, additionalDays)
    {
    }

    /// <summary>Creates a calendar over the given decrees; without the standing practice, uncovered years get lid 1 and 2 only.</summary>
    public DutchHolidayCalendar(IEnumerable<AtwDecree> decrees, bool assumeStandingPractice, IEnumerable<Holiday>? additionalDays = null)
    {
        ArgumentNullException.ThrowIfNull(decrees);
        _decrees = [.. decrees];
        _assumeStandingPractice = assumeStandingPractice;
        _additionalDays = [.. additionalDays ?? []];
    }

    /// <summary>Art. 3 with the decrees on file and, for other years, the assumed Friday after Hemelvaart.</summary>
    public static DutchHolidayCalendar Default { get; } = new();

    /// <summary>Art. 3 lid 1 and 2 only: no decree days and nothing assumed (to show what a decree adds).</summary>
    public static DutchHolidayCalendar StatuteOnly { get; } = new([], assumeStandingPractice: false);

    /// <summary>The decree that covers the year, or null when none on file does (the standing practice then applies).</summary>
    public AtwDecree? DecreeFor(int year) => _decrees.FirstOrDefault(d => d.Covers(year));

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
        if (DecreeFor(year) is { } decree)
        {
            holidays.AddRange(decree.Days.Where(d => d.Year == year)
                .Select(d => new Holiday(d, "Gelijkgestelde dag (Atw art. 3 lid 3)", HolidayBasis.RoyalDecree, decree.Title)));
        }
        else if (_assumeStandingPractice)
        {
            holidays.Add(new Holiday(easter.AddDays(40), AssumedFridayAfterAscension, HolidayBasis.StandingPractice));
        }

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
