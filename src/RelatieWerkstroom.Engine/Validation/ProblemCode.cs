using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;

namespace RelatieWerkstroom.Engine.Validation;

/// <summary>
/// A kind of validation problem: the stable code a screen looks its own wording up by, and the text the server sends
/// with it (English, or "Dutch (English)" where the engine already said it in both). <c>{name}</c> in the text is a
/// parameter; a problem carries the values, so a translation can put them where its language wants them.
/// Every code lives in <see cref="ProblemCodes"/>.
/// </summary>
public sealed partial record ProblemCode
{
    internal ProblemCode(string code, string text)
    {
        Code = code;
        Text = text;
        Parameters = [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct()];
    }

    /// <summary>The stable name of the problem (also the key of its translations in the designer).</summary>
    public string Code { get; }

    /// <summary>The server's wording, with <c>{name}</c> for each parameter.</summary>
    public string Text { get; }

    /// <summary>The names of the parameters the text (and every translation) may use.</summary>
    public IReadOnlyList<string> Parameters { get; }

    /// <summary>An error (stops publishing and running) of this kind at a property path of an activity (or of the workflow).</summary>
    public ValidationProblem Error(string? activityId, string path, params (string Name, object? Value)[] values) =>
        new(activityId, path, this, Values(values), ProblemSeverity.Error);

    /// <summary>A warning (something Elsa 3 runs as it stands) of this kind.</summary>
    public ValidationProblem Warning(string? activityId, string path, params (string Name, object? Value)[] values) =>
        new(activityId, path, this, Values(values), ProblemSeverity.Warning);

    /// <summary>The text with the values in place of the parameters.</summary>
    public string Format(IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(Text, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);

    private IReadOnlyDictionary<string, string> Values((string Name, object? Value)[] values)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            // A parameter the text does not name would reach no translation: a slip in the caller, caught by the tests.
            if (!Parameters.Contains(name)) throw new ArgumentException($"problem code {Code} has no parameter '{name}'", nameof(values));
            result[name] = Shown(value);
        }
        foreach (var name in Parameters)
            if (!result.ContainsKey(name)) throw new ArgumentException($"problem code {Code} needs parameter '{name}'", nameof(values));
        return result;
    }

    private static string Shown(object? value) => value switch
    {
        null => "null",
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => string.Join(", ", items.Cast<object?>().Select(Shown)),
        _ => value.ToString() ?? "",
    };

    // A name in braces without spaces; "{ id, label }" in a text is prose, not a parameter.
    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Placeholder();
}
