using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RelatieWerkstroom.Cli.Hosting;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Persistence;
using RelatieWerkstroom.Persistence.Extensions;
using RelatieWerkstroom.Reports.Analysis;
using RelatieWerkstroom.Reports.Exports;
using RelatieWerkstroom.Reports.Options;
using RelatieWerkstroom.Reports.Privacy;

namespace RelatieWerkstroom.Cli.Commands;

/// <summary>
/// <c>werkstroom report --db PATH --format csv|xlsx|pdf|html|xes|ocel --out DIR [--from D --to D --workflow ID --team ID]</c>:
/// streams the journal from the database into the friction report and the event-log exports and prints the paths of
/// the files it wrote.
/// </summary>
public static class ReportCommand
{
    /// <summary>The formats, in the order they are written.</summary>
    public static readonly IReadOnlyList<string> Formats = ["csv", "xlsx", "pdf", "html", "xes", "ocel"];

    private static readonly string[] EventLogFormats = ["xes", "ocel"];

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
        var team = new Option<string[]>("--team") { Description = "Only cases of this team (repeatable)" };
        var command = new Command("report", "Write the friction report (csv, xlsx, pdf, html) and event logs (xes, ocel) from a database's journal")
        {
            db, format, output, from, to, workflow, team,
        };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(db)!, parse.GetValue(format) ?? [], parse.GetValue(output)!, parse.GetValue(from), parse.GetValue(to),
            parse.GetValue(workflow) ?? [], parse.GetValue(team) ?? [], parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, ct));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo db, string[] formatArguments, DirectoryInfo outputFolder, string? fromText, string? toText,
        string[] workflows, string[] teams, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var formats = formatArguments.SelectMany(f => f.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(f => f.ToLowerInvariant()).Distinct().ToList();
        var unknown = formats.Where(f => !Formats.Contains(f)).ToList();
        if (formats.Count == 0 || unknown.Count > 0)
        {
            error.WriteLine($"--format: {(unknown.Count > 0 ? $"unknown format(s) {string.Join(", ", unknown)}" : "no format given")}; use {string.Join(", ", Formats)}");
            return ExitCodes.Usage;
        }
        if (!TryDay(fromText, "--from", error, out var fromDay) || !TryDay(toText, "--to", error, out var toDay)) return ExitCodes.Usage;
        if (fromDay is { } f && toDay is { } t && t < f)
        {
            error.WriteLine($"--to ({t:yyyy-MM-dd}) lies before --from ({f:yyyy-MM-dd})");
            return ExitCodes.Usage;
        }
        if (!db.Exists)
        {
            error.WriteLine($"{db}: database not found");
            return ExitCodes.Failed;
        }

        // Refuse before reading anything: without a key no event log may be written (the Reports module says why).
        Pseudonymizer? pseudonymizer = null;
        if (formats.Intersect(EventLogFormats).Any())
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

        var services = new ServiceCollection();
        services.AddPersistence(PersistenceOptions.ForSqliteFile(db.FullName));
        await using var provider = services.BuildServiceProvider();
        await provider.InitializePersistenceAsync(ct);
        var contexts = provider.GetRequiredService<IDbContextFactory<WerkstroomDbContext>>();
        var journal = provider.GetRequiredService<IJournalReader>();

        var options = new ReportOptions
        {
            From = fromDay is { } from ? StartOf(from) : null,
            To = toDay is { } to ? StartOf(to.AddDays(1)) : null,
            Workflows = workflows.Length == 0 ? null : workflows.ToHashSet(StringComparer.Ordinal),
            Teams = teams.Length == 0 ? null : teams.ToHashSet(StringComparer.OrdinalIgnoreCase),
            TeamLookup = new DictionaryCaseTeamLookup(await TeamsAsync(contexts, ct)),
            Definitions = await DefinitionsAsync(provider.GetRequiredService<IWorkflowDefinitionStore>(), ct),
        };

        outputFolder.Create();
        var written = new List<string>();
        try
        {
            var summaries = formats.Where(f => !EventLogFormats.Contains(f)).ToList();
            if (summaries.Count > 0)
            {
                error.WriteLine("frictierapport: journaal lezen…");
                var report = await new FrictionAnalyzer(options).AnalyzeAsync(Counted(journal.ReadAsync(cancellationToken: ct), "frictierapport", error), ct);
                foreach (var format in Formats.Where(summaries.Contains))
                    written.AddRange(await WriteSummaryAsync(format, report, outputFolder.FullName, ct));
            }
            if (formats.Contains("xes"))
            {
                var path = Path.Combine(outputFolder.FullName, "journaal.xes");
                await using var stream = File.Create(path);
                await new XesExporter(options, pseudonymizer!).WriteAsync(Counted(journal.ReadAsync(cancellationToken: ct), "xes", error), stream, ct);
                written.Add(path);
            }
            if (formats.Contains("ocel"))
            {
                var path = Path.Combine(outputFolder.FullName, "journaal.ocel.json");
                await using var stream = File.Create(path);
                await new OcelExporter(options, pseudonymizer!).WriteAsync(Counted(journal.ReadAsync(cancellationToken: ct), "ocel", error), stream, ct);
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

    private static async Task<IReadOnlyList<string>> WriteSummaryAsync(string format, FrictionReport report, string folder, CancellationToken ct)
    {
        switch (format)
        {
            case "csv":
                return await CsvReportExporter.WriteAsync(report, Path.Combine(folder, "csv"), ct);
            case "xlsx":
            {
                var path = Path.Combine(folder, "frictierapport.xlsx");
                await using (var stream = File.Create(path)) XlsxReportExporter.Write(report, stream);
                return [path];
            }
            case "pdf":
            {
                var path = Path.Combine(folder, "frictierapport.pdf");
                await using (var stream = File.Create(path)) PdfReportExporter.Write(report, stream);
                return [path];
            }
            default:
            {
                var path = Path.Combine(folder, "frictierapport.html");
                await using (var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false)))
                    await HtmlReportExporter.WriteAsync(report, writer, ct);
                return [path];
            }
        }
    }

    // The team of every case, from the case files (one small query instead of one per case).
    private static async Task<IReadOnlyDictionary<string, string>> TeamsAsync(IDbContextFactory<WerkstroomDbContext> contexts, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.CaseFiles.AsNoTracking().Select(f => new { f.Id, f.Team }).ToDictionaryAsync(f => f.Id, f => f.Team, StringComparer.Ordinal, ct);
    }

    // Every stored version, so steps of instances on older versions keep their names and annotations.
    private static async Task<IReadOnlyList<WorkflowDefinition>> DefinitionsAsync(IWorkflowDefinitionStore store, CancellationToken ct)
    {
        var all = new List<WorkflowDefinition>();
        foreach (var latest in await store.ListLatestAsync(ct)) all.AddRange(await store.FindVersionsAsync(latest.DefinitionId, ct));
        return all;
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

    private static DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Simulation.WorkingHours.Zone.GetUtcOffset(local));
    }
}
