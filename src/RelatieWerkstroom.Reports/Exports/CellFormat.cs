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
        IFormattable f => f.ToString(null, Dutch),
        _ => value.ToString() ?? "",
    };
}
