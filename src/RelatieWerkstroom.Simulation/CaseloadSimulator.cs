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
using RelatieWerkstroom.Casework.Worklist;
using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Simulation;

/// <summary>
/// Runs a caseload through the workflows on a virtual clock, as a discrete-event simulation: a queue of (moment,
/// action) pairs, the clock jumping to each. Cases are opened with <see cref="OpenCaseFile"/>, tasks are claimed and
/// completed with <see cref="ClaimTask"/> and <see cref="CompleteTask"/>, discretion points are decided with
/// <see cref="DecideDiscretionPoint"/> (with a reason when deviating), timers fire through
/// <see cref="WorkflowRuntime.ResumeDueTimersAsync"/> and bezwaarschriften arrive as events: the paths people and the
/// scheduler use. Everything random comes from one seeded generator and ids from a seeded id generator, so the same
/// seed gives the same journal. All stores are in memory; the caller writes the result to a database afterwards.
/// </summary>
public sealed class CaseloadSimulator : IAsyncDisposable
{
    private const int MaxListedProblems = 20;
    private const string BezwaarEvent = "BezwaarOntvangen";

    private static readonly string[] Reasons =
    [
        "Maatwerk: de situatie wijkt af van het standaardgeval; zie het gespreksverslag (simulatie).",
        "Afgewogen na overleg met de teamleider (simulatie).",
        "Bijzondere omstandigheden rechtvaardigen een andere keuze; onderbouwing in het dossier (simulatie).",
        "Uit het onderzoek blijkt dat de standaardoptie hier niet past, gelet op de ondersteuningsbehoefte en de eigen mogelijkheden (simulatie).",
        "Andere keuze op advies van de specialist (simulatie).",
    ];

    private readonly SimulationRequest _request;
    private readonly SimulationSettings _settings;
    private readonly Random _random;
    private readonly FakePeople _people;
    private readonly SimulationClock _clock;
    private readonly ServiceProvider _services;
    private readonly IMediator _mediator;
    private readonly WorkflowRuntime _runtime;
    private readonly ICaseFileStore _caseFiles;
    private readonly InMemoryWorkflowDefinitionStore _definitionStore = new();
    private readonly PriorityQueue<SimulationEvent, (long Ticks, long Order)> _queue = new();
    private readonly Dictionary<string, SimulatedCase> _cases = new(StringComparer.Ordinal);
    private readonly List<string> _caseOrder = [];
    private readonly Dictionary<string, User> _users = new(StringComparer.Ordinal);
    private readonly HashSet<long> _sweeps = [];
    private readonly Dictionary<string, WorkflowDefinition> _versions = new(StringComparer.Ordinal);
    private readonly List<string> _problems = [];
    private ClockGuards? _guards;
    private long _order;
    private long _operations;
    private int _problemCount;
    private int _herindicaties;
    private int _bezwaren;
    private int _tasks;
    private int _decisions;
    private int _deviations;
    private int _timers;

