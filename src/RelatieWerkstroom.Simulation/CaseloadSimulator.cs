using System.Globalization;
using System.Text.Json.Nodes;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.Activities.Tasks;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Extensions;
using RelatieWerkstroom.Casework.Ids;
using RelatieWerkstroom.Casework.Outbox;
using RelatieWerkstroom.Casework.Subjects;
using RelatieWerkstroom.Casework.Time;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Engine.Validation;
using RelatieWerkstroom.Simulation.Extensions;

namespace RelatieWerkstroom.Simulation;

/// <summary>
/// Runs a caseload through the workflows on a virtual clock, as a discrete-event simulation: a <see cref="SimulationAgenda"/>
/// of (moment, event) pairs, the clock jumping to each. This class is the host: it composes Casework over the
/// simulation's in-memory stores (<see cref="SimulationExtensions.AddSimulatedWorld"/>), imports the definitions, plans
/// the <see cref="CaseArrivals"/>, opens the cases with <see cref="OpenCaseFile"/>, lets the <see cref="Caseworkers"/>
/// act on every task and discretion point that opens, fires timers through <see cref="WorkflowRuntime.ResumeDueTimersAsync"/>
/// and files bezwaarschriften as events: the paths people and the scheduler use. Everything random comes from one
/// seeded generator and ids from a seeded id generator, so the same seed gives the same journal. All stores are in memory;
/// the caller writes the result to a database afterwards.
/// </summary>
public sealed class CaseloadSimulator : IAsyncDisposable
{
    private const int MaxListedProblems = 20;
    private const string BezwaarEvent = "BezwaarOntvangen";

    private readonly SimulationRequest _request;
    private readonly SimulationSettings _settings;
    private readonly Random _random;
    // Citizens' ingebrekestellingen draw from their own stream, so the rest of a seeded run stays as it was.
    private readonly Random _defaults;
    private readonly HashSet<string> _drawnClocks = new(StringComparer.Ordinal);
    private readonly FakePeople _people;
    private readonly SimulationClock _clock;
    private readonly SimulationAgenda _agenda;
    private readonly SimulationTally _tally = new();
    private readonly ServiceProvider _services;
    private readonly IMediator _mediator;
    private readonly WorkflowRuntime _runtime;
    private readonly ICaseFileStore _caseFiles;
    private readonly InMemoryWorkflowDefinitionStore _definitionStore;
    private readonly Dictionary<string, SimulatedCase> _cases = new(StringComparer.Ordinal);
    private readonly List<string> _caseOrder = [];
    private readonly Dictionary<string, WorkflowDefinition> _versions = new(StringComparer.Ordinal);
    private readonly List<string> _problems = [];
    private Caseworkers? _caseworkers;
    private long _operations;
    private int _problemCount;

