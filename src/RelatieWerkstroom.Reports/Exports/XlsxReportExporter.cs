using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using RelatieWerkstroom.Reports.Analysis;

namespace RelatieWerkstroom.Reports.Exports;

/// <summary>Writes the report as an XLSX workbook: a Dutch summary sheet first, then one sheet per metric group, written SAX-style.</summary>
public static class XlsxReportExporter
{
    /// <summary>The summary sheet's name.</summary>
    public const string SummarySheet = "Samenvatting";

    /// <summary>Writes the workbook to a seekable stream (a file or memory stream).</summary>
    public static void Write(FrictionReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        var tables = ReportTables.From(report);
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var sheets = new List<(string Name, string PartId)>();

        var summary = workbook.AddNewPart<WorksheetPart>();
        WriteSheet(summary, SummaryRows(report));
        sheets.Add((SummarySheet, workbook.GetIdOfPart(summary)));

        foreach (var group in ReportTables.Groups)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            WriteSheet(part, GroupRows(tables.Where(t => t.Group == group)));
            sheets.Add((group, workbook.GetIdOfPart(part)));
        }

        using var writer = OpenXmlWriter.Create(workbook);
        writer.WriteStartElement(new Workbook());
        writer.WriteStartElement(new Sheets());
        uint id = 1;
        foreach (var (name, partId) in sheets)
        {
            writer.WriteElement(new Sheet { Name = name, SheetId = id++, Id = partId });
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static IEnumerable<object?[]> SummaryRows(FrictionReport report)
    {
        yield return [DutchSummary.Title];
        yield return [];
        foreach (var line in DutchSummary.Introduction(report)) yield return [line];
        yield return [];
        yield return ["Kerncijfers"];
        foreach (var (label, value) in DutchSummary.KeyFigures(report)) yield return [label, value];
        yield return [];
        yield return ["Grootste knelpunten (hotspots)"];
        foreach (var line in DutchSummary.TopHotspots(report)) yield return [line];
    }

    private static IEnumerable<object?[]> GroupRows(IEnumerable<ReportTable> tables)
    {
        foreach (var table in tables)
        {
            yield return [table.Title];
            yield return ["Bron: " + table.Source];
            yield return [.. table.Columns];
            foreach (var row in table.Rows) yield return row;
            yield return [];
        }
    }

    private static void WriteSheet(WorksheetPart part, IEnumerable<object?[]> rows)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetData());
        uint rowIndex = 0;
        foreach (var values in rows)
        {
            rowIndex++;
            writer.WriteStartElement(new Row { RowIndex = rowIndex });
            for (var c = 0; c < values.Length; c++)
            {
                if (values[c] is not { } value) continue;
                var reference = ColumnName(c) + rowIndex;
                writer.WriteElement(value switch
                {
                    int or long or double or decimal => new Cell
                    {
                        CellReference = reference,
                        DataType = CellValues.Number,
                        CellValue = new CellValue(CellFormat.Invariant(value)),
                    },
                    bool b => new Cell { CellReference = reference, DataType = CellValues.Boolean, CellValue = new CellValue(b ? "1" : "0") },
                    _ => new Cell
                    {
                        CellReference = reference,
                        DataType = CellValues.InlineString,
                        InlineString = new InlineString(new Text(CellFormat.ForPeople(value)) { Space = SpaceProcessingModeValues.Preserve }),
                    },
                });
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static string ColumnName(int index)
    {
        var name = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26) name = (char)('A' + (i - 1) % 26) + name;
        return name;
    }
}
