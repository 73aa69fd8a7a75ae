using System.Globalization;

namespace RelatieWerkstroom.Reports.Exports;

/// <summary>How table values are written as text: invariant for files that tools read, Dutch for people.</summary>
internal static class CellFormat
{
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string Invariant(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public static string ForPeople(object? value) => value switch
    {
        null => "–",
        bool b => b ? "ja" : "nee",
        DateTimeOffset d => d.ToString("yyyy-MM-dd HH:mm", Dutch),
        decimal m => m.ToString("#,##0.00", Dutch),
        double x => x.ToString("#,##0.####", Dutch),
        int or long => ((IFormattable)value).ToString("#,##0", Dutch),
        IFormattable f => f.ToString(null, Dutch),
        _ => value.ToString() ?? "",
    };

    /// <summary>A count for people: 1.516.</summary>
    public static string Count(long value) => value.ToString("#,##0", Dutch);

    /// <summary>A month period (yyyy-MM, as the report keys periods) for people: "januari 2026"; anything else unchanged.</summary>
    public static string Month(string period) =>
        DateOnly.TryParseExact(period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? month.ToString("MMMM yyyy", Dutch)
            : period;

    /// <summary>An ISO date (yyyy-MM-dd) for people: "4 januari 2027"; anything else unchanged.</summary>
    public static string Date(string isoDate) =>
        DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("d MMMM yyyy", Dutch)
            : isoDate;
}
