using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Persistence;
using RelatieWerkstroom.Reports.Analysis;
using RelatieWerkstroom.Reports.Exports;
using RelatieWerkstroom.Reports.Mining;
using RelatieWerkstroom.Reports.Options;
using RelatieWerkstroom.Reports.Privacy;

namespace RelatieWerkstroom.Reports.Service;

/// <summary>
/// The report use case every host calls (the CLI's <c>report</c> command and the web API): builds the report options from
/// a <see cref="ReportFilter"/> with the lookups the journal lacks (the team of each case from the case files, every
/// stored definition version, the municipality's tariffs), then streams the journal once into the friction report, an
/// export, the process map or the drill-down.
/// </summary>
public sealed class FrictionReports(
    IDbContextFactory<WerkstroomDbContext> contexts,
    IJournalReader journal,
    IWorkflowDefinitionStore definitions,
    ReportSettings settings,
    TimeProvider? time = null)
{
    /// <summary>A journal reader wrapped by the caller, e.g. to count entries for a progress line.</summary>
    public delegate IAsyncEnumerable<JournalEntry> JournalObserver(IAsyncEnumerable<JournalEntry> journal);

    private static readonly TimeZoneInfo DefaultZone = TimeZoneInfo.FindSystemTimeZoneById(new ReportOptions().TimeZoneId);

    /// <summary>The settings the reports use (tariffs and their source).</summary>
    public ReportSettings Settings { get; } = settings;

    /// <summary>
    /// The report options for a filter: filters as moments, case→team lookup, every stored definition version (so steps of
    /// instances on older versions keep their names and annotations), tariffs and dwangsom tariffs. Throws
    /// <see cref="ArgumentException"/> for a filter with <see cref="ReportFilter.Problems"/>.
    /// </summary>
    public async Task<ReportOptions> OptionsAsync(ReportFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Problems() is { Count: > 0 } problems) throw new ArgumentException(string.Join("; ", problems.Select(p => $"{p.Field}: {p.Message}")));
        var options = new ReportOptions
        {
            From = filter.From is { } from ? ReportFilter.StartOf(from, DefaultZone) : null,
            To = filter.To is { } to ? ReportFilter.StartOf(to.AddDays(1), DefaultZone) : null,
            Workflows = filter.Workflows.Count == 0 ? null : filter.Workflows.ToHashSet(StringComparer.Ordinal),
            Versions = filter.Versions.Count == 0 ? null : filter.Versions.ToHashSet(),
            Teams = filter.Teams.Count == 0 ? null : filter.Teams.ToHashSet(StringComparer.OrdinalIgnoreCase),
            TeamLookup = new DictionaryCaseTeamLookup(await TeamsAsync(cancellationToken)),
            Definitions = await DefinitionsAsync(cancellationToken),
            Tariffs = Settings.Tariffs,
            Dwangsom = Settings.Dwangsom,
        };
        options.Validate();
        return options;
    }

    /// <summary>The friction report over the filtered cases.</summary>
    public async Task<FrictionReport> AnalyzeAsync(ReportFilter filter, JournalObserver? observe = null, CancellationToken cancellationToken = default)
    {
        var options = await OptionsAsync(filter, cancellationToken);
        return await new FrictionAnalyzer(options, time).AnalyzeAsync(Read(observe, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Writes one export of the filtered cases to <paramref name="output"/> (CSV as a zip of one file per table). The event
    /// logs need <paramref name="pseudonymizer"/>; without one they are refused with <see cref="ExportRefusedException"/>
    /// before anything is read.
    /// </summary>
    public async Task WriteAsync(ReportFormat format, ReportFilter filter, Stream output, Pseudonymizer? pseudonymizer,
        JournalObserver? observe = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(output);
        if (format.IsEventLog && pseudonymizer is null)
            throw new ExportRefusedException(
                $"Export geweigerd: voor {format.Id.ToUpperInvariant()} is een pseudonimiseringssleutel nodig ({Pseudonymizer.ConfigurationKey} of {Pseudonymizer.EnvironmentVariable}). " +
                $"(Export refused: no pseudonymisation key configured.)");
        if (format.IsEventLog)
        {
            var options = await OptionsAsync(filter, cancellationToken);
            var entries = Read(observe, cancellationToken);
            if (format == ReportFormat.Xes) await new XesExporter(options, pseudonymizer!).WriteAsync(entries, output, cancellationToken);
            else await new OcelExporter(options, pseudonymizer!).WriteAsync(entries, output, cancellationToken);
            return;
        }

        var report = await AnalyzeAsync(filter, observe, cancellationToken);
        await WriteSummaryAsync(format, report, output, cancellationToken);
    }

    /// <summary>Writes a summary format (csv zip, xlsx, pdf, html) of a report that was already built.</summary>
    public static async Task WriteSummaryAsync(ReportFormat format, FrictionReport report, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (format == ReportFormat.Xlsx) XlsxReportExporter.Write(report, output);
        else if (format == ReportFormat.Pdf) PdfReportExporter.Write(report, output);
        else if (format == ReportFormat.Html)
        {
            await using var writer = new StreamWriter(output, new System.Text.UTF8Encoding(false), leaveOpen: true);
            await HtmlReportExporter.WriteAsync(report, writer, cancellationToken);
        }
        else if (format == ReportFormat.Csv)
        {
            using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
            foreach (var table in ReportTables.From(report))
            {
                var entry = zip.CreateEntry(table.Id + ".csv", CompressionLevel.Optimal);
                await using var stream = entry.Open();
                await using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(true));
                await CsvReportExporter.WriteAsync(table, writer, cancellationToken);
            }
        }
        else throw new ArgumentException($"{format.Id} is not a summary format; use WriteAsync for event logs", nameof(format));
    }

    /// <summary>The directly-follows graph of <paramref name="workflow"/> over the filtered cases (the filter's workflows are ignored).</summary>
    public async Task<ProcessMap> ProcessMapAsync(string workflow, ReportFilter filter, CancellationToken cancellationToken = default)
    {
        var options = await OptionsAsync(filter with { Workflows = [] }, cancellationToken);
        return await new ProcessMapAnalyzer(options, workflow).AnalyzeAsync(Read(null, cancellationToken), cancellationToken);
    }

    /// <summary>Page <paramref name="page"/> of the pseudonymised cases behind a figure: the filtered cases that meet <paramref name="criteria"/>.</summary>
    public async Task<CasePage> CasesAsync(ReportFilter filter, CaseCriteria criteria, Pseudonymizer pseudonymizer, int page, int pageSize,
        CancellationToken cancellationToken = default)
    {
        var options = await OptionsAsync(filter, cancellationToken);
        return await new CaseDrillDown(options, pseudonymizer).FindAsync(Read(null, cancellationToken), criteria, page, pageSize, cancellationToken);
    }

    /// <summary>How many instances each workflow (definition id) has, over all versions: one grouped count on an indexed column.</summary>
    public async Task<IReadOnlyDictionary<string, int>> InstancesPerWorkflowAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Instances.AsNoTracking().GroupBy(i => i.DefinitionId).Select(g => new { Id = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Id, g => g.Count, StringComparer.Ordinal, cancellationToken);
    }

    /// <summary>A screen with the names and BSNs of every subject in the database, for texts that reach an auditor.</summary>
    public async Task<PersonalDataScreen> PersonalDataScreenAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var subjects = await db.CaseSubjects.AsNoTracking().Select(s => new { s.Name, s.Bsn }).ToListAsync(cancellationToken);
        return new PersonalDataScreen(subjects.Select(s => s.Name), subjects.Select(s => s.Bsn));
    }

    /// <summary>The journal in sequence order, through the observer when there is one.</summary>
    internal IAsyncEnumerable<JournalEntry> Read(JournalObserver? observe, CancellationToken cancellationToken)
    {
        var entries = journal.ReadAsync(cancellationToken: cancellationToken);
        return observe is null ? entries : observe(entries);
    }

    // The team of every case, from the case files (one small query instead of one per case).
    private async Task<IReadOnlyDictionary<string, string>> TeamsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.CaseFiles.AsNoTracking().Select(f => new { f.Id, f.Team })
            .ToDictionaryAsync(f => f.Id, f => f.Team, StringComparer.Ordinal, cancellationToken);
    }

    private async Task<IReadOnlyList<WorkflowDefinition>> DefinitionsAsync(CancellationToken cancellationToken)
    {
        var all = new List<WorkflowDefinition>();
        foreach (var latest in await definitions.ListLatestAsync(cancellationToken))
            all.AddRange(await definitions.FindVersionsAsync(latest.DefinitionId, cancellationToken));
        return all;
    }
}
