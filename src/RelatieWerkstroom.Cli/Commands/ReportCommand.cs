using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using RelatieWerkstroom.Casework.Settings;
using RelatieWerkstroom.Cli.Hosting;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Persistence;
using RelatieWerkstroom.Persistence.Extensions;
using RelatieWerkstroom.Reports.Analysis;
using RelatieWerkstroom.Reports.Exports;
using RelatieWerkstroom.Reports.Privacy;
using RelatieWerkstroom.Reports.Service;

namespace RelatieWerkstroom.Cli.Commands;

/// <summary>
/// <c>werkstroom report --db PATH --format csv|xlsx|pdf|html|xes|ocel --out DIR [--from D --to D --workflow ID --workflow-version N --team ID --municipality NAME]</c>:
/// streams the journal from the database into the friction report and the event-log exports and prints the paths of
/// the files it wrote. The report itself is the Reports use case (<see cref="FrictionReports"/>) the web host calls too.
/// </summary>
public static class ReportCommand
{
    /// <summary>The formats, in the order they are written.</summary>
    public static readonly IReadOnlyList<string> Formats = [.. ReportFormat.All.Select(f => f.Id)];

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var db = CommonOptions.Database(required: true);
        var format = new Option<string[]>("--format")
        {
            Description = "csv, xlsx, pdf, html, xes or ocel; repeat the option or give a comma list (xes and ocel need RW_REPORTS_PSEUDONYM_KEY)",
            Required = true,
            AllowMultipleArgumentsPerToken = false,
        };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write the files into (created when missing)", Required = true };
        var from = new Option<string?>("--from") { Description = "Only cases whose intake is on or after this day (YYYY-MM-DD, Amsterdam time)" };
        var to = new Option<string?>("--to") { Description = "Only cases whose intake is on or before this day (YYYY-MM-DD, Amsterdam time)" };
        var workflow = new Option<string[]>("--workflow") { Description = "Only cases of this workflow definition id (repeatable)" };
        var version = new Option<int[]>("--workflow-version") { Description = "Only cases on this definition version (repeatable)" };
        var team = new Option<string[]>("--team") { Description = "Only cases of this team (repeatable)" };
        var municipality = new Option<string?>("--municipality")
        {
            Description = "Municipality settings whose SKM and dwangsom tariffs the report uses: workflows/settings/NAME.json (default: placeholder tariffs, which the report says)",
        };
        var workflows = new Option<DirectoryInfo>("--workflows") { Description = "Folder with settings/ (for --municipality)", DefaultValueFactory = _ => new DirectoryInfo("workflows") };
        var command = new Command("report", "Write the friction report (csv, xlsx, pdf, html) and event logs (xes, ocel) from a database's journal")
        {
            db, format, output, from, to, workflow, version, team, municipality, workflows,
        };
        command.SetAction((parse, ct) => RunAsync(new Arguments(parse.GetValue(db)!, parse.GetValue(format) ?? [], parse.GetValue(output)!, parse.GetValue(from),
            parse.GetValue(to), parse.GetValue(workflow) ?? [], parse.GetValue(version) ?? [], parse.GetValue(team) ?? [], parse.GetValue(municipality),
            parse.GetValue(workflows)!), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, ct));
        return command;
    }

    private sealed record Arguments(FileInfo Db, string[] Formats, DirectoryInfo Out, string? From, string? To, string[] Workflows, int[] Versions,
        string[] Teams, string? Municipality, DirectoryInfo WorkflowsFolder);

    private static async Task<int> RunAsync(Arguments args, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var formats = args.Formats.SelectMany(f => f.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(f => f.ToLowerInvariant()).Distinct().ToList();
        var unknown = formats.Where(f => ReportFormat.Find(f) is null).ToList();
        if (formats.Count == 0 || unknown.Count > 0)
        {
            error.WriteLine($"--format: {(unknown.Count > 0 ? $"unknown format(s) {string.Join(", ", unknown)}" : "no format given")}; use {string.Join(", ", Formats)}");
            return ExitCodes.Usage;
        }
        if (!TryDay(args.From, "--from", error, out var fromDay) || !TryDay(args.To, "--to", error, out var toDay)) return ExitCodes.Usage;
        var filter = new ReportFilter { From = fromDay, To = toDay, Workflows = args.Workflows, Versions = args.Versions, Teams = args.Teams };
        if (filter.Problems() is { Count: > 0 } problems)
        {
            foreach (var (field, message) in problems) error.WriteLine($"--{(field == "version" ? "workflow-version" : field)}: {message}");
            return ExitCodes.Usage;
        }
        if (!args.Db.Exists)
        {
            error.WriteLine($"{args.Db}: database not found");
            return ExitCodes.Failed;
        }

        // Refuse before reading anything: without a key no event log may be written (the Reports module says why).
        var selected = ReportFormat.All.Where(f => formats.Contains(f.Id)).ToList();
        Pseudonymizer? pseudonymizer = null;
        if (selected.Any(f => f.IsEventLog))
        {
            try
            {
                pseudonymizer = Pseudonymizer.FromEnvironment();
            }
            catch (ExportRefusedException ex)
            {
                error.WriteLine(ex.Message);
                return ExitCodes.Failed;
            }
        }

        ReportSettings settings;
        try
        {
            settings = args.Municipality is { } name
                ? await ReportSettings.LoadFileAsync(Path.Combine(args.WorkflowsFolder.FullName, "settings", name + ".json"), ct)
                : ReportSettings.Placeholder;
        }
        catch (SettingsFormatException ex)
        {
            error.WriteLine(ex.Message);
            return ExitCodes.Failed;
        }
        if (args.Municipality is null) error.WriteLine("frictierapport: geen --municipality gegeven, dus voorbeeldtarieven (placeholder SKM tariffs; the report says so)");

        var services = new ServiceCollection();
        services.AddPersistence(PersistenceOptions.ForSqliteFile(args.Db.FullName));
        services.AddFrictionReports(settings);
        await using var provider = services.BuildServiceProvider();
        // A report of a database without werkstroom data would be empty: say so rather than create one.
        await provider.InitializePersistenceAsync(ct, requireExisting: true);
        var reports = provider.GetRequiredService<FrictionReports>();

        args.Out.Create();
        var written = new List<string>();
        try
        {
            var summaries = selected.Where(f => !f.IsEventLog).ToList();
            if (summaries.Count > 0)
            {
                error.WriteLine("frictierapport: journaal lezen…");
                var report = await reports.AnalyzeAsync(filter, journal => Counted(journal, "frictierapport", error), ct);
                foreach (var format in summaries) written.AddRange(await WriteSummaryAsync(format, report, args.Out.FullName, ct));
            }
            foreach (var format in selected.Where(f => f.IsEventLog))
            {
                var path = Path.Combine(args.Out.FullName, format.FileName);
                await using var stream = File.Create(path);
                await reports.WriteAsync(format, filter, stream, pseudonymizer, journal => Counted(journal, format.Id, error), ct);
                written.Add(path);
            }
        }
        catch (Exception ex) when (ex is ExportRefusedException or ArgumentException)
        {
            error.WriteLine(ex.Message);
            return ExitCodes.Failed;
        }
        foreach (var path in written) output.WriteLine(path);
        return ExitCodes.Ok;
    }

    // Files on disk: CSV as one file per table in csv/, the others as one file each.
    private static async Task<IReadOnlyList<string>> WriteSummaryAsync(ReportFormat format, FrictionReport report, string folder, CancellationToken ct)
    {
        if (format == ReportFormat.Csv) return await CsvReportExporter.WriteAsync(report, Path.Combine(folder, "csv"), ct);
        var path = Path.Combine(folder, format.FileName);
        await using (var stream = File.Create(path)) await FrictionReports.WriteSummaryAsync(format, report, stream, ct);
        return [path];
    }

    private static async IAsyncEnumerable<JournalEntry> Counted(IAsyncEnumerable<JournalEntry> journal, string what, TextWriter error)
    {
        long count = 0;
        await foreach (var entry in journal)
        {
            if (++count % 250_000 == 0) error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: {count} journaalregels gelezen"));
            yield return entry;
        }
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: {count} journaalregels verwerkt"));
    }

    private static bool TryDay(string? text, string option, TextWriter error, out DateOnly? day)
    {
        day = null;
        if (text is null) return true;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }
        error.WriteLine($"{option}: '{text}' is not a date (YYYY-MM-DD)");
        return false;
    }
}
