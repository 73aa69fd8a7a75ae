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
public sealed record ValidationProblem(string? ActivityId, string Path, string Message,
    ProblemSeverity Severity = ProblemSeverity.Error)
{
    /// <summary>Whether the problem stops the definition from being published or run.</summary>
    [JsonIgnore]
    public bool IsError => Severity == ProblemSeverity.Error;

    /// <summary>Formats as <c>ACTIVITY_ID: PATH: MESSAGE</c> (a dash when there is no activity); a warning's message starts with <c>warning: </c>.</summary>
    public override string ToString() => $"{ActivityId ?? "-"}: {(Path.Length == 0 ? "-" : Path)}: {(IsError ? "" : "warning: ")}{Message}";

    /// <summary>A warning: something Elsa 3 runs fine.</summary>
    public static ValidationProblem Warning(string? activityId, string path, string message) => new(activityId, path, message, ProblemSeverity.Warning);
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
