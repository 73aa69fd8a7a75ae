using System.Text.RegularExpressions;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RelatieWerkstroom.Engine.Validation;

/// <summary>How bad a problem is.</summary>
public enum ProblemSeverity
{
    /// <summary>The definition cannot be stored as published or run.</summary>
    Error,

    /// <summary>Elsa 3 imports and runs this as it stands (Studio saves half-configured nodes all the time); it runs here as in Elsa.</summary>
    Warning,
}

/// <summary>
/// One problem in a definition: the activity it concerns (if any), the property path, its code with the values of its
/// parameters, the server's message, and how bad it is.
/// </summary>
/// <remarks>
/// Code, parameters and severity are in the REST API's JSON: the designer says the problem in the user's language by
/// its code (the message is its fallback) and shows warnings apart, publishing past them.
/// </remarks>
public sealed partial record ValidationProblem
{
    internal ValidationProblem(string? activityId, string path, ProblemCode kind, IReadOnlyDictionary<string, string> parameters,
        ProblemSeverity severity)
    {
        ActivityId = activityId;
        Path = path;
        Kind = kind;
        Parameters = parameters.ToDictionary(p => p.Key, p => ShortenValues(p.Value), StringComparer.Ordinal);
        Message = ShortenValues(kind.Format(parameters));
        Severity = severity;
    }

    // How a client reads a problem back (and what the OpenAPI document describes): every field as sent, the code known.
    [JsonConstructor]
    private ValidationProblem(string? activityId, string path, string code, IReadOnlyDictionary<string, string> parameters, string message,
        ProblemSeverity severity = ProblemSeverity.Error)
    {
        ActivityId = activityId;
        Path = path;
        Kind = ProblemCodes.Find(code) ?? throw new JsonException($"unknown problem code '{code}'");
        Parameters = parameters;
        Message = message;
        Severity = severity;
    }

    /// <summary>The activity the problem is about, or null for the workflow as a whole.</summary>
    public string? ActivityId { get; init; }

    /// <summary>The property path (e.g. <c>options[1].id</c>), or empty.</summary>
    public string Path { get; init; }

    /// <summary>The kind of problem, from <see cref="ProblemCodes"/>.</summary>
    [JsonIgnore]
    public ProblemCode Kind { get; }

    /// <summary>The stable code of the problem, for a translation (see <see cref="ProblemCodes"/>).</summary>
    public string Code => Kind.Code;

    /// <summary>The values of the code's parameters (activity names, fields, values quoted from the definition), each as text.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; }

    /// <summary>What is wrong, in the server's words. A long value quoted from the file is shortened, so no message echoes megabytes back.</summary>
    public string Message { get; }

    /// <summary>How bad the problem is.</summary>
    public ProblemSeverity Severity { get; }

    /// <summary>Whether the problem stops the definition from being published or run.</summary>
    [JsonIgnore]
    public bool IsError => Severity == ProblemSeverity.Error;

    /// <summary>Formats as <c>ACTIVITY_ID: PATH: MESSAGE</c> (a dash when there is no activity); a warning's message starts with <c>warning: </c>.</summary>
    public override string ToString() => $"{ActivityId ?? "-"}: {(Path.Length == 0 ? "-" : Path)}: {(IsError ? "" : "warning: ")}{Message}";

    private const int MessageLimit = 2000;

    // Prose has spaces; a run of 100 characters without one is a value copied from the file (an id, a script, a string).
    private static string ShortenValues(string message)
    {
        if (message.Length < 100) return message;
        var shortened = LongValue().Replace(message, m => $"{m.Value[..60]}… ({m.Length} characters)");
        return shortened.Length <= MessageLimit ? shortened : shortened[..MessageLimit] + "…";
    }

    [GeneratedRegex(@"\S{100,}")]
    private static partial Regex LongValue();
}

/// <summary>Filters for problem lists.</summary>
public static class ValidationProblems
{
    /// <summary>Only the problems that stop publishing or running.</summary>
    public static List<ValidationProblem> Errors(this IEnumerable<ValidationProblem> problems) => problems.Where(p => p.IsError).ToList();

    /// <summary>Only the problems that stop publishing or running, with their source.</summary>
    public static List<(string Source, ValidationProblem Problem)> Errors(this IEnumerable<(string Source, ValidationProblem Problem)> problems) =>
        problems.Where(p => p.Problem.IsError).ToList();
}
