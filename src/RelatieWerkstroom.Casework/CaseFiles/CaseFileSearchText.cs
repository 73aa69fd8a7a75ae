using System.Globalization;
using System.Text;

namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>
/// What a case search compares: the case id and title folded to lower case without diacritics, so "ÖZTÜRK", "öztürk" and
/// "Ozturk" find "Öztürk", and "Één" finds "een", whatever the database's own lower() folds (SQLite's folds ASCII only).
/// Database stores keep <see cref="Of"/> in a column; <see cref="CaseFileQuery.Matches"/> compares the same text.
/// </summary>
public static class CaseFileSearchText
{
    // Letters that are no base letter with a diacritic in Unicode, so decomposition leaves them as they are.
    private static readonly Dictionary<char, string> Letters = new()
    {
        ['ø'] = "o", ['Ø'] = "o", ['ß'] = "ss", ['æ'] = "ae", ['Æ'] = "ae", ['œ'] = "oe", ['Œ'] = "oe",
        ['ł'] = "l", ['Ł'] = "l", ['đ'] = "d", ['Đ'] = "d", ['ı'] = "i",
    };

    /// <summary>The text a case file is found by: its id and title, folded (one line each).</summary>
    public static string Of(CaseFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.Title is { Length: > 0 } title ? Fold(file.Id) + "\n" + Fold(title) : Fold(file.Id);
    }

    /// <summary>
    /// Lower case without diacritics: compatibility decomposition (so the ligature ĳ becomes ij), combining marks left
    /// out, a few letters without a decomposition spelled out (ø, ß, æ, …), then lower-cased invariantly.
    /// </summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
                continue;
            if (Letters.TryGetValue(c, out var spelled)) folded.Append(spelled);
            else folded.Append(char.ToLowerInvariant(c));
        }
        return folded.ToString();
    }
}
