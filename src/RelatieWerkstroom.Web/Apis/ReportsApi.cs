using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using RelatieWerkstroom.Casework.Settings;
using RelatieWerkstroom.Casework.Validation;
using RelatieWerkstroom.Casework.Worklist;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Reports.Analysis;
using RelatieWerkstroom.Reports.Mining;
using RelatieWerkstroom.Reports.Privacy;
using RelatieWerkstroom.Reports.Service;
using RelatieWerkstroom.Web.Hosting;

namespace RelatieWerkstroom.Web.Apis;

/// <summary>
/// <c>/api/reports</c>: the auditor's view. The friction report with the CLI's filters, its exports as downloads, the
/// process map, the pseudonymised cases behind a figure, and the caseworkers' red-tape flags. Only aggregates and
/// pseudonymised journals leave here: no BSN, name, address or typed-in text of a case.
/// </summary>
public static class ReportsApi
{
    /// <summary>The largest page of cases the drill-down hands out.</summary>
    public const int MaxPageSize = 100;

    /// <summary>The filters every report endpoint takes, as the CLI's <c>report</c> command does.</summary>
    /// <param name="From">Only cases whose intake is on or after this day (YYYY-MM-DD, Amsterdam time).</param>
    /// <param name="To">Only cases whose intake is on or before this day.</param>
    /// <param name="Workflow">Only cases of these workflow definition ids (repeat the parameter).</param>
    /// <param name="Version">Only cases on these definition versions.</param>
    /// <param name="Team">Only cases of these teams.</param>
    public sealed record ReportQuery(
        [property: FromQuery(Name = "from")] DateOnly? From,
        [property: FromQuery(Name = "to")] DateOnly? To,
        [property: FromQuery(Name = "workflow")] string[]? Workflow,
        [property: FromQuery(Name = "version")] int[]? Version,
        [property: FromQuery(Name = "team")] string[]? Team)
    {
        /// <summary>The use case's filter; a filter with problems is refused with a problem document naming the field.</summary>
        public ReportFilter ToFilter()
        {
            var filter = new ReportFilter
            {
                From = From,
                To = To,
                Workflows = Clean(Workflow),
                Versions = Version ?? [],
                Teams = Clean(Team),
            };
            if (filter.Problems() is { Count: > 0 } problems) throw new CommandValidationException([.. problems.Select(p => new CommandProblem(p.Field, p.Message))]);
            return filter;
        }

        private static string[] Clean(string[]? values) =>
            values?.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.Ordinal).ToArray() ?? [];
    }

    /// <summary>What the filters can be set to: the workflows with their versions and the teams.</summary>
    public sealed record ReportChoices(IReadOnlyList<WorkflowChoice> Workflows, IReadOnlyList<TeamChoice> Teams, string TariffSource);

    /// <summary>
    /// A workflow, its stored versions, the names of its discretion points (latest version), for the dashboard's labels, and
    /// how many instances it has (all versions, unfiltered), so a screen can open on the workflow with the most cases.
    /// </summary>
    public sealed record WorkflowChoice(string Id, string Name, IReadOnlyList<int> Versions, IReadOnlyList<DiscretionPointLabel> DiscretionPoints, int Instances);

    /// <summary>A team.</summary>
    public sealed record TeamChoice(string Id, string Name);

    /// <summary>The red-tape flags on one step, with the texts screened for personal data.</summary>
    public sealed record RedTapeStepView(string Workflow, string StepId, string? StepName, string? Origin, string? Basis, int Count,
        IReadOnlyList<RedTapeCount> Categories, IReadOnlyList<RedTapeNoteView> Flags);

    /// <summary>One flag: the day, the category and the caseworker's text (withheld when it may hold personal data).</summary>
    public sealed record RedTapeNoteView(DateOnly On, string Category, string Text);

    /// <summary>Maps the endpoints.</summary>
    public static RouteGroupBuilder MapReportsApi(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/reports").WithTags("Rapportage");
        reports.MapGet("/choices", ChoicesAsync).WithSummary("Werkstromen (met versies en de namen van hun beslispunten) en teams om op te filteren");
        reports.MapGet("/friction", FrictionAsync)
            .WithSummary("Het frictierapport als JSON, met de filters van de CLI")
            .WithDescription("Filters: from, to (intake day YYYY-MM-DD, Amsterdam time, both inclusive), workflow, version, team (each repeatable). " +
                "Groups of fewer cases than the threshold are suppressed.");
        reports.MapGet("/exports/{format}", ExportAsync)
            .WithSummary("Het rapport of het gepseudonimiseerde eventlog als download (csv als zip, xlsx, pdf, html, xes, ocel)")
            .WithDescription("The same filters as /api/reports/friction. XES and OCEL need the pseudonymisation key (Reports:PseudonymKey).")
            .Produces(StatusCodes.Status200OK, typeof(Stream), "application/octet-stream")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        reports.MapGet("/process-map", ProcessMapAsync)
            .WithSummary("Procesmodel van één werkstroom: directly-follows-graaf met frequenties en mediane duur, en de varianten")
            .WithDescription("workflow is required; from, to, version and team filter the cases.");
        reports.MapGet("/cases", CasesAsync)
            .WithSummary("De gepseudonimiseerde zaken achter een cijfer, met hun tijdlijn zonder persoonsgegevens")
            .WithDescription("The report filters plus what the figure is about: origin (rule origin), step (step id), discretion (discretion point id), " +
                "option (decision option). Fewer matching cases than the threshold: suppressed, no cases. Paged: page (from 1), pageSize (1-100).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        reports.MapGet("/red-tape", RedTapeAsync)
            .WithSummary("Knelpunten die medewerkers meldden, per stap met de herkomst van de regel")
            .WithDescription("Filters: from, to (day the flag was made), workflow, team.");
        return api;
    }

    private static async Task<Ok<ReportChoices>> ChoicesAsync(IWorkflowDefinitionStore definitions, IMunicipalitySettings settings, FrictionReports reports,
        CancellationToken cancellationToken)
    {
        var workflows = new List<WorkflowChoice>();
        var instances = await reports.InstancesPerWorkflowAsync(cancellationToken);
        foreach (var latest in (await definitions.ListLatestAsync(cancellationToken)).OrderBy(d => d.Name, StringComparer.CurrentCulture))
        {
            var versions = await definitions.FindVersionsAsync(latest.DefinitionId, cancellationToken);
            workflows.Add(new WorkflowChoice(latest.DefinitionId, latest.Name, [.. versions.Select(v => v.Version).Order()], ReportLabels.DiscretionPoints(latest),
                instances.GetValueOrDefault(latest.DefinitionId)));
        }

        var teams = settings.Teams.Select(t => new TeamChoice(t.Id, t.Name)).OrderBy(t => t.Name, StringComparer.CurrentCulture).ToList();
        return TypedResults.Ok(new ReportChoices(workflows, teams, reports.Settings.Tariffs.Source));
    }

    private static async Task<Ok<FrictionReport>> FrictionAsync([AsParameters] ReportQuery query, FrictionReports reports, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reports.AnalyzeAsync(query.ToFilter(), cancellationToken: cancellationToken));

    private static async Task<IResult> ExportAsync(string format, [AsParameters] ReportQuery query, FrictionReports reports, ReportPseudonyms pseudonyms,
        CancellationToken cancellationToken)
    {
        var kind = ReportFormat.Find(format)
            ?? throw new CaseworkRefusedException(RefusalKind.NotFound,
                $"Exportformaat '{format}' bestaat niet; kies uit {string.Join(", ", ReportFormat.All.Select(f => f.Id))} (unknown export format)");
        var filter = query.ToFilter();
        // Written to a temporary file first: the exporters write synchronously, and the browser gets a length to show progress against.
        var temp = new FileStream(Path.Combine(Path.GetTempPath(), $"rw-export-{Guid.NewGuid():N}"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None,
            1 << 16, FileOptions.DeleteOnClose);
        try
        {
            await reports.WriteAsync(kind, filter, temp, pseudonyms.Pseudonymizer, cancellationToken: cancellationToken);
            temp.Position = 0;
            return TypedResults.File(temp, kind.ContentType, kind.FileName);
        }
        catch
        {
            await temp.DisposeAsync();
            throw;
        }
    }

    private static async Task<Ok<ProcessMap>> ProcessMapAsync(string? workflow, [AsParameters] ReportQuery query, FrictionReports reports,
        IWorkflowDefinitionStore definitions, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(workflow)) throw new CommandValidationException([new("workflow", "Kies een werkstroom (workflow is required)")]);
        if (await definitions.FindLatestAsync(workflow, cancellationToken) is null)
            throw new CaseworkRefusedException(RefusalKind.NotFound, $"Werkstroom '{workflow}' bestaat niet (workflow not found)");
        return TypedResults.Ok(await reports.ProcessMapAsync(workflow, query.ToFilter() with { Workflows = [] }, cancellationToken));
    }

    private static async Task<Ok<CasePage>> CasesAsync([AsParameters] ReportQuery query, FrictionReports reports, ReportPseudonyms pseudonyms,
        string? origin = null, string? step = null, string? discretion = null, string? option = null, int page = 1, int pageSize = 20,
        CancellationToken cancellationToken = default)
    {
        var problems = new List<CommandProblem>();
        if (page < 1) problems.Add(new("page", $"Pagina {page} bestaat niet; de eerste is 1 (page starts at 1)"));
        if (pageSize is < 1 or > MaxPageSize) problems.Add(new("pageSize", $"Paginagrootte {pageSize} ligt niet tussen 1 en {MaxPageSize} (page size out of range)"));
        if (problems.Count > 0) throw new CommandValidationException(problems);
        var pseudonymizer = pseudonyms.Pseudonymizer
            ?? throw new ExportRefusedException($"Zaken kunnen niet gepseudonimiseerd worden getoond: stel {Pseudonymizer.ConfigurationKey} in (no pseudonymisation key configured).");
        var criteria = new CaseCriteria(Blank(origin), Blank(step), Blank(discretion), Blank(option));
        return TypedResults.Ok(await reports.CasesAsync(query.ToFilter(), criteria, pseudonymizer, page, pageSize, cancellationToken));
    }

    private static async Task<Ok<IReadOnlyList<RedTapeStepView>>> RedTapeAsync(IMediator mediator, FrictionReports reports,
        DateOnly? from = null, DateOnly? to = null, string? workflow = null, string? team = null, CancellationToken cancellationToken = default)
    {
        if (from is { } f && to is { } t && t < f) throw new CommandValidationException([new("to", "De einddatum ligt voor de begindatum (to lies before from)")]);
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        var steps = await mediator.Send(new GetRedTapeFlags.Query(
            from is { } start ? ReportFilter.StartOf(start, zone) : null,
            to is { } end ? ReportFilter.StartOf(end.AddDays(1), zone) : null,
            Blank(workflow), Blank(team)), cancellationToken);
        var screen = await reports.PersonalDataScreenAsync(cancellationToken);
        IReadOnlyList<RedTapeStepView> views = [.. steps.Select(s => new RedTapeStepView(s.DefinitionId, s.ActivityId, s.ActivityName, s.Origin, s.Basis, s.Count,
            s.Categories, [.. s.Flags.Select(n => new RedTapeNoteView(n.On, n.Category, screen.Screen(n.Text)))]))];
        return TypedResults.Ok(views);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
