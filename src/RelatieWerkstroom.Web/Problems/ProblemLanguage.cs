using Microsoft.AspNetCore.Mvc;

namespace RelatieWerkstroom.Web.Problems;

/// <summary>
/// The one language of a problem document. Casework, the engine and this host write a message to people as
/// "Dutch text (English text)": the Dutch, then its English in one final parenthesis. A request asks for a language
/// with Accept-Language (the SPA sends its UI language); Dutch is the default. Every title, detail and field message
/// of a problem goes out in the asked language alone, so a Dutch screen shows no English and an English one no Dutch.
/// A message without an English part is left as it is.
/// </summary>
public static class ProblemLanguage
{
    /// <summary>Whether the request prefers English over Dutch (Accept-Language, by quality; Dutch when neither is named).</summary>
    public static bool WantsEnglish(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var languages = request.GetTypedHeaders().AcceptLanguage;
        foreach (var language in languages.OrderByDescending(l => l.Quality ?? 1))
        {
            var tag = language.Value.Value ?? "";
            if (tag.StartsWith("nl", StringComparison.OrdinalIgnoreCase)) return false;
            if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>
    /// The Dutch and the English of a message: the English is a final parenthesis that closes the text, after a space,
    /// starts with a letter and holds a word; anything else (a Dutch aside, an id in brackets) is no English part.
    /// </summary>
    public static (string Dutch, string? English) Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.TrimEnd();
        if (!trimmed.EndsWith(')')) return (text, null);
        var depth = 0;
        for (var i = trimmed.Length - 1; i >= 0; i--)
        {
            if (trimmed[i] == ')') depth++;
            else if (trimmed[i] == '(' && --depth == 0)
            {
                if (i == 0 || !char.IsWhiteSpace(trimmed[i - 1])) return (text, null);
                var english = trimmed[(i + 1)..^1].Trim();
                var dutch = trimmed[..i].TrimEnd();
                if (dutch.Length == 0 || english.Length == 0 || !char.IsLetter(english[0]) || !HasWord(english)) return (text, null);
                return (dutch, english);
            }
        }
        return (text, null);
    }

    /// <summary>The message in one language: its Dutch, or its English with a capital (the Dutch when it has no English).</summary>
    public static string In(string text, bool english)
    {
        var (dutch, englishText) = Split(text);
        if (!english || englishText is null) return dutch;
        return char.ToUpperInvariant(englishText[0]) + englishText[1..];
    }

    /// <summary>Puts the problem's title, detail and field messages in one language.</summary>
    public static void Apply(ProblemDetails problem, bool english)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (problem.Title is { } title) problem.Title = In(title, english);
        if (problem.Detail is { } detail) problem.Detail = In(detail, english);
        if (problem is HttpValidationProblemDetails validation)
            foreach (var key in validation.Errors.Keys.ToList())
                validation.Errors[key] = [.. validation.Errors[key].Select(m => In(m, english))];
    }

    private static bool HasWord(string text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsLetter(c) ? run + 1 : 0;
            if (run >= 2) return true;
        }
        return false;
    }
}
