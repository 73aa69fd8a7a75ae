using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RelatieWerkstroom.Casework.Settings;
using RelatieWerkstroom.Cli.Hosting;
using RelatieWerkstroom.Simulation;
using RelatieWerkstroom.Simulation.Seeding;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Validation;
using RelatieWerkstroom.Persistence;
using RelatieWerkstroom.Persistence.Extensions;
using Spectre.Console;

namespace RelatieWerkstroom.Cli.Commands;

/// <summary>
/// <c>werkstroom simulate --db PATH --cases N --months M --seed S [--municipality NAME]</c>: runs a made-up caseload
/// through the reference workflows on a virtual clock and stores the result (journal, instances, definitions, case
/// files, fake subjects, outbox) in a new SQLite database in one transaction.
/// </summary>
public static class SimulateCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var db = CommonOptions.Database(required: true);
        var cases = new Option<int>("--cases") { Description = "Number of cases arriving over the period (herindicaties come on top)", DefaultValueFactory = _ => 1000 };
        var months = new Option<int>("--months") { Description = "Length of the simulated period in months", DefaultValueFactory = _ => 12 };
        var seed = new Option<int>("--seed") { Description = "Seed of every random choice; the same seed gives the same journal", DefaultValueFactory = _ => 1 };
        var municipality = new Option<string?>("--municipality") { Description = "Municipality settings to use: workflows/settings/NAME.json (teams, local defaults)" };
        var workflows = new Option<DirectoryInfo>("--workflows") { Description = "Folder with the workflow definitions", DefaultValueFactory = _ => new DirectoryInfo("workflows") };
        var config = new Option<FileInfo?>("--config") { Description = "Simulation settings (default: workflows/settings/simulation.json, else built-in values)" };
        var start = new Option<string?>("--start") { Description = "First day of the period (YYYY-MM-DD); overrides the settings" };
        var command = new Command("simulate", "Simulate a caseload through the reference workflows and store the result in a new SQLite database")
        {
            db, cases, months, seed, municipality, workflows, config, start,
        };
        command.SetAction((parse, ct) => RunAsync(new Arguments(parse.GetValue(db)!, parse.GetValue(cases), parse.GetValue(months), parse.GetValue(seed),
            parse.GetValue(municipality), parse.GetValue(workflows)!, parse.GetValue(config), parse.GetValue(start)),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, ct));
        return command;
    }

    private sealed record Arguments(FileInfo Db, int Cases, int Months, int Seed, string? Municipality, DirectoryInfo Workflows, FileInfo? Config, string? Start);

    private static async Task<int> RunAsync(Arguments args, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (args.Cases is < 1 or > 1_000_000)
        {
            error.WriteLine($"--cases: {args.Cases} is not a number of cases from 1 to 1000000");
            return ExitCodes.Usage;
        }
        if (args.Months is < 1 or > 120)
        {
            error.WriteLine($"--months: {args.Months} is not a number of months from 1 to 120");
            return ExitCodes.Usage;
        }
        var request = await PrepareAsync(args, error, ct);
        if (request is null) return ExitCodes.Failed;

        var services = new ServiceCollection();
        services.AddPersistence(PersistenceOptions.ForSqliteFile(args.Db.FullName));
        await using var provider = services.BuildServiceProvider();
        CaseloadImport.Result result;
        try
        {
            await provider.InitializePersistenceAsync(ct);
            result = await CaseloadImport.SimulateIntoAsync(provider.GetRequiredService<IDbContextFactory<WerkstroomDbContext>>(), request,
                (simulator, token) => WithProgressAsync(simulator, error, token), ct);
        }
        catch (InvalidOperationException ex)
        {
            error.WriteLine($"{args.Db}: {ex.Message}");
            return ExitCodes.Failed;
        }
        catch (Exception ex) when (ex is SimulationSettingsException or DefinitionValidationException)
        {
            error.WriteLine(ex.Message);
            return ExitCodes.Failed;
        }
        Summarize(args, request, result.Outcome, result.RowsWritten, result.Simulated, result.Stored, output, error);
        if (result.Outcome.ProblemCount == 0) return ExitCodes.Ok;
        error.WriteLine($"{result.Outcome.ProblemCount} probleem/problemen tijdens de simulatie; de gegevens zijn wel opgeslagen (problems during the simulation)");
        return ExitCodes.Failed;
    }

    // Reads definitions, settings and municipality; says what is wrong and returns null when something is.
    private static async Task<SimulationRequest?> PrepareAsync(Arguments args, TextWriter error, CancellationToken ct)
    {
        if (!args.Workflows.Exists)
        {
            error.WriteLine($"{args.Workflows}: workflow folder not found (give it with --workflows DIR)");
            return null;
        }
        var definitions = new List<WorkflowDefinition>();
        var failed = false;
        foreach (var file in DefinitionFiles.InFolder(args.Workflows))
        {
            try
            {
                definitions.Add(WorkflowDefinitionReader.Parse(await File.ReadAllTextAsync(file.FullName, ct)));
            }
            catch (Exception ex) when (ex is DefinitionFormatException or IOException)
            {
                error.WriteLine($"{file}: {ex.Message}");
                failed = true;
            }
        }
        if (failed) return null;

        var settingsDirectory = Path.Combine(args.Workflows.FullName, "settings");
        SimulationSettings settings;
        try
        {
            var configPath = args.Config?.FullName ?? Path.Combine(settingsDirectory, "simulation.json");
            settings = args.Config is not null || File.Exists(configPath) ? SimulationSettingsLoader.LoadFile(configPath) : SimulationSettings.Default;
        }
        catch (SimulationSettingsException ex)
        {
            error.WriteLine(ex.Message);
            return null;
        }
        if (args.Start is not null)
        {
            if (!DateOnly.TryParseExact(args.Start, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                error.WriteLine($"--start: '{args.Start}' is not a date (YYYY-MM-DD)");
                return null;
            }
            settings = settings with { Start = day };
        }

        MunicipalitySettings? municipality = null;
        if (args.Municipality is { } name)
        {
            try
            {
                municipality = await MunicipalitySettingsLoader.LoadAsync(settingsDirectory, name, ct);
            }
            catch (SettingsFormatException ex)
            {
                error.WriteLine(ex.Message);
                return null;
            }
            var unknown = settings.Workflows.Where(w => w.Share > 0).SelectMany(w => w.Teams).Distinct(StringComparer.OrdinalIgnoreCase)
                .Where(team => municipality.Teams.Count > 0 && !municipality.Teams.Any(t => string.Equals(t.Id, team, StringComparison.OrdinalIgnoreCase)))
                .ToList();
            if (unknown.Count > 0)
            {
                error.WriteLine($"the simulation settings use team(s) {string.Join(", ", unknown)}, which {municipality.Municipality} does not have; " +
                    $"its teams: {string.Join(", ", municipality.Teams.Select(t => t.Id))}");
                return null;
            }
        }
        return new SimulationRequest(args.Cases, args.Months, args.Seed, settings, definitions, municipality);
    }

    // A progress bar on a terminal; otherwise a plain line on stderr every ten percent, so logs stay readable.
    private static async Task<SimulationOutcome> WithProgressAsync(CaseloadSimulator simulator, TextWriter error, CancellationToken ct)
    {
        var interactive = !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        if (!interactive)
        {
            var last = -1;
            return await simulator.RunAsync(p =>
            {
                var tenth = (int)(p.Fraction * 10);
                if (tenth == last) return;
                last = tenth;
                error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"simulatie {tenth * 10,3}% — {p.VirtualNow:yyyy-MM-dd}, {p.CasesOpened} zaken, {p.JournalEntries} journaalregels"));
            }, ct);
        }
        SimulationOutcome? outcome = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Simulatie", maxValue: 100);
                outcome = await simulator.RunAsync(p =>
                {
                    task.Value = p.Fraction * 100;
                    task.Description = string.Create(CultureInfo.InvariantCulture, $"Simulatie {p.VirtualNow:yyyy-MM-dd} · {p.CasesOpened} zaken");
                }, ct);
                task.Value = 100;
            });
        return outcome!;
    }

    private static void Summarize(Arguments args, SimulationRequest request, SimulationOutcome outcome, IReadOnlyDictionary<string, long> rows,
        TimeSpan simulated, TimeSpan stored, TextWriter output, TextWriter error)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"periode: {request.Settings.Start:yyyy-MM-dd} + {args.Months} maanden, seed {args.Seed}"));
        output.WriteLine(string.Create(c, $"zaken: {outcome.CasesOpened} ({string.Join(", ", outcome.CasesPerWorkflow.Select(p => $"{p.Key} {p.Value}"))})"));
        output.WriteLine(string.Create(c, $"herindicaties: {outcome.Herindicaties}"));
        output.WriteLine(string.Create(c, $"bezwaren: {outcome.Bezwaren}"));
        output.WriteLine(string.Create(c, $"taken: {outcome.TasksCompleted}"));
        var rate = outcome.Decisions == 0 ? 0 : 100.0 * outcome.Deviations / outcome.Decisions;
        output.WriteLine(string.Create(c, $"beslissingen: {outcome.Decisions} (afwijkingen {outcome.Deviations}, {rate:0.0}%)"));
        output.WriteLine(string.Create(c, $"timers: {outcome.TimersFired}"));
        output.WriteLine(string.Create(c, $"instanties: {outcome.Instances} (afgerond {outcome.InstancesFinished})"));
        output.WriteLine(string.Create(c, $"journaal: {outcome.JournalEntries} regels"));
        output.WriteLine(string.Create(c, $"database: {args.Db.FullName} ({string.Join(", ", rows.Select(r => $"{r.Key} {r.Value}"))})"));
        output.WriteLine(string.Create(c, $"tijd: simulatie {simulated.TotalSeconds:0.0} s, opslaan {stored.TotalSeconds:0.0} s"));
        output.WriteLine(string.Create(c, $"problemen: {outcome.ProblemCount}"));
        foreach (var problem in outcome.Problems) error.WriteLine($"probleem: {problem}");
    }
}
