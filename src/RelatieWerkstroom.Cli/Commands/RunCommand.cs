using System.CommandLine;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Settings;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Cli.Hosting;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Cli.Commands;

/// <summary>
/// <c>werkstroom run FILE [--db PATH] [--fast-timers] [--team TEAM] [--municipality NAME] [--operation-id ID]</c>: import, start and drive one
/// definition. A definition with Casework activities (tasks, clocks, service steps) is started for a new case file, as the
/// web host does; with <c>--municipality</c> under that municipality's settings (teams, local defaults, bezwaar route).
/// </summary>
public static class RunCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Workflow definition file (Elsa 3 JSON)" };
        var db = CommonOptions.Database();
        var fast = new Option<bool>("--fast-timers") { Description = "Move a virtual clock to each due timer at once" };
        var team = new Option<string?>("--team")
        {
            Description = "Team that owns the case file opened for a workflow with Casework activities (default: the municipality's first team, else werkstroom-cli)",
        };
        var municipality = new Option<string?>("--municipality") { Description = "Municipality settings to run under: workflows/settings/NAME.json" };
        var workflows = new Option<DirectoryInfo>("--workflows") { Description = "Folder with settings/ (for --municipality)", DefaultValueFactory = _ => new DirectoryInfo("workflows") };
        var operation = new Option<string?>("--operation-id")
        {
            Description = "Idempotency key: the same id twice starts one instance (a client killed during run can ask again)",
        };
        var command = new Command("run", "Import and run a workflow until it finishes or waits; prints WriteLine output, then 'status: ...'")
        {
            file, db, fast, team, municipality, workflows, operation,
        };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(file)!, parse.GetValue(db), parse.GetValue(fast), parse.GetValue(team),
            parse.GetValue(municipality), parse.GetValue(workflows)!, parse.GetValue(operation), parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error, ct));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo file, FileInfo? db, bool fastTimers, string? team, string? municipality, DirectoryInfo workflows,
        string? operationId, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (operationId is not null && (operationId.Trim().Length == 0 || operationId.Any(char.IsControl)))
        {
            error.WriteLine("--operation-id: empty or with control characters; give a unique id per run, or none");
            return ExitCodes.Usage;
        }
        MunicipalitySettings? settings = null;
        if (municipality is not null)
        {
            try
            {
                settings = await MunicipalitySettingsLoader.LoadAsync(Path.Combine(workflows.FullName, "settings"), municipality, ct);
            }
            catch (SettingsFormatException ex)
            {
                error.WriteLine(ex.Message);
                return ExitCodes.Failed;
            }
        }

        team ??= settings?.Teams.FirstOrDefault()?.Id ?? CommandLineUser.Team;
        await using var host = await WerkstroomHost.OpenAsync(db?.FullName, output, ct, municipality: settings);
        var (definition, problems) = DefinitionFiles.Load(file, new DefinitionValidator(host.Runtime.Registry));
        foreach (var p in problems) error.WriteLine($"{file}: {p}");
        if (definition is null || problems.Errors().Count > 0) return ExitCodes.Failed;
        if (operationId is not null && await StartedBeforeAsync(operationId) is { } earlier)
            return earlier;

        var stored = await host.Definitions.ImportAsync([(file.Name, definition)], publish: true, ct);
        RunResult result;
        try
        {
            result = CaseworkActivities.NeedCaseFile(stored[0])
                ? await StartForCaseFileAsync(host, stored[0], team, operationId, error, ct)
                : await host.Runtime.StartAsync(stored[0], new StartOptions(InstanceId: operationId is null ? null : KeyedInstanceId(operationId)), ct);
        }
        catch (ConcurrencyConflictException) when (operationId is not null)
        {
            // Another run with the same id stored its start first: answer as that one did.
            return await StartedBeforeAsync(operationId) ?? throw new InvalidOperationException(
                $"operation '{operationId}' conflicted with another start, but no instance of it was found");
        }
        result = await RunReporter.DriveAsync(host, result, fastTimers, error, ct);
        return RunReporter.Report(result, output, error);

        // The instance an earlier run with this operation id started, reported as it stands now (exit code as for a run);
        // nothing runs again. Null when no run used the id yet.
        async Task<int?> StartedBeforeAsync(string operationId)
        {
            var instance = await host.Runtime.Instances.FindAsync(KeyedInstanceId(operationId), ct);
            if (instance is null
                && await host.Services.GetRequiredService<ICaseFileStore>().FindAsync(OpenCaseFile.KeyedId(CommandLineUser.Id, operationId), ct) is { } caseFile)
                instance = await host.Runtime.Instances.FindAsync(caseFile.InstanceIds[0], ct);
            if (instance is null) return null;
            if (instance.DefinitionId != definition.DefinitionId)
            {
                error.WriteLine($"run refused: operation id '{operationId}' already started an instance of '{instance.DefinitionId}' " +
                    $"({instance.Id}); nothing was run (use a new id for each run)");
                return ExitCodes.Failed;
            }
            error.WriteLine($"operation '{operationId}' was already carried out; nothing was run again");
            return RunReporter.Report(RunResult.From(instance), output, error);
        }
    }

    // One id per key, so a repeated run finds what the first one started.
    private static string KeyedInstanceId(string operationId) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"werkstroom run\n{operationId}")).AsSpan(0, 16));

    // Opens a case file without a citizen (the command line has no personal data to give) and starts the workflow for it.
    private static async Task<RunResult> StartForCaseFileAsync(WerkstroomHost host, WorkflowDefinition definition, string team, string? operationId,
        TextWriter error, CancellationToken ct)
    {
        var mediator = host.Services.GetRequiredService<IMediator>();
        var opened = await mediator.Send(new OpenCaseFile.Command(definition.DefinitionId, team, CommandLineUser.In(team),
            Title: $"werkstroom run {definition.DefinitionId}", DefinitionId: definition.DefinitionId, OpeningKey: operationId), ct);
        error.WriteLine($"case file: {opened.CaseFileId} (team {team})");
        return new RunResult(opened.InstanceId, opened.Status, opened.Bookmarks, [], opened.Incident);
    }
}

/// <summary>Who acts when the command line opens a case file: recorded on the case file and in the journal.</summary>
internal static class CommandLineUser
{
    public const string Team = "werkstroom-cli";

    /// <summary>The user id the command line acts under.</summary>
    public const string Id = "werkstroom-cli";

    /// <summary>The command line acting for <paramref name="team"/>.</summary>
    public static User In(string team) => new(Id, "werkstroom (command line)", ["caseworker"], team);
}
