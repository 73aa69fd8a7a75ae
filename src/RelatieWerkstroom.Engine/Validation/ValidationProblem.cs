namespace RelatieWerkstroom.Engine.Validation;

/// <summary>One problem in a definition: the activity it concerns (if any), the property path, and what is wrong.</summary>
public sealed record ValidationProblem(string? ActivityId, string Path, string Message)
{
    /// <summary>Formats as <c>ACTIVITY_ID: PATH: MESSAGE</c> (a dash when there is no activity).</summary>
    public override string ToString() => $"{ActivityId ?? "-"}: {(Path.Length == 0 ? "-" : Path)}: {Message}";
}
