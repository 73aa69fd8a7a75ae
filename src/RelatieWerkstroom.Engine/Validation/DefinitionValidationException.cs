namespace RelatieWerkstroom.Engine.Validation;

/// <summary>Thrown when a definition (or a batch of them) is invalid; nothing was stored.</summary>
public sealed class DefinitionValidationException(IReadOnlyList<(string Source, ValidationProblem Problem)> problems)
    : Exception(BuildMessage(problems))
{
    /// <summary>Every problem, with the source (file name or definition id) it belongs to.</summary>
    public IReadOnlyList<(string Source, ValidationProblem Problem)> Problems { get; } = problems;

    private static string BuildMessage(IReadOnlyList<(string Source, ValidationProblem Problem)> problems) =>
        $"{problems.Count} problem(s) in workflow definition(s); nothing was stored:" + Environment.NewLine +
        string.Join(Environment.NewLine, problems.Select(p => $"{p.Source}: {p.Problem}"));
}
