using System.Globalization;

namespace RelatieWerkstroom.Reports.Service;

/// <summary>
/// Which cases a report covers, as a person chooses them: intake days (Amsterdam time, both inclusive), workflows,
/// definition versions and teams. The CLI's <c>--from --to --workflow --version --team</c> and the web API's query
/// parameters of the same names are this record.
/// </summary>
public sealed record ReportFilter
{
    /// <summary>No filter: every case in the journal.</summary>
    public static ReportFilter All { get; } = new();

    /// <summary>Only cases whose intake is on or after this day.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Only cases whose intake is on or before this day.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Only cases of these workflow definition ids; empty = all.</summary>
    public IReadOnlyList<string> Workflows { get; init; } = [];

    /// <summary>Only cases on these definition versions; empty = all.</summary>
    public IReadOnlyList<int> Versions { get; init; } = [];

    /// <summary>Only cases of these teams; empty = all.</summary>
    public IReadOnlyList<string> Teams { get; init; } = [];

    /// <summary>What is wrong with the filter, per field (empty when it can be used).</summary>
    public IReadOnlyList<(string Field, string Message)> Problems()
    {
        var problems = new List<(string, string)>();
        if (From is { } from && To is { } to && to < from)
            problems.Add(("to", string.Create(CultureInfo.InvariantCulture, $"De einddatum {to:yyyy-MM-dd} ligt voor de begindatum {from:yyyy-MM-dd} (to lies before from)")));
        foreach (var version in Versions.Where(v => v < 1))
            problems.Add(("version", string.Create(CultureInfo.InvariantCulture, $"Versie {version} bestaat niet; versies beginnen bij 1 (version starts at 1)")));
        return problems;
    }

    /// <summary>The start of a day in the report's time zone, as the moment the filters compare intake with.</summary>
    public static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
