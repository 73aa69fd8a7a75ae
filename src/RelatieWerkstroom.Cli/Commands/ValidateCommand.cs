using System.CommandLine;
using RelatieWerkstroom.Cli.Hosting;
using RelatieWerkstroom.Engine.Validation;
using RelatieWerkstroom.Engine.Validation.Strict;

namespace RelatieWerkstroom.Cli.Commands;

/// <summary><c>werkstroom validate FILE... [--strict]</c>: one line per problem on stderr, exit 0 only when all are valid.</summary>
public static class ValidateCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("FILE") { Description = "Workflow definition files (Elsa 3 JSON)", Arity = ArgumentArity.OneOrMore };
        var strict = new Option<bool>("--strict")
        {
            Description = "Also require what friction reports need: a complete friction annotation on every activity, every " +
                "outcome connected, every path ending in an Elsa.End, and every sub-workflow among the given files",
        };
        var command = new Command("validate", "Check workflow definitions; prints FILE: ACTIVITY_ID: PATH: MESSAGE per problem") { files, strict };
        command.SetAction(parse => Run(parse.GetValue(files) ?? [], parse.GetValue(strict), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(FileInfo[] files, bool strict, TextWriter output, TextWriter error)
    {
        var registry = WerkstroomHost.CreateRegistry();
        var validator = new DefinitionValidator(registry);
        var loaded = DefinitionFiles.LoadTogether(files, validator);
        // A sub-workflow may be any definition given on the same command line (they are imported together).
        var known = loaded.Select(l => l.Result.Definition?.DefinitionId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var strictValidator = strict ? new StrictValidator(registry) : null;

        // Warnings (what Elsa 3 imports and runs) are printed too but do not fail the run.
        var problemCount = 0;
        var warningCount = 0;
        foreach (var (file, (definition, problems)) in loaded)
        {
            var all = strictValidator is not null && definition is not null && problems.Errors().Count == 0
                ? strictValidator.Validate(definition, known)
                : problems;
            foreach (var problem in all)
            {
                error.WriteLine($"{file}: {problem}");
                if (problem.IsError) problemCount++;
                else warningCount++;
            }
        }
        if (problemCount == 0)
            output.WriteLine($"{files.Length} definition(s) valid{(strict ? " (strict)" : "")}{(warningCount > 0 ? $", {warningCount} warning(s)" : "")}");
        return problemCount == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }
}
