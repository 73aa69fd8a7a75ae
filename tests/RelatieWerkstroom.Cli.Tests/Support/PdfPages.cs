using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;

namespace RelatieWerkstroom.Cli.Tests.Support;

/// <summary>Opens a PDF with PDFsharp: its page count and the strings its pages draw.</summary>
public static class PdfPages
{
    public static (int Count, string Text) Read(string path)
    {
        using var document = PdfReader.Open(path, PdfDocumentOpenMode.Import);
        var strings = new List<string>();
        foreach (var page in document.Pages) Strings(ContentReader.ReadContent(page), strings);
        return (document.PageCount, string.Join(" ", strings));
    }

    private static void Strings(CObject content, List<string> strings)
    {
        if (content is CString text) strings.Add(text.Value);
        else if (content is COperator op) foreach (var operand in op.Operands) Strings(operand, strings);
        else if (content is CSequence sequence) foreach (var item in sequence) Strings(item, strings);
    }
}
