using System.CommandLine;
using RelatieWerkstroom.Cli.Hosting;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Cli.Commands;

/// <summary><c>werkstroom validate FILE...</c>: one line per problem on stderr, exit 0 only when all are valid.</summary>
public static class ValidateCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("FILE") { Description = "Workflow definition files (Elsa 3 JSON)", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", "Check workflow definitions; prints FILE: ACTIVITY_ID: PATH: MESSAGE per problem") { files };
        command.SetAction(parse => Run(parse.GetValue(files) ?? [], parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(FileInfo[] files, TextWriter output, TextWriter error)
    {
        var validator = new DefinitionValidator(WerkstroomHost.CreateRegistry());
        var problemCount = 0;
        foreach (var file in files)
        {
            foreach (var problem in DefinitionFiles.Validate(file, validator))
            {
                error.WriteLine($"{file}: {problem}");
                problemCount++;
            }
        }
        if (problemCount == 0) output.WriteLine($"{files.Length} definition(s) valid");
        return problemCount == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }
}
