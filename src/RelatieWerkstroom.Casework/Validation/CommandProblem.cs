namespace RelatieWerkstroom.Casework.Validation;

/// <summary>One thing wrong with a command: the property it concerns and what is wrong, Dutch first.</summary>
public sealed record CommandProblem(string Property, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Property}: {Message}";
}
