using System.CommandLine;
using RelatieWerkstroom.Cli.Hosting;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Cli.Commands;

/// <summary><c>werkstroom run FILE [--db PATH] [--fast-timers]</c>: import, start and drive one definition.</summary>
public static class RunCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Workflow definition file (Elsa 3 JSON)" };
        var db = CommonOptions.Database();
        var fast = new Option<bool>("--fast-timers") { Description = "Move a virtual clock to each due timer at once" };
        var command = new Command("run", "Import and run a workflow until it finishes or waits; prints WriteLine output, then 'status: ...'")
        {
            file, db, fast,
        };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(file)!, parse.GetValue(db), parse.GetValue(fast),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, ct));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo file, FileInfo? db, bool fastTimers, TextWriter output, TextWriter error, CancellationToken ct)
    {
        await using var host = await WerkstroomHost.OpenAsync(db?.FullName, output, ct);
        var (definition, problems) = DefinitionFiles.Load(file, new DefinitionValidator(host.Runtime.Registry));
        if (definition is null || problems.Count > 0)
        {
            foreach (var p in problems) error.WriteLine($"{file}: {p}");
            return ExitCodes.Failed;
        }
        var stored = await host.Definitions.ImportAsync([(file.Name, definition)], publish: true, ct);
        var result = await host.Runtime.StartAsync(stored[0], cancellationToken: ct);
        result = await RunReporter.DriveAsync(host, result, fastTimers, error, ct);
        return RunReporter.Report(result, output, error);
    }
}
