namespace RelatieWerkstroom.Casework.Validation;

/// <summary>A casework command was refused before anything changed; the message says why, Dutch first.</summary>
public sealed class CaseworkRefusedException(RefusalKind kind, string message) : Exception(message)
{
    /// <summary>The kind of refusal.</summary>
    public RefusalKind Kind { get; } = kind;
}