    /// <summary>Composes the in-memory casework host; <paramref name="journal"/> receives every journal entry in sequence order.</summary>
    public CaseloadSimulator(SimulationRequest request, Action<JournalEntry> journal)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Cases < 0) throw new ArgumentOutOfRangeException(nameof(request), "the number of cases cannot be negative");
        if (request.Months < 1) throw new ArgumentOutOfRangeException(nameof(request), "the period must be at least one month");
        if (request.EndMoment <= request.StartMoment) throw new ArgumentOutOfRangeException(nameof(request), "the period must end after it starts");
        _request = request;
        _settings = request.Settings;
        _random = new Random(request.Seed);
        _defaults = new Random(unchecked(request.Seed * 53 + 11));
        _people = new FakePeople(new Random(unchecked(request.Seed * 31 + 7)));
        _clock = new SimulationClock(request.StartMoment);
        _agenda = new SimulationAgenda(_clock);
        var ids = new SeededIdGenerator(unchecked(request.Seed * 17 + 3));
        Instances = new SimulationInstanceStore(journal);

        var registry = CaseworkActivities.CreateRegistry();
        var services = new ServiceCollection();
        services.AddSimulatedWorld(_clock, ids, Instances);
        services.AddSingleton(registry);
        services.AddCaseFiles();
        if (request.Municipality is { } municipality) services.AddMunicipalitySettings(municipality);
        services.AddCasework();
        var options = new RuntimeOptions { IdGenerator = () => ids.NewId("", 16) };
        services.AddSingleton(sp => new WorkflowRuntime(registry, sp.GetRequiredService<IWorkflowDefinitionStore>(), sp.GetRequiredService<IWorkflowInstanceStore>(),
            sp, _clock, TextWriter.Null, options));
        _services = services.BuildServiceProvider();
        _mediator = _services.GetRequiredService<IMediator>();
        _runtime = _services.GetRequiredService<WorkflowRuntime>();
        _caseFiles = _services.GetRequiredService<ICaseFileStore>();
        _definitionStore = _services.GetRequiredService<InMemoryWorkflowDefinitionStore>();
    }

    /// <summary>The instance store: instances, open bookmarks, journal count.</summary>
    public SimulationInstanceStore Instances { get; }

    /// <summary>The definition versions the simulation imported (to store with the result).</summary>
    public IReadOnlyList<WorkflowDefinition> StoredDefinitions => [.. _versions.Values.OrderBy(d => d.DefinitionId, StringComparer.Ordinal).ThenBy(d => d.Version)];

    /// <summary>The simulation clock; after <see cref="RunAsync"/> it stands at the end of the period.</summary>
    public DateTimeOffset Now => _clock.GetUtcNow();

    /// <summary>Runs the whole period; <paramref name="progress"/> is told about every percent.</summary>
    public async Task<SimulationOutcome> RunAsync(Action<SimulationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        await ImportAsync(cancellationToken);
        foreach (var (at, workflow, team) in CaseArrivals.Plan(_request, _random).ToList())
            _agenda.Plan(at, new SimulationEvent(SimulationEventKind.Arrival) { Workflow = workflow, Team = team });

        var start = _request.StartMoment.UtcTicks;
        var end = _request.EndMoment;
        var span = (double)(end.UtcTicks - start);
        var reported = -1;
        while (_agenda.TryTakeBefore(end, out var next, out var at))
        {
            cancellationToken.ThrowIfCancellationRequested();
            _clock.MoveTo(at);
            await HandleAsync(next, cancellationToken);
            PlanWhatOpened();

            var percent = (int)((at.UtcTicks - start) / span * 100);
            if (percent != reported && progress is not null)
            {
                reported = percent;
                progress(new SimulationProgress(percent / 100.0, _clock.GetUtcNow(), _caseOrder.Count, Instances.JournalCount));
            }
        }
        _clock.MoveTo(end);
        progress?.Invoke(new SimulationProgress(1, end, _caseOrder.Count, Instances.JournalCount));

        foreach (var instance in Instances.Instances.Where(i => i.Status == WorkflowStatus.Faulted))
            Problem($"instance {instance.Id} of {instance.DefinitionId} faulted at {instance.Incident?.ActivityId}: {instance.Incident?.Message}");

        return new SimulationOutcome
        {
            CasesOpened = _caseOrder.Count,
            Herindicaties = _tally.Herindicaties,
            Bezwaren = _tally.Bezwaren,
            Ingebrekestellingen = _tally.Ingebrekestellingen,
            TasksCompleted = _tally.TasksCompleted,
            Decisions = _tally.Decisions,
            Deviations = _tally.Deviations,
            TimersFired = _tally.TimersFired,
            Instances = Instances.InstanceCount,
            InstancesFinished = Instances.Instances.Count(i => i.Status == WorkflowStatus.Finished),
            JournalEntries = Instances.JournalCount,
            CasesPerWorkflow = _caseOrder.GroupBy(id => _cases[id].Workflow.DefinitionId, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            Problems = [.. _problems],
            ProblemCount = _problemCount,
        };
    }

    /// <summary>The case files, in the order they were opened.</summary>
    public async IAsyncEnumerable<CaseFile> CaseFilesAsync()
    {
        foreach (var id in _caseOrder)
            if (await _caseFiles.FindAsync(id) is { } file) yield return file;
    }

    /// <summary>The subjects (fake citizens), each once, in the order they were first registered.</summary>
    public async IAsyncEnumerable<CaseSubject> SubjectsAsync()
    {
        var subjects = _services.GetRequiredService<ICaseSubjectStore>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in _caseOrder)
        {
            if (_cases[id].Subject is not { } data || !seen.Add(data.Bsn)) continue;
            if (await subjects.FindByBsnAsync(data.Bsn) is { } subject) yield return subject;
        }
    }

    /// <summary>The outgoing messages, per case file in the order the cases were opened.</summary>
    public async IAsyncEnumerable<OutboxMessage> OutboxAsync()
    {
        var outbox = _services.GetRequiredService<IOutbox>();
        foreach (var id in _caseOrder)
            foreach (var message in await outbox.FindByCaseFileAsync(id))
                yield return message;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private async Task ImportAsync(CancellationToken cancellationToken)
    {
        var validator = new DefinitionValidator(_runtime.Registry);
        IReadOnlyList<WorkflowDefinition> imported;
        if (_request.DefinitionsAreStoredVersions)
        {
            // Only published versions start cases; a draft may be saved with problems.
            imported = [.. _request.Definitions.Where(d => d.IsPublished)];
            var problems = imported.SelectMany(d => validator.Validate(d).Errors().Select(p => (d.Id, p))).ToList();
            if (problems.Count > 0) throw new DefinitionValidationException(problems);
            await _definitionStore.SaveAsync(_request.Definitions, cancellationToken);
        }
        else
        {
            var service = new DefinitionService(_definitionStore, validator);
            imported = await service.ImportAsync([.. _request.Definitions.Select(d => (d.DefinitionId, d))], publish: true, cancellationToken);
        }
        foreach (var definition in imported)
            foreach (var version in await _definitionStore.FindVersionsAsync(definition.DefinitionId, cancellationToken))
                _versions[version.Id] = version;
        var missing = _settings.Workflows.Where(w => w.Share > 0 && imported.All(d => d.DefinitionId != w.DefinitionId)).Select(w => w.DefinitionId).ToList();
        if (missing.Count > 0)
            throw new SimulationSettingsException("simulation", [("workflows", $"no workflow definition found for {string.Join(", ", missing)}")]);
        _caseworkers = new Caseworkers(_settings, _random, _clock, _mediator, _caseFiles, Instances, _agenda, _tally,
            new ClockGuards(imported), new StepTimings(_settings, _versions), NextOperationId);
    }

    private async Task HandleAsync(SimulationEvent next, CancellationToken cancellationToken)
    {
        var caseworkers = _caseworkers!;
        try
        {
            switch (next.Kind)
            {
                case SimulationEventKind.Arrival:
                    await OpenAsync(next.Workflow!, next.Team!, null, null, cancellationToken);
                    break;
                case SimulationEventKind.Herindicatie:
                    var previous = next.Case!;
                    _tally.Herindicaties++;
                    await OpenAsync(previous.Workflow, previous.Team, previous.Subject, previous, cancellationToken);
                    break;
                case SimulationEventKind.Claim:
                    await caseworkers.ClaimAsync(next, cancellationToken);
                    break;
                case SimulationEventKind.Complete:
                    await caseworkers.CompleteAsync(next, cancellationToken);
                    break;
                case SimulationEventKind.Decide:
                    await caseworkers.DecideAsync(next, cancellationToken);
                    break;
                case SimulationEventKind.TimerSweep:
                    _tally.TimersFired += (await _runtime.ResumeDueTimersAsync(_clock.GetUtcNow(), cancellationToken)).Count;
                    break;
                case SimulationEventKind.Bezwaar:
                    await FileBezwaarAsync(next.Case!, cancellationToken);
                    break;
                case SimulationEventKind.Ingebrekestelling:
                    await SendIngebrekestellingAsync(next.Case!, next.ClockId!, cancellationToken);
                    break;
            }
            if (next.Case is { } touched) await PlanIngebrekestellingAsync(touched, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Problem($"{next.Kind} at {_clock.GetUtcNow():u}" + (next.Bookmark is { } b ? $" ({b.DefinitionId}/{b.Bookmark.ActivityId})" : "") + $": {ex.GetType().Name}: {ex.Message}");
        }
    }

    private async Task OpenAsync(SimulatedWorkflow workflow, SimulatedTeam team, OpenCaseFile.SubjectData? subject, SimulatedCase? previous,
        CancellationToken cancellationToken)
    {
        if (previous is null && workflow.HasSubject) subject = new OpenCaseFile.SubjectData(_people.NewBsn(), _people.NewName());
        var input = new JsonObject();
        if (previous is not null)
        {
            input["herindicatie"] = true;
            input["vorigeZaak"] = previous.CaseFileId;
            if (previous.Decision is { } decision) input["vorigBesluit"] = decision;
        }
        var title = previous is null ? workflow.Title : "Herindicatie: " + workflow.Title;
        var opener = _caseworkers!.Staff.ForFunction(team, "intake");
        var variables = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (name, values) in workflow.StartVariables) variables[name] = JsonValue.Create(Pick(values));
        var result = await _mediator.Send(new OpenCaseFile.Command(workflow.Zaaktype, team.Id, opener, subject, title, null, workflow.DefinitionId, input,
            variables.Count == 0 ? null : variables), cancellationToken);
        _cases[result.CaseFileId] = new SimulatedCase(result.CaseFileId, workflow, team, subject) { PreviousDecision = previous?.Decision };
        _caseOrder.Add(result.CaseFileId);
        await PlanIngebrekestellingAsync(_cases[result.CaseFileId], cancellationToken);
    }

    // Each beslistermijn run to which Awb 4:17 applies is drawn once, when the simulation first sees it: will the applicant
    // send an ingebrekestelling if it expires without a decision? If so, it arrives some days after the expiry.
    private async Task PlanIngebrekestellingAsync(SimulatedCase simulated, CancellationToken cancellationToken)
    {
        if (_settings.IngebrekestellingRate <= 0 || await _caseFiles.FindAsync(simulated.CaseFileId, cancellationToken) is not { } file) return;
        foreach (var clock in file.Clocks)
        {
            if (!clock.IsRunning || clock.Deadline is not { } deadline || !RegisterIngebrekestelling.Applies(clock) || !_drawnClocks.Add(clock.Id)) continue;
            if (_defaults.NextDouble() >= _settings.IngebrekestellingRate) continue;
            var expired = StartOf(deadline.AddDays(1));
            _agenda.Plan(WorkingHours.Next(expired + _settings.IngebrekestellingDelay.Sample(_defaults), _defaults),
                new SimulationEvent(SimulationEventKind.Ingebrekestelling) { Case = simulated, ClockId = clock.Id });
        }
    }

    // Sent only when the term has expired and no decision came yet; a suspension may have moved the deadline, then it comes later.
    private async Task SendIngebrekestellingAsync(SimulatedCase simulated, string clockId, CancellationToken cancellationToken)
    {
        var file = await _caseFiles.FindAsync(simulated.CaseFileId, cancellationToken);
        if (file?.Clocks.FirstOrDefault(c => c.Id == clockId) is not { IsRunning: true, Deadline: { } deadline } clock || file.Status != CaseFileStatus.Open) return;
        var today = DutchTime.Today(_clock.GetUtcNow());
        if (today <= deadline)
        {
            _agenda.Plan(WorkingHours.Next(StartOf(deadline.AddDays(1)) + _settings.IngebrekestellingDelay.Sample(_defaults), _defaults),
                new SimulationEvent(SimulationEventKind.Ingebrekestelling) { Case = simulated, ClockId = clockId });
            return;
        }
        var clerk = _caseworkers!.Staff.Pick(simulated.Team, Roles.Backoffice);
        await _mediator.Send(new RegisterIngebrekestelling.Command(clerk, simulated.CaseFileId, clock.Name, today), cancellationToken);
        _tally.Ingebrekestellingen++;
    }

    // Plans what follows on every bookmark the last event opened: a caseworker picks up a task or discretion point, the
    // scheduler fires a timer, a citizen may object to the decision.
    private void PlanWhatOpened()
    {
        foreach (var stored in Instances.TakeOpened())
        {
            if (stored.CorrelationId is null || !_cases.TryGetValue(stored.CorrelationId, out var simulated)) continue;
            var bookmark = stored.Bookmark;
            switch (bookmark.Kind)
            {
                case CaseworkBookmarkKinds.HumanTask:
                    _agenda.Plan(_caseworkers!.PickUpMoment(stored, isTask: true),
                        new SimulationEvent(SimulationEventKind.Claim) { Case = simulated, Bookmark = stored });
                    break;
                case CaseworkBookmarkKinds.DiscretionPoint:
                    _agenda.Plan(_caseworkers!.PickUpMoment(stored, isTask: false),
                        new SimulationEvent(SimulationEventKind.Decide) { Case = simulated, Bookmark = stored });
                    break;
                case BookmarkKinds.Timer when bookmark.DueAt is { } due:
                    _agenda.PlanTimerSweep(due);
                    break;
                case BookmarkKinds.Event when bookmark.Name == BezwaarEvent:
                {
                    var rate = simulated.Decision is { } decision && _settings.BezwaarRates.TryGetValue(decision, out var r) ? r : _settings.DefaultBezwaarRate;
                    if (_random.NextDouble() < rate)
                        _agenda.Plan(WorkingHours.Next(_clock.GetUtcNow() + _settings.BezwaarDelay.Sample(_random), _random),
                            new SimulationEvent(SimulationEventKind.Bezwaar) { Case = simulated });
                    break;
                }
            }
        }
    }

    private string Pick(IReadOnlyDictionary<string, double> shares)
    {
        var draw = _random.NextDouble() * shares.Values.Sum();
        foreach (var (value, share) in shares)
        {
            draw -= share;
            if (draw < 0) return value;
        }
        return shares.Keys.Last();
    }

    private async Task FileBezwaarAsync(SimulatedCase simulated, CancellationToken cancellationToken)
    {
        var clerk = _caseworkers!.Staff.Pick(simulated.Team, Roles.Backoffice);
        var payload = new JsonObject { ["ontvangenOp"] = DutchTime.Today(_clock.GetUtcNow()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        var results = await _runtime.TriggerEventAsync(BezwaarEvent, payload, simulated.CaseFileId, NextOperationId(), clerk.Id, cancellationToken);
        if (results.Count > 0) _tally.Bezwaren++;
    }

    private static DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, DutchTime.Zone.GetUtcOffset(local));
    }

    private string NextOperationId() => string.Create(CultureInfo.InvariantCulture, $"sim-{++_operations}");

    private void Problem(string message)
    {
        _problemCount++;
        if (_problems.Count < MaxListedProblems) _problems.Add(message);
    }
}
