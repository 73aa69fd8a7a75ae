using System.Globalization;

namespace RelatieWerkstroom.Engine.LegalTime;

/// <summary>Applies the Algemene termijnenwet (BWBR0002448) art. 1, 2 and 4 to the end of a statutory term.</summary>
public sealed class AlgemeneTermijnenwet
{
    /// <summary>Creates the rules over a holiday calendar (which may hold art. 3 lid 3 additions).</summary>
    public AlgemeneTermijnenwet(DutchHolidayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Calendar = calendar;
    }

    /// <summary>The rules over the statutory holiday calendar.</summary>
    public static AlgemeneTermijnenwet Default { get; } = new(DutchHolidayCalendar.Default);

    /// <summary>The holidays that, with Saturdays and Sundays, are not working days.</summary>
    public DutchHolidayCalendar Calendar { get; }

    /// <summary>
    /// Art. 4 sub a: terms in hours, in more than 90 days, more than twelve weeks, more than three months, or in one or
    /// more years are outside the law. Exactly 90 days, twelve weeks or three months are inside it.
    /// </summary>
    public static bool IsExempt(LegalTerm term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return term.Unit switch
        {
            LegalTermUnit.Hours or LegalTermUnit.Years => true,
            LegalTermUnit.Days => term.Amount > 90,
            LegalTermUnit.Weeks => term.Amount > 12,
            _ => term.Amount > 3,
        };
    }

    /// <summary>The end of a term after the Atw; see <see cref="Apply"/>.</summary>
    public DateOnly ApplyTo(DateOnly start, DateOnly naiveEnd, LegalTerm term, TermDirection direction = TermDirection.Forward) =>
        Apply(start, naiveEnd, term, direction).End;

    /// <summary>
    /// Applies the Atw to a term that runs from the day after <paramref name="start"/> and ends on
    /// <paramref name="naiveEnd"/> by the calendar: art. 4 exempts it, or art. 2 extends it until it holds two working
    /// days, and art. 1 moves an end on a Saturday, Sunday or holiday to the next working day. A backward term
    /// (art. 1 lid 2) is returned unchanged.
    /// </summary>
    public TermijnenwetResult Apply(DateOnly start, DateOnly naiveEnd, LegalTerm term, TermDirection direction = TermDirection.Forward)
    {
        ArgumentNullException.ThrowIfNull(term);

        if (IsExempt(term))
        {
            return new(naiveEnd, naiveEnd, TermijnenwetRule.ExemptArticle4,
                $"A term of {term} is outside the Algemene termijnenwet (art. 4 sub a); it ends on {Describe(naiveEnd)}.");
        }

        if (direction == TermDirection.Backward)
        {
            // Art. 1 lid 2 excludes art. 1 for backward terms. Art. 2 is not applied either: "extending" a backward term
            // would move its end earlier, which the law does not say, so the end stays where the calendar puts it.
            if (naiveEnd > start)
            {
                throw new ArgumentException($"A backward term must end on or before {start.ToIso()}, not on {naiveEnd.ToIso()}.", nameof(naiveEnd));
            }

            return new(naiveEnd, naiveEnd, TermijnenwetRule.BackwardArticle1Lid2,
                $"A term counted backwards is not extended (art. 1 lid 2 Atw); it ends on {Describe(naiveEnd)}.");
        }

        if (naiveEnd < start)
        {
            throw new ArgumentException($"A term starting on {start.ToIso()} cannot end earlier, on {naiveEnd.ToIso()}.", nameof(naiveEnd));
        }

        // Art. 1 and art. 2 commute: the end is the later of the next working day on or after the calendar end and,
        // for terms of at least three days, the second working day after the start.
        var article1End = Calendar.NextWorkingDayOnOrAfter(naiveEnd);
        var coversThreeDays = term.Unit != LegalTermUnit.Days || term.Amount >= 3;
        if (coversThreeDays)
        {
            var secondWorkingDay = SecondWorkingDayAfter(start);
            if (secondWorkingDay > article1End)
            {
                return new(naiveEnd, secondWorkingDay, TermijnenwetRule.Article2,
                    $"A term of {term} ending on {Describe(naiveEnd)} must contain two working days (art. 2 Atw); it is extended to {Describe(secondWorkingDay)}.");
            }
        }

        if (article1End != naiveEnd)
        {
            return new(naiveEnd, article1End, TermijnenwetRule.Article1,
                $"The term ends on {Describe(naiveEnd)}; art. 1 Atw extends it to the next working day, {Describe(article1End)}.");
        }

        return new(naiveEnd, naiveEnd, TermijnenwetRule.NoChange,
            $"The term ends on a working day, {Describe(naiveEnd)}; the Algemene termijnenwet changes nothing.");
    }

    private DateOnly SecondWorkingDayAfter(DateOnly start)
    {
        var day = Calendar.NextWorkingDayOnOrAfter(start.AddDays(1));
        return Calendar.NextWorkingDayOnOrAfter(day.AddDays(1));
    }

    private string Describe(DateOnly date)
    {
        var weekday = date.ToString("dddd", CultureInfo.InvariantCulture);
        var holiday = Calendar.HolidayName(date);
        return holiday is null
            ? $"{weekday} {date.ToIso()}"
            : $"{weekday} {date.ToIso()} ({holiday})";
    }
}
