using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace RelatieWerkstroom.Engine.LegalTime;

/// <summary>A statutory term such as "8 weeks" or "6 weken": a positive amount of one <see cref="LegalTermUnit"/>.</summary>
public sealed partial record LegalTerm
{
    private const string Expected =
        "expected '<number> days|weeks|months' (or dagen|weken|maanden; years/jaren and hours/uren are understood too)";

    private static readonly Dictionary<string, LegalTermUnit> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hour"] = LegalTermUnit.Hours, ["hours"] = LegalTermUnit.Hours, ["uur"] = LegalTermUnit.Hours, ["uren"] = LegalTermUnit.Hours,
        ["day"] = LegalTermUnit.Days, ["days"] = LegalTermUnit.Days, ["dag"] = LegalTermUnit.Days, ["dagen"] = LegalTermUnit.Days,
        ["week"] = LegalTermUnit.Weeks, ["weeks"] = LegalTermUnit.Weeks, ["weken"] = LegalTermUnit.Weeks,
        ["month"] = LegalTermUnit.Months, ["months"] = LegalTermUnit.Months, ["maand"] = LegalTermUnit.Months, ["maanden"] = LegalTermUnit.Months,
        ["year"] = LegalTermUnit.Years, ["years"] = LegalTermUnit.Years, ["jaar"] = LegalTermUnit.Years, ["jaren"] = LegalTermUnit.Years,
    };

    /// <summary>Creates a term of <paramref name="amount"/> units; the amount must be at least 1.</summary>
    public LegalTerm(int amount, LegalTermUnit unit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(amount, 1);
        if (!Enum.IsDefined(unit))
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown term unit.");
        }

        Amount = amount;
        Unit = unit;
    }

    /// <summary>The number of units, at least 1.</summary>
    public int Amount { get; }

    /// <summary>The unit of the term.</summary>
    public LegalTermUnit Unit { get; }

    /// <summary>A term in calendar days.</summary>
    public static LegalTerm Days(int amount) => new(amount, LegalTermUnit.Days);

    /// <summary>A term in weeks.</summary>
    public static LegalTerm Weeks(int amount) => new(amount, LegalTermUnit.Weeks);

    /// <summary>A term in calendar months.</summary>
    public static LegalTerm Months(int amount) => new(amount, LegalTermUnit.Months);

    /// <summary>A term in calendar years.</summary>
    public static LegalTerm Years(int amount) => new(amount, LegalTermUnit.Years);

    /// <summary>A term in hours.</summary>
    public static LegalTerm Hours(int amount) => new(amount, LegalTermUnit.Hours);

    /// <summary>Parses "8 weeks", "6 weken", "42 days", "3 maanden", "1 year" and the like, or throws a <see cref="FormatException"/>.</summary>
    public static LegalTerm Parse(string text) =>
        TryParse(text, out var term, out var error) ? term : throw new FormatException(error);

    /// <summary>Parses a term in English or Dutch, singular or plural; on failure <paramref name="error"/> says why.</summary>
    public static bool TryParse(
        string? text,
        [NotNullWhen(true)] out LegalTerm? term,
        [NotNullWhen(false)] out string? error)
    {
        term = null;
        var match = TermPattern().Match(text ?? string.Empty);
        if (!match.Success || !Units.TryGetValue(match.Groups["unit"].Value, out var unit))
        {
            error = $"'{text}' is not a term: {Expected}";
            return false;
        }

        if (!int.TryParse(match.Groups["amount"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            error = $"'{text}' is not a term: the number is too large";
            return false;
        }

        if (amount < 1)
        {
            error = $"'{text}' is not a term: the number must be at least 1";
            return false;
        }

        term = new LegalTerm(amount, unit);
        error = null;
        return true;
    }

    /// <summary>
    /// The date on which the term ends when it runs from the day after <paramref name="start"/>: days and weeks add
    /// calendar days, months and years keep the day of the month, clamped to the end of a shorter month.
    /// </summary>
    /// <example>2026-01-05 + 2 weeks = 2026-01-19; 2026-01-31 + 1 month = 2026-02-28.</example>
    public DateOnly AddTo(DateOnly start) => Unit switch
    {
        LegalTermUnit.Days => start.AddDays(Amount),
        LegalTermUnit.Weeks => start.AddDays(checked(Amount * 7)),
        LegalTermUnit.Months => start.AddMonths(Amount),
        LegalTermUnit.Years => start.AddYears(Amount),
        _ => throw new InvalidOperationException(
            $"A term of {this} cannot be added to a date: terms in hours run from a moment, not from a day."),
    };

    /// <summary>The term in English, for example "8 weeks" or "1 month".</summary>
    public override string ToString() => Unit switch
    {
        LegalTermUnit.Hours => Amount == 1 ? "1 hour" : $"{Amount} hours",
        LegalTermUnit.Days => Amount == 1 ? "1 day" : $"{Amount} days",
        LegalTermUnit.Weeks => Amount == 1 ? "1 week" : $"{Amount} weeks",
        LegalTermUnit.Months => Amount == 1 ? "1 month" : $"{Amount} months",
        _ => Amount == 1 ? "1 year" : $"{Amount} years",
    };

    /// <summary>The term in Dutch, for example "8 weken" or "1 maand".</summary>
    public string ToDutchString() => Unit switch
    {
        LegalTermUnit.Hours => Amount == 1 ? "1 uur" : $"{Amount} uren",
        LegalTermUnit.Days => Amount == 1 ? "1 dag" : $"{Amount} dagen",
        LegalTermUnit.Weeks => Amount == 1 ? "1 week" : $"{Amount} weken",
        LegalTermUnit.Months => Amount == 1 ? "1 maand" : $"{Amount} maanden",
        _ => Amount == 1 ? "1 jaar" : $"{Amount} jaren",
    };

    [GeneratedRegex(@"^\s*(?<amount>[0-9]+)\s*(?<unit>[A-Za-z]+)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TermPattern();
}
