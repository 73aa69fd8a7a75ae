using System.Text.RegularExpressions;
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

/// <summary>One problem in a definition: the activity it concerns (if any), the property path, what is wrong, and how bad it is.</summary>
/// <remarks>The severity is in the REST API's JSON so the designer can show warnings apart and publish past them.</remarks>
public sealed partial record ValidationProblem(string? ActivityId, string Path, string Message,
    ProblemSeverity Severity = ProblemSeverity.Error)
{
    /// <summary>Whether the problem stops the definition from being published or run.</summary>
    [JsonIgnore]
    public bool IsError => Severity == ProblemSeverity.Error;

    /// <summary>Formats as <c>ACTIVITY_ID: PATH: MESSAGE</c> (a dash when there is no activity); a warning's message starts with <c>warning: </c>.</summary>
    public override string ToString() => $"{ActivityId ?? "-"}: {(Path.Length == 0 ? "-" : Path)}: {(IsError ? "" : "warning: ")}{Message}";

    /// <summary>A warning: something Elsa 3 runs fine.</summary>
    public static ValidationProblem Warning(string? activityId, string path, string message) => new(activityId, path, message, ProblemSeverity.Warning);

    /// <summary>What is wrong. A long value quoted from the file is shortened here, so no message echoes megabytes back.</summary>
    public string Message { get; init; } = ShortenValues(Message);

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
