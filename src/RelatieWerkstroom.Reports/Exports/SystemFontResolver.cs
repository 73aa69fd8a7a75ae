using PdfSharp.Fonts;

namespace RelatieWerkstroom.Reports.Exports;

/// <summary>Gives PDFsharp a TrueType font from the system (DejaVu Sans or Liberation Sans), since PDFsharp's core build ships none.</summary>
internal sealed class SystemFontResolver : IFontResolver
{
    public const string Family = "RW Sans";

    private static readonly string[] Directories =
        ["/usr/share/fonts", "/usr/local/share/fonts", "/Library/Fonts", @"C:\Windows\Fonts", Path.Combine(AppContext.BaseDirectory, "fonts")];

    private static readonly (string Regular, string Bold)[] Candidates =
        [("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"), ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"), ("arial.ttf", "arialbd.ttf")];

    private static readonly Lazy<(string Regular, string Bold)?> Files = new(Find);

    /// <summary>The family name of the font found, for the charts (ScottPlot asks the system by name); null when none was found.</summary>
    public static string? ChartFamily => Files.Value is { } files
        ? Path.GetFileName(files.Regular) switch
        {
            "DejaVuSans.ttf" => "DejaVu Sans",
            "LiberationSans-Regular.ttf" => "Liberation Sans",
            _ => "Arial",
        }
        : null;
    private static readonly Lock Gate = new();

    /// <summary>Installs the resolver once, unless the host installed its own.</summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not null) return;
            if (Files.Value is null)
            {
                throw new InvalidOperationException(
                    "PDF export needs a TrueType font and found none: install DejaVu Sans (Debian: apt-get install fonts-dejavu-core) " +
                    $"or Liberation Sans, or put DejaVuSans.ttf and DejaVuSans-Bold.ttf in {Path.Combine(AppContext.BaseDirectory, "fonts")}.");
            }

            GlobalFontSettings.FontResolver = new SystemFontResolver();
        }
    }

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "rw-bold" : "rw-regular");

    /// <inheritdoc />
    public byte[]? GetFont(string faceName) => Files.Value is { } files
        ? File.ReadAllBytes(faceName == "rw-bold" ? files.Bold : files.Regular)
        : null;

    private static (string Regular, string Bold)? Find()
    {
        foreach (var directory in Directories.Where(Directory.Exists))
        {
            foreach (var (regular, bold) in Candidates)
            {
                var r = Directory.EnumerateFiles(directory, regular, SearchOption.AllDirectories).FirstOrDefault();
                if (r is null) continue;
                var b = Directory.EnumerateFiles(directory, bold, SearchOption.AllDirectories).FirstOrDefault() ?? r;
                return (r, b);
            }
        }

        return null;
    }
}
