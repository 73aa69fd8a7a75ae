using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace RelatieWerkstroom.Reports.Privacy;

/// <summary>
/// Screens a short text that is meant for an auditor (a caseworker's red-tape flag) against the personal data the
/// database holds: the names and BSNs of the subjects, and anything that looks like a number or an e-mail address. A
/// text that contains any of them is withheld as a whole.
/// </summary>
public sealed partial class PersonalDataScreen
{
    /// <summary>What a withheld text is replaced by.</summary>
    public const string Withheld = "(tekst weggelaten: mogelijk persoonsgegevens)";

    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string> _numbers = new(StringComparer.Ordinal);

    /// <summary>A screen for these names and BSNs.</summary>
    public PersonalDataScreen(IEnumerable<string?> names, IEnumerable<string?> bsns)
    {
        foreach (var name in names)
        {
            if (string.IsNullOrWhiteSpace(name)) continue;
            var normal = Normal(name);
            _names.Add(normal);
            // The family name alone (the last word of four letters or more) identifies too.
            var words = normal.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 1 && words[^1].Length >= 4) _names.Add(words[^1]);
        }

        foreach (var bsn in bsns)
        {
            if (!string.IsNullOrWhiteSpace(bsn)) _numbers.Add(new string(bsn.Where(char.IsDigit).ToArray()));
        }
    }

    /// <summary>The text, or <see cref="Withheld"/> when it contains a subject's name or BSN, a long number or an e-mail address.</summary>
    public string Screen(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return text;
        if (Suspicious().IsMatch(text)) return Withheld;
        var digits = new string(text.Where(char.IsDigit).ToArray());
        if (digits.Length >= 8 && _numbers.Any(n => n.Length > 0 && digits.Contains(n, StringComparison.Ordinal))) return Withheld;
        var padded = " " + Normal(text) + " ";
        return _names.Any(n => padded.Contains(" " + n + " ", StringComparison.Ordinal)) ? Withheld : text;
    }

    // Lower case, without diacritics, every run of non-letters one space: "J. de Vries-Bakker," → "j de vries bakker".
    private static string Normal(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(char.IsLetter(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [GeneratedRegex(@"\d(?:[\s.\-]?\d){4,}|\S@\S", RegexOptions.CultureInvariant)]
    private static partial Regex Suspicious();
}
