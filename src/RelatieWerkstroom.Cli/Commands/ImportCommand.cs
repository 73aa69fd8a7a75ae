using System.CommandLine;
using RelatieWerkstroom.Cli.Hosting;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Cli.Commands;

/// <summary><c>werkstroom import DIR --db PATH</c>: validate every definition in DIR, store all or nothing.</summary>
public static class ImportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var dir = new Argument<DirectoryInfo>("DIR") { Description = "Folder with workflow definitions (*.json)" };
        var db = CommonOptions.Database(required: true);
        var command = new Command("import", "Validate and store every definition in a folder; nothing is stored if any is invalid") { dir, db };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(dir)!, parse.GetValue(db)!, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, ct));
        return command;
    }

    private static async Task<int> RunAsync(DirectoryInfo dir, FileInfo db, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (!dir.Exists)
        {
            error.WriteLine($"{dir}: folder not found");
            return ExitCodes.Failed;
        }
        await using var host = await WerkstroomHost.OpenAsync(db.FullName, output, ct);
        var validator = new DefinitionValidator(host.Runtime.Registry);
        var loaded = new List<(string, WorkflowDefinition)>();
        var failed = false;
        foreach (var (file, (definition, problems)) in DefinitionFiles.LoadTogether(DefinitionFiles.InFolder(dir), validator))
        {
            foreach (var p in problems) error.WriteLine($"{file}: {p}");
            failed |= problems.Errors().Count > 0;
            if (definition is not null) loaded.Add((file.ToString(), definition));
        }
        if (failed)
        {
            error.WriteLine("nothing was imported");
            return ExitCodes.Failed;
        }
        try
        {
            var stored = await host.Definitions.ImportAsync(loaded, publish: true, ct);
            foreach (var d in stored) output.WriteLine($"{d.DefinitionId} v{d.Version} ({d.Name})");
            output.WriteLine($"imported {stored.Count} definition(s) into {db}");
            return ExitCodes.Ok;
        }
        catch (DefinitionValidationException ex)
        {
            foreach (var (source, p) in ex.Problems) error.WriteLine($"{source}: {p}");
            error.WriteLine("nothing was imported");
            return ExitCodes.Failed;
        }
    }
}
