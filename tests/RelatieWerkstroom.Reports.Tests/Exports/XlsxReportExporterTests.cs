using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using RelatieWerkstroom.Reports.Exports;

namespace RelatieWerkstroom.Reports.Tests.Exports;

public sealed class XlsxReportExporterTests(ExportFixture fixture) : IClassFixture<ExportFixture>
{
    [Fact]
    public void Write_SampleReport_SummarySheetFirstThenOneSheetPerGroup()
    {
        using var stream = new MemoryStream();

        XlsxReportExporter.Write(fixture.Report, stream);

        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["Samenvatting", "Termijnen", "Doorlooptijd", "Regeldruk", "Kwaliteit", "Beleidsruimte", "Verantwoording"], sheets);
        var summary = Cells(document, "Samenvatting");
        Assert.Equal("Frictierapport RelatieWerkstroom", summary["A1"]);
        Assert.Contains(summary, c => c.Value == "Zaken in de selectie");
    }

    [Fact]
    public void Write_SampleReport_BurdenTableCellsMatchTheReport()
    {
        using var stream = new MemoryStream();

        XlsxReportExporter.Write(fixture.Report, stream);

        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        var cells = Cells(document, "Regeldruk");
        // The burden table is the first table on the sheet with this header.
        var header = cells.Where(c => c.Value == "Uitvoeringskosten gemeente (€)").MinBy(c => Row(c.Key)).Key;
        var column = new string(header.TakeWhile(char.IsLetter).ToArray());
        var index = fixture.Report.Burden.ToList().FindIndex(r => !r.Suppressed);
        var row = Row(header) + 1 + index;
        var expected = fixture.Report.Burden[index];
        Assert.Equal(expected.ExecutionEuros!.Value, decimal.Parse(cells[column + row], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected.StepName, cells["D" + row]);
        Assert.Equal(expected.Team, cells["I" + row]);
    }

    private static int Row(string reference) => int.Parse(new string(reference.SkipWhile(char.IsLetter).ToArray()));

    private static Dictionary<string, string> Cells(SpreadsheetDocument document, string sheetName)
    {
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!);
        return part.Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!,
            c => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? "");
    }
}
