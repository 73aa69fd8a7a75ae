namespace RelatieWerkstroom.Reports.Exports;

/// <summary>One metric as a plain table (Dutch headers), the shape every people-facing export writes.</summary>
/// <param name="Id">File-safe identifier, e.g. "doorlooptijd-termijn"; CSV files are named after it.</param>
/// <param name="Title">Dutch title.</param>
/// <param name="Group">Sheet the table belongs to in the workbook.</param>
/// <param name="Source">Which journal events and fields the figures come from (traceability).</param>
/// <param name="Columns">Dutch column headers.</param>
/// <param name="Rows">Values: string, numbers, bool or null (null = withheld or not applicable).</param>
public sealed record ReportTable(string Id, string Title, string Group, string Source, IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows);