    /// <summary>Composes the in-memory casework host; <paramref name="journal"/> receives every journal entry in sequence order.</summary>
    public CaseloadSimulator(SimulationRequest request, Action<JournalEntry> journal)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Cases < 0) throw new ArgumentOutOfRangeException(nameof(request), "the number of cases cannot be negative");
        if (request.Months < 1) throw new ArgumentOutOfRangeException(nameof(request), "the period must be at least one month");
        _request = request;
        _settings = request.Settings;
        _random = new Random(request.Seed);
        _people = new FakePeople(new Random(unchecked(request.Seed * 31 + 7)));
        _clock = new SimulationClock(request.StartMoment);
        var ids = new SeededIdGenerator(unchecked(request.Seed * 17 + 3));
        Instances = new SimulationInstanceStore(journal);

        var registry = ActivityRegistry.CreateWithCoreActivities().AddFromAssembly(typeof(HumanTask).Assembly);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_clock);
        services.AddSingleton<IIdGenerator>(ids);
        services.AddSingleton(registry);
        services.AddSingleton<IWorkflowDefinitionStore>(_definitionStore);
        services.AddSingleton<IWorkflowInstanceStore>(Instances);
        services.AddSingleton<ICaseFileStore>(new SimulationCaseFileStore());
        services.AddSingleton<IOutbox>(new SimulationOutbox());
        services.AddCaseFiles();
        if (request.Municipality is { } municipality) services.AddMunicipalitySettings(municipality);
        services.AddCasework();
        var options = new RuntimeOptions { IdGenerator = () => ids.NewId("", 16) };
        services.AddSingleton(sp => new WorkflowRuntime(registry, _definitionStore, sp.GetRequiredService<IWorkflowInstanceStore>(), sp, _clock, TextWriter.Null, options));
        _services = services.BuildServiceProvider();
        _mediator = _services.GetRequiredService<IMediator>();
        _runtime = _services.GetRequiredService<WorkflowRuntime>();
        _caseFiles = _services.GetRequiredService<ICaseFileStore>();
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
        ScheduleArrivals();

        var start = _request.StartMoment.UtcTicks;
        var end = _request.EndMoment;
        var span = (double)(end.UtcTicks - start);
        var reported = -1;
        while (_queue.TryPeek(out _, out var at) && at.Ticks < end.UtcTicks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var next = _queue.Dequeue();
            _clock.MoveTo(new DateTimeOffset(at.Ticks, TimeSpan.Zero));
            await HandleAsync(next, cancellationToken);
            ScheduleOpenedBookmarks();

            var percent = (int)((at.Ticks - start) / span * 100);
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
            Herindicaties = _herindicaties,
            Bezwaren = _bezwaren,
            TasksCompleted = _tasks,
            Decisions = _decisions,
            Deviations = _deviations,
            TimersFired = _timers,
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
        var service = new DefinitionService(_definitionStore, new DefinitionValidator(_runtime.Registry));
        var imported = await service.ImportAsync([.. _request.Definitions.Select(d => (d.DefinitionId, d))], publish: true, cancellationToken);
        foreach (var definition in imported)
            foreach (var version in await _definitionStore.FindVersionsAsync(definition.DefinitionId, cancellationToken))
                _versions[version.Id] = version;
        var missing = _settings.Workflows.Where(w => w.Share > 0 && imported.All(d => d.DefinitionId != w.DefinitionId)).Select(w => w.DefinitionId).ToList();
        if (missing.Count > 0)
            throw new SimulationSettingsException("simulation", [("workflows", $"no workflow definition found for {string.Join(", ", missing)}")]);
        _guards = new ClockGuards(imported);
    }

    // Arrivals: the counts per workflow follow the shares (largest remainder, at least one each when there are enough
    // cases), spread evenly over the working days of the period, in random order.
    private void ScheduleArrivals()
    {
        var workflows = _settings.Workflows.Where(w => w.Share > 0).ToList();
        var counts = Allocate(_request.Cases, workflows.Select(w => w.Share).ToList());
        var mix = new List<SimulatedWorkflow>(_request.Cases);
        for (var i = 0; i < workflows.Count; i++) mix.AddRange(Enumerable.Repeat(workflows[i], counts[i]));
        Shuffle(mix);

        var days = new List<DateOnly>();
        for (var day = _settings.Start; day < _settings.Start.AddMonths(_request.Months); day = day.AddDays(1))
            if (WorkingHours.IsWorkingDay(day)) days.Add(day);
        var moments = mix.Select(_ => WorkingHours.During(days[_random.Next(days.Count)], _random)).Order().ToList();
        for (var i = 0; i < mix.Count; i++)
        {
            var workflow = mix[i];
            var team = _settings.Team(workflow.Teams[_random.Next(workflow.Teams.Count)]);
            Schedule(moments[i], new SimulationEvent(SimulationEventKind.Arrival) { Workflow = workflow, Team = team });
        }
    }

    private static int[] Allocate(int total, IReadOnlyList<double> shares)
    {
        var counts = new int[shares.Count];
        if (shares.Count == 0 || total == 0) return counts;
        var minimum = total >= shares.Count ? 1 : 0;
        var rest = total - minimum * shares.Count;
        var sum = shares.Sum();
        var exact = shares.Select(s => rest * s / sum).ToArray();
        for (var i = 0; i < counts.Length; i++) counts[i] = minimum + (int)Math.Floor(exact[i]);
        var left = total - counts.Sum();
        foreach (var i in Enumerable.Range(0, counts.Length).OrderByDescending(i => exact[i] - Math.Floor(exact[i])).ThenBy(i => i).Take(left))
            counts[i]++;
        return counts;
    }

    private void Shuffle<T>(List<T> list)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }

    private void Schedule(DateTimeOffset at, SimulationEvent simulationEvent)
    {
        if (at < _clock.GetUtcNow()) at = _clock.GetUtcNow();
        _queue.Enqueue(simulationEvent, (at.UtcTicks, _order++));
    }

    private async Task HandleAsync(SimulationEvent next, CancellationToken cancellationToken)
    {
        try
        {
            switch (next.Kind)
            {
                case SimulationEventKind.Arrival:
                    await OpenAsync(next.Workflow!, next.Team!, null, null, cancellationToken);
                    break;
                case SimulationEventKind.Herindicatie:
                    var previous = next.Case!;
                    _herindicaties++;
                    await OpenAsync(previous.Workflow, previous.Team, previous.Subject, previous, cancellationToken);
                    break;
                case SimulationEventKind.Claim:
                    await ClaimAsync(next, cancellationToken);
                    break;
                case SimulationEventKind.Complete:
                    await CompleteAsync(next, cancellationToken);
                    break;
                case SimulationEventKind.Decide:
                    await DecideAsync(next, cancellationToken);
                    break;
                case SimulationEventKind.TimerSweep:
                    _timers += (await _runtime.ResumeDueTimersAsync(_clock.GetUtcNow(), cancellationToken)).Count;
                    break;
                case SimulationEventKind.Bezwaar:
                    await FileBezwaarAsync(next.Case!, cancellationToken);
                    break;
            }
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
        var opener = UserFor(team, "intake");
        var variables = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (name, values) in workflow.StartVariables) variables[name] = JsonValue.Create(Pick(values));
        var result = await _mediator.Send(new OpenCaseFile.Command(workflow.Zaaktype, team.Id, opener, subject, title, null, workflow.DefinitionId, input,
            variables.Count == 0 ? null : variables), cancellationToken);
        _cases[result.CaseFileId] = new SimulatedCase(result.CaseFileId, workflow, team, subject) { PreviousDecision = previous?.Decision };
        _caseOrder.Add(result.CaseFileId);
    }

    private void ScheduleOpenedBookmarks()
    {
        foreach (var stored in Instances.TakeOpened())
        {
            if (stored.CorrelationId is null || !_cases.TryGetValue(stored.CorrelationId, out var simulated)) continue;
            var bookmark = stored.Bookmark;
            var now = _clock.GetUtcNow();
            switch (bookmark.Kind)
            {
                case CaseworkBookmarkKinds.HumanTask:
                {
                    var wait = Timing(stored, Text(bookmark.Payload ?? [], "role"), isTask: true).Wait ?? _settings.TaskTiming.Wait!;
                    Schedule(WorkingHours.Next(now + wait.Sample(_random), _random),
                        new SimulationEvent(SimulationEventKind.Claim) { Case = simulated, Bookmark = stored });
                    break;
                }
                case CaseworkBookmarkKinds.DiscretionPoint:
                {
                    var wait = Timing(stored, null, isTask: false).Wait ?? _settings.DecisionTiming.Wait!;
                    Schedule(WorkingHours.Next(now + wait.Sample(_random), _random),
                        new SimulationEvent(SimulationEventKind.Decide) { Case = simulated, Bookmark = stored });
                    break;
                }
                case BookmarkKinds.Timer when bookmark.DueAt is { } due:
                    // One sweep per due moment: a scheduler firing every timer that is due then.
                    if (_sweeps.Add(due.UtcTicks)) Schedule(due, new SimulationEvent(SimulationEventKind.TimerSweep));
                    break;
                case BookmarkKinds.Event when bookmark.Name == BezwaarEvent:
                {
                    var rate = simulated.Decision is { } decision && _settings.BezwaarRates.TryGetValue(decision, out var r) ? r : _settings.DefaultBezwaarRate;
                    if (_random.NextDouble() < rate)
                        Schedule(WorkingHours.Next(now + _settings.BezwaarDelay.Sample(_random), _random),
                            new SimulationEvent(SimulationEventKind.Bezwaar) { Case = simulated });
                    break;
                }
            }
        }
    }

    private StepTiming Timing(StoredBookmark stored, string? role, bool isTask)
    {
        var activityId = stored.Bookmark.ActivityId;
        if (_settings.StepTiming.TryGetValue(stored.DefinitionId + "/" + activityId, out var qualified)) return Fill(qualified);
        if (_settings.StepTiming.TryGetValue(activityId, out var step)) return Fill(step);
        if (role is not null && _settings.RoleTiming.TryGetValue(role, out var byRole)) return Fill(byRole);
        return isTask ? _settings.TaskTiming : _settings.DecisionTiming;

        StepTiming Fill(StepTiming timing) => timing.Wait is null ? timing with { Wait = (isTask ? _settings.TaskTiming : _settings.DecisionTiming).Wait } : timing;
    }

    private async Task ClaimAsync(SimulationEvent claim, CancellationToken cancellationToken)
    {
        var stored = claim.Bookmark!;
        if (!Instances.IsOpen(stored.Bookmark.Id)) return;
        var payload = stored.Bookmark.Payload ?? [];
        var role = Text(payload, "role") ?? Roles.Consulent;
        var user = Text(payload, "assignee") is { } assignee ? UserWithId(assignee, claim.Case!.Team, role) : PickUser(claim.Case!.Team, role);
        await _mediator.Send(new ClaimTask.Command(user, stored.Bookmark.Id), cancellationToken);
        Schedule(WorkingHours.Next(_clock.GetUtcNow() + WorkTime(stored, role).Sample(_random), _random),
            new SimulationEvent(SimulationEventKind.Complete) { Case = claim.Case, Bookmark = stored, User = user });
    }

    private Distribution WorkTime(StoredBookmark stored, string role)
    {
        var timing = Timing(stored, role, isTask: true);
        if (timing.Work is { } work) return work;
        // Without a setting the step's own friction annotation says how long the work takes.
        if (_versions.Values.FirstOrDefault(d => d.DefinitionId == stored.DefinitionId) is { } definition
            && definition.ActivitiesById.TryGetValue(stored.Bookmark.ActivityId, out var node)
            && node.Friction?["minutes"] is JsonValue minutes && minutes.TryGetValue<double>(out var m) && m > 0)
            return Distribution.LogNormal(TimeSpan.FromMinutes(m), 0.5);
        return _settings.TaskTiming.Work ?? Distribution.Fixed(TimeSpan.FromMinutes(30));
    }

    private async Task CompleteAsync(SimulationEvent completion, CancellationToken cancellationToken)
    {
        var stored = completion.Bookmark!;
        if (!Instances.IsOpen(stored.Bookmark.Id)) return;
        var simulated = completion.Case!;
        var payload = stored.Bookmark.Payload ?? [];
        var actions = Names(payload["actions"]);
        if (actions.Count == 0) actions = [HumanTask.DefaultAction];
        var activityId = stored.Bookmark.ActivityId;
        var visits = simulated.Visit(stored.InstanceId, activityId);

        string? action = null;
        if (IsDecisionOf(simulated, stored, activityId) && simulated.PreviousDecision is { } previous && actions.Contains(previous)
            && _random.NextDouble() < _settings.HerindicatieUnchangedRate)
            action = previous;
        action ??= ChooseAction(stored, actions, visits);
        if (!await MayChangeClocksAsync(simulated, stored, action, cancellationToken))
            action = await FirstAllowedAsync(simulated, stored, actions, cancellationToken) ?? action;

        var fields = FillForm(payload["formFields"] as JsonArray);
        await _mediator.Send(new CompleteTask.Command(completion.User!, stored.Bookmark.Id, action, fields, NextOperationId()), cancellationToken);
        _tasks++;
        if (IsDecisionOf(simulated, stored, activityId)) simulated.Decision = action;
    }

    private string ChooseAction(StoredBookmark stored, IReadOnlyList<string> actions, int visits)
    {
        if (!_settings.Actions.TryGetValue(stored.DefinitionId + "/" + stored.Bookmark.ActivityId, out var chances)
            && !_settings.Actions.TryGetValue(stored.Bookmark.ActivityId, out chances))
            return actions[0];
        // A task that comes round again (another aanvulling, another verdaging) gets its exceptions less and less often.
        var damping = Math.Pow(0.5, visits - 1);
        var draw = _random.NextDouble();
        var cumulative = 0.0;
        foreach (var action in actions.Skip(1))
        {
            cumulative += chances.GetValueOrDefault(action) * damping;
            if (draw < cumulative) return action;
        }
        return actions[0];
    }

    private async Task DecideAsync(SimulationEvent decision, CancellationToken cancellationToken)
    {
        var stored = decision.Bookmark!;
        if (!Instances.IsOpen(stored.Bookmark.Id)) return;
        var simulated = decision.Case!;
        var payload = stored.Bookmark.Payload ?? [];
        var discretionId = Text(payload, "discretionId") ?? stored.Bookmark.ActivityId;
        var options = (payload["options"] as JsonArray ?? []).OfType<JsonObject>().Select(o => Text(o, "id")).OfType<string>().ToList();
        if (options.Count == 0) throw new InvalidOperationException($"discretion point {discretionId} offers no options");
        var defaultOption = Text(payload, "defaultOption") is { } d && options.Contains(d) ? d : options[0];
        simulated.Visit(stored.InstanceId, stored.Bookmark.ActivityId);

        string? option = null;
        if (IsDecisionOf(simulated, stored, discretionId) && simulated.PreviousDecision is { } previous && options.Contains(previous)
            && _random.NextDouble() < _settings.HerindicatieUnchangedRate)
            option = previous;
        option ??= ChooseOption(simulated.Team, discretionId, options, defaultOption);
        if (!await MayChangeClocksAsync(simulated, stored, option, cancellationToken))
            option = await MayChangeClocksAsync(simulated, stored, defaultOption, cancellationToken)
                ? defaultOption
                : await FirstAllowedAsync(simulated, stored, options, cancellationToken) ?? option;

        var reasonRequired = payload["reasonRequired"] is JsonValue rr && rr.TryGetValue<bool>(out var required) && required;
        var deviation = option != defaultOption;
        var reason = deviation || reasonRequired ? Reasons[_random.Next(Reasons.Length)] : null;
        var roles = Names(payload["roles"]);
        var role = roles.Count == 0 ? Roles.Consulent : roles.Count == 1 || _random.NextDouble() < 0.85 ? roles[0] : roles[1 + _random.Next(roles.Count - 1)];
        var user = PickUser(simulated.Team, role);

        await _mediator.Send(new DecideDiscretionPoint.Command(user, stored.Bookmark.Id, option, reason, NextOperationId()), cancellationToken);
        _decisions++;
        if (deviation) _deviations++;
        if (IsDecisionOf(simulated, stored, discretionId)) simulated.Decision = option;
        if (_settings.HerindicatieAfter.TryGetValue(discretionId, out var trigger) && trigger == option && simulated.Subject is not null)
            Schedule(WorkingHours.Next(_clock.GetUtcNow() + _settings.HerindicatieDelay.Sample(_random), _random),
                new SimulationEvent(SimulationEventKind.Herindicatie) { Case = simulated });
    }

    private string ChooseOption(SimulatedTeam team, string discretionId, IReadOnlyList<string> options, string defaultOption)
    {
        var behaviour = _settings.Discretion.GetValueOrDefault(discretionId);
        var rate = Math.Clamp(team.DeviationRate * (behaviour?.DeviationFactor ?? 1), 0, 1);
        if (options.Count < 2 || _random.NextDouble() >= rate) return defaultOption;
        var others = options.Where(o => o != defaultOption).ToList();
        var weights = others.Select(o => behaviour?.Weights.TryGetValue(o, out var w) == true ? w : 1.0).ToList();
        var total = weights.Sum();
        if (total <= 0) return defaultOption;
        var draw = _random.NextDouble() * total;
        for (var i = 0; i < others.Count; i++)
        {
            draw -= weights[i];
            if (draw < 0) return others[i];
        }
        return others[^1];
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

    private bool IsDecisionOf(SimulatedCase simulated, StoredBookmark stored, string id) =>
        stored.DefinitionId == simulated.Workflow.DefinitionId && simulated.Workflow.Decision == id;

    // Whether the choice may suspend or extend the clocks it reaches: only while they run, unsuspended, within their term.
    private async Task<bool> MayChangeClocksAsync(SimulatedCase simulated, StoredBookmark stored, string choice, CancellationToken cancellationToken)
    {
        var clocks = _guards!.ClocksChangedBy(stored.DefinitionId, stored.Bookmark.ActivityId, choice);
        if (clocks.Count == 0) return true;
        var file = await _caseFiles.FindAsync(simulated.CaseFileId, cancellationToken);
        var today = DutchTime.Today(_clock.GetUtcNow());
        return clocks.All(name => file?.Clock(name) is { IsRunning: true, IsSuspended: false, Deadline: { } deadline } && today <= deadline);
    }

    private async Task<string?> FirstAllowedAsync(SimulatedCase simulated, StoredBookmark stored, IReadOnlyList<string> choices, CancellationToken cancellationToken)
    {
        foreach (var choice in choices)
            if (await MayChangeClocksAsync(simulated, stored, choice, cancellationToken)) return choice;
        return null;
    }

    private async Task FileBezwaarAsync(SimulatedCase simulated, CancellationToken cancellationToken)
    {
        var clerk = PickUser(simulated.Team, Roles.Backoffice);
        var payload = new JsonObject { ["ontvangenOp"] = DutchTime.Today(_clock.GetUtcNow()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        var results = await _runtime.TriggerEventAsync(BezwaarEvent, payload, simulated.CaseFileId, NextOperationId(), clerk.Id, cancellationToken);
        if (results.Count > 0) _bezwaren++;
    }

    private JsonObject FillForm(JsonArray? form)
    {
        var values = new JsonObject();
        foreach (var field in (form ?? []).OfType<JsonObject>())
        {
            var name = Text(field, "name");
            if (name is null) continue;
            var required = field["required"] is JsonValue r && r.TryGetValue<bool>(out var flag) && flag;
            if (!required && _random.NextDouble() < 0.5) continue;
            var options = Names(field["options"]);
            var rule = _settings.FormValues.GetValueOrDefault(name);
            var today = DutchTime.Today(_clock.GetUtcNow());
            values[name] = (Text(field, "type") ?? "text").ToLowerInvariant() switch
            {
                "number" when rule is { Min: { } min, Max: { } max } => JsonValue.Create(min + (long)Math.Floor(_random.NextDouble() * (max - min + 1))),
                "number" => JsonValue.Create(_random.Next(1, 40)),
                "date" when rule?.DaysAhead is { } ahead =>
                    JsonValue.Create(today.AddDays(Math.Max(1, (int)Math.Round(ahead.Sample(_random).TotalDays))).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                "date" => JsonValue.Create(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                "boolean" => JsonValue.Create(_random.NextDouble() < 0.7),
                "text" or "textarea" when rule?.Text is { } text => JsonValue.Create(text),
                "choice" when options.Count > 0 => JsonValue.Create(_random.NextDouble() < 0.7 ? options[0] : options[_random.Next(options.Count)]),
                "textarea" => JsonValue.Create("Toelichting vastgelegd in het dossier (simulatie)."),
                _ => JsonValue.Create("Vastgelegd (simulatie)"),
            };
        }
        return values;
    }

    private User PickUser(SimulatedTeam team, string role) =>
        UserWithId(string.Create(CultureInfo.InvariantCulture, $"u-{team.Id}-{role}-{1 + _random.Next(team.StaffPerRole)}"), team, role);

    private User UserFor(SimulatedTeam team, string function) => UserWithId($"u-{team.Id}-{function}", team, Roles.Klantcontact);

    private User UserWithId(string id, SimulatedTeam team, string role)
    {
        if (!_users.TryGetValue(id, out var user))
        {
            user = new User(id, id, [role], team.Id);
            _users[id] = user;
        }
        return user;
    }

    private string NextOperationId() => string.Create(CultureInfo.InvariantCulture, $"sim-{++_operations}");

    private void Problem(string message)
    {
        _problemCount++;
        if (_problems.Count < MaxListedProblems) _problems.Add(message);
    }

    private static string? Text(JsonObject? obj, string name) =>
        obj?[name] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;

    private static List<string> Names(JsonNode? node) =>
        (node as JsonArray ?? []).OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : null).OfType<string>().ToList();
}
