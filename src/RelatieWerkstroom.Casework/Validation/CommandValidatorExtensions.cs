namespace RelatieWerkstroom.Casework.Validation;

/// <summary>Runs a validator and turns its problems into a <see cref="CommandValidationException"/>.</summary>
public static class CommandValidatorExtensions
{
    /// <summary>Throws when the command has problems, so a handler never starts on bad input.</summary>
    public static void EnsureValid<TCommand>(this ICommandValidator<TCommand> validator, TCommand command)
    {
        var problems = validator.Validate(command).ToList();
        if (problems.Count > 0) throw new CommandValidationException(problems);
    }
}
