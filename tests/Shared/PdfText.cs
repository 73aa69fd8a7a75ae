using PdfSharp.Pdf;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;

namespace RelatieWerkstroom.Tests.Shared;

/// <summary>
/// One reader for the test projects that check PDF downloads (linked into each, not a project of its own).
/// Reads a PDF back with PDFsharp: page count and the text of the Tj/TJ operators (the exporter uses WinAnsi encoding).
/// </summary>
public static class PdfText
{
    public static (int Pages, List<string> Text) Read(Stream pdf)
    {
        using var document = PdfReader.Open(pdf, PdfDocumentOpenMode.Import);
        var text = new List<string>();
        foreach (var page in document.Pages) Collect(ContentReader.ReadContent(page), text);
        return (document.PageCount, text);
    }

    private static void Collect(CObject content, List<string> text)
    {
        switch (content)
        {
            case COperator op when op.OpCode.Name is "Tj" or "TJ":
                foreach (var operand in op.Operands) Collect(operand, text);
                break;
            case CString s:
                text.Add(s.Value);
                break;
            case CSequence sequence:
                foreach (var item in sequence) Collect(item, text);
                break;
        }
    }
}
