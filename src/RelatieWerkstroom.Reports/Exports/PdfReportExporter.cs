using PdfSharp.Drawing;
using PdfSharp.Pdf;
using RelatieWerkstroom.Reports.Analysis;
using RelatieWerkstroom.Reports.Journal;

namespace RelatieWerkstroom.Reports.Exports;

/// <summary>
/// Writes the report as PDF (PDFsharp): the Dutch one-page summary first, then the charts, the hotspots in ATR shape and the
/// accountability manifest. The full tables are in the XLSX and CSV exports.
/// </summary>
public static class PdfReportExporter
{
    private const double Margin = 50;

    /// <summary>Writes the PDF to a stream.</summary>
    public static void Write(FrictionReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        SystemFontResolver.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = DutchSummary.Title;
        document.Info.Creator = report.Manifest.Generator;
        var page = new Writer(document);

        page.Heading(DutchSummary.Title, 18);
        foreach (var line in DutchSummary.Introduction(report)) page.Paragraph(line);
        page.Space();
        page.Heading("Kerncijfers", 13);
        foreach (var (label, value) in DutchSummary.KeyFigures(report)) page.Pair(label, value);
        page.Space();
        page.Heading("Grootste knelpunten", 13);
        var top = DutchSummary.TopHotspots(report);
        for (var i = 0; i < top.Count; i++) page.Paragraph($"{i + 1}. {top[i]}");

        var charts = ReportCharts.For(report);
        if (charts.Count > 0)
        {
            // The charts follow the summary on its last page when the first one fits there, heading included.
            var pngs = charts.Select(ReportCharts.Png).ToList();
            page.Space();
            page.KeepTogether(60 + page.ImageHeight(pngs[0]));
            page.Heading("Grafieken", 15);
            foreach (var (chart, png) in charts.Zip(pngs))
            {
                page.KeepTogether(30 + page.ImageHeight(png));
                page.Heading(chart.Title, 11);
                if (chart.Note is { } note) page.Paragraph(note);
                page.Image(png);
                page.Pair(chart.LabelHeading, chart.ValueHeading, valueBold: true);
                for (var i = 0; i < chart.Labels.Count; i++) page.Pair(chart.Labels[i], chart.FormattedValues[i], labelBold: false);
                page.Space();
                page.Space();
            }
        }

        page.NewPage();
        page.Heading("Hotspots (opzet ATR: bron en doel, last, werkbaarheid, alternatief)", 15);
        foreach (var h in report.Hotspots)
        {
            page.Heading($"{h.Rank}. {h.StepName} – {report.Manifest.WorkflowName(h.Workflow)}", 11);
            page.Pair("Regelherkomst", RuleOrigin.DutchLabel(h.Origin));
            page.Pair("Wettelijke grondslag", h.Basis ?? "–");
            page.Pair("Doel (nut en noodzaak)", h.Purpose ?? "–");
            if (h.Suppressed)
            {
                page.Pair("Gemeten last", $"onderdrukt (minder dan {report.Manifest.SmallGroupThreshold} zaken)");
            }
            else
            {
                page.Pair("Gemeten last", $"{DutchSummary.Euro(h.ExecutionEuros)} uitvoeringskosten gemeente, {DutchSummary.Euro(h.BusinessEuros)} regeldruk bedrijven, " +
                    $"{CellFormat.ForPeople(h.CitizenHours)} uur en {DutchSummary.Euro(h.CitizenOutOfPocket)} out-of-pocket van inwoners; " +
                    $"{DutchSummary.Percent(h.ShareOfTotal)} van de totale last");
            }

            page.Pair("Werkbaarheid", h.Evidence);
            page.Pair("Minder belastend alternatief", $"{h.Alternative} (via {h.AlternativeChannel})");
            page.Space();
        }

        page.NewPage();
        page.Heading("Verantwoording", 15);
        var manifest = ReportTables.From(report).Single(t => t.Id == "verantwoording");
        foreach (var row in manifest.Rows) page.Pair(CellFormat.ForPeople(row[0]), CellFormat.ForPeople(row[1]));
        page.Space();
        page.Paragraph("Alle tabellen staan volledig in de XLSX- en CSV-export; de gebeurtenissen zelf in de XES- en OCEL-export.");

        document.Save(stream, closeStream: false);
    }

    /// <summary>Lays text out top to bottom, starting a new page when the current one is full.</summary>
    private sealed class Writer
    {
        private static readonly XPdfFontOptions Encoding = new(PdfFontEncoding.WinAnsi);
        private readonly PdfDocument _document;
        private XGraphics _graphics = null!;
        private PdfPage _page = null!;
        private double _y;

        public Writer(PdfDocument document)
        {
            _document = document;
            NewPage();
        }

        private double Width => _page.Width.Point - 2 * Margin;

        public void NewPage()
        {
            _graphics?.Dispose();
            _page = _document.AddPage();
            _page.Size = PdfSharp.PageSize.A4;
            _graphics = XGraphics.FromPdfPage(_page);
            _y = Margin;
        }

        public void Heading(string text, double size) => Lines(text, Font(size, bold: true), 0, Width);

        public void Paragraph(string text) => Lines(text, Font(10, false), 0, Width);

        /// <summary>A label and its value side by side, kept on one page; a data table's rows are plain, its header bold.</summary>
        public void Pair(string label, string value, bool labelBold = true, bool valueBold = false)
        {
            var labelFont = Font(9.5, labelBold);
            var valueFont = Font(9.5, valueBold);
            var lines = Math.Max(Wrap(label, labelFont, Width * 0.56).Count(), Wrap(value, valueFont, Width * 0.42).Count());
            KeepTogether(lines * labelFont.GetHeight() * 1.15 + 2);
            var y = _y;
            Lines(label, labelFont, 0, Width * 0.56);
            var afterLabel = _y;
            _y = y;
            Lines(value, valueFont, Width * 0.58, Width * 0.42);
            _y = Math.Max(_y, afterLabel);
        }

        /// <summary>Starts a new page unless the given height still fits on this one (a heading stays with its chart).</summary>
        public void KeepTogether(double height)
        {
            if (_y + height > _page.Height.Point - Margin && _y > Margin) NewPage();
        }

        public double ImageHeight(byte[] png)
        {
            using var image = XImage.FromStream(new MemoryStream(png));
            return Width * image.PixelHeight / image.PixelWidth;
        }

        public void Space() => _y += 8;

        public void Image(byte[] png)
        {
            using var image = XImage.FromStream(new MemoryStream(png));
            var height = Width * image.PixelHeight / image.PixelWidth;
            if (_y + height > _page.Height.Point - Margin) NewPage();
            _graphics.DrawImage(image, Margin, _y, Width, height);
            _y += height + 10;
        }

        private static XFont Font(double size, bool bold) =>
            new(SystemFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Encoding);

        private void Lines(string text, XFont font, double indent, double width)
        {
            var lineHeight = font.GetHeight() * 1.15;
            foreach (var line in Wrap(text, font, width))
            {
                if (_y + lineHeight > _page.Height.Point - Margin) NewPage();
                _graphics.DrawString(line, font, XBrushes.Black, new XPoint(Margin + indent, _y + font.GetHeight()));
                _y += lineHeight;
            }

            _y += 2;
        }

        private IEnumerable<string> Wrap(string text, XFont font, double width)
        {
            var line = "";
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && _graphics.MeasureString(candidate, font).Width > width)
                {
                    yield return line;
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }

            if (line.Length > 0) yield return line;
        }
    }
}
