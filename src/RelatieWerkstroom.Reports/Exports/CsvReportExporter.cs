using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using RelatieWerkstroom.Reports.Analysis;

namespace RelatieWerkstroom.Reports.Exports;

/// <summary>Writes one CSV file per metric (invariant culture, comma-separated, UTF-8), for Disco, Excel or scripts.</summary>
public static class CsvReportExporter
{
    /// <summary>Writes every table as <c>{id}.csv</c> into <paramref name="directory"/> (created if needed); returns the paths.</summary>
    public static async Task<IReadOnlyList<string>> WriteAsync(FrictionReport report, string directory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        Directory.CreateDirectory(directory);
        var paths = new List<string>();
        foreach (var table in ReportTables.From(report))
        {
            var path = Path.Combine(directory, table.Id + ".csv");
            await using (var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(true)))
            {
                await WriteAsync(table, writer, cancellationToken);
            }

            paths.Add(path);
        }

        return paths;
    }

    /// <summary>Writes one table.</summary>
    public static async Task WriteAsync(ReportTable table, TextWriter writer, CancellationToken cancellationToken = default)
    {
        await using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture), leaveOpen: true);
        foreach (var column in table.Columns) csv.WriteField(column);
        await csv.NextRecordAsync();
        foreach (var row in table.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var value in row) csv.WriteField(CellFormat.Invariant(value));
            await csv.NextRecordAsync();
        }

        await csv.FlushAsync();
    }
}
