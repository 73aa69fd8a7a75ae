namespace RelatieWerkstroom.Casework.Validation;

/// <summary>A command was not well-formed; nothing was changed. Lists every problem.</summary>
public sealed class CommandValidationException(IReadOnlyList<CommandProblem> problems)
    : Exception(string.Join("; ", problems.Select(p => p.ToString())))
{
    /// <summary>What is wrong, per property.</summary>
    public IReadOnlyList<CommandProblem> Problems { get; } = problems;
}
