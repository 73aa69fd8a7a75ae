namespace RelatieWerkstroom.Casework.Validation;

/// <summary>Checks a command's shape before its handler runs; returns every problem at once.</summary>
public interface ICommandValidator<in TCommand>
{
    /// <summary>The problems with the command; empty when it is acceptable.</summary>
    IEnumerable<CommandProblem> Validate(TCommand command);
}
