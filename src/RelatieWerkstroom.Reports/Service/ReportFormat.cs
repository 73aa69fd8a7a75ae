namespace RelatieWerkstroom.Reports.Service;

/// <summary>An export of the friction report or the event log, with the file name and media type it is downloaded as.</summary>
/// <param name="Id">csv, xlsx, pdf, html, xes or ocel.</param>
/// <param name="FileName">The download's file name.</param>
/// <param name="ContentType">Its media type.</param>
/// <param name="IsEventLog">True for the pseudonymised event logs (XES, OCEL), which need the pseudonymisation key.</param>
public sealed record ReportFormat(string Id, string FileName, string ContentType, bool IsEventLog)
{
    /// <summary>One CSV file per table, zipped.</summary>
    public static readonly ReportFormat Csv = new("csv", "frictierapport-csv.zip", "application/zip", false);

    /// <summary>Excel workbook, one sheet per table.</summary>
    public static readonly ReportFormat Xlsx = new("xlsx", "frictierapport.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false);

    /// <summary>PDF summary with charts.</summary>
    public static readonly ReportFormat Pdf = new("pdf", "frictierapport.pdf", "application/pdf", false);

    /// <summary>A standalone HTML page.</summary>
    public static readonly ReportFormat Html = new("html", "frictierapport.html", "text/html; charset=utf-8", false);

    /// <summary>IEEE XES event log.</summary>
    public static readonly ReportFormat Xes = new("xes", "journaal.xes", "application/xml", true);

    /// <summary>OCEL 2.0 JSON event log.</summary>
    public static readonly ReportFormat Ocel = new("ocel", "journaal.ocel.json", "application/json", true);

    /// <summary>Every format, in the order the CLI writes them.</summary>
    public static IReadOnlyList<ReportFormat> All { get; } = [Csv, Xlsx, Pdf, Html, Xes, Ocel];

    /// <summary>The format with this id (case-insensitive), or null.</summary>
    public static ReportFormat? Find(string? id) => All.FirstOrDefault(f => string.Equals(f.Id, id, StringComparison.OrdinalIgnoreCase));
}
