using System.Text.Json.Nodes;
using MediatR;
using RelatieWerkstroom.Casework.Activities.Discretion;
using RelatieWerkstroom.Casework.Activities.Tasks;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Time;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Casework.Worklist;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Simulation;

/// <summary>
/// The caseworkers' behaviour, through the worklist as people use it: a task is claimed (by its assignee or someone of
/// the case's team with its role), worked on and completed with an action and a filled form; a discretion point is
/// decided by someone holding one of its roles, mostly with the default option and, at the team's deviation rate, with
/// another one and a reason. A choice that would suspend or extend a legal clock outside its term is not made.
/// </summary>
internal sealed class Caseworkers(
    SimulationSettings settings,
    Random random,
    SimulationClock clock,
    IMediator mediator,
    ICaseFileStore caseFiles,
    SimulationInstanceStore instances,
    SimulationAgenda agenda,
    SimulationTally tally,
    ClockGuards guards,
    StepTimings timings,
    Func<string> nextOperationId)
{
    private static readonly string[] Reasons =
    [
        "Maatwerk: de situatie wijkt af van het standaardgeval; zie het gespreksverslag (simulatie).",
        "Afgewogen na overleg met de teamleider (simulatie).",
        "Bijzondere omstandigheden rechtvaardigen een andere keuze; onderbouwing in het dossier (simulatie).",
        "Uit het onderzoek blijkt dat de standaardoptie hier niet past, gelet op de ondersteuningsbehoefte en de eigen mogelijkheden (simulatie).",
        "Andere keuze op advies van de specialist (simulatie).",
    ];

    private readonly FormFiller _forms = new(settings, random);

    /// <summary>The people, also those who open cases and file bezwaren.</summary>
    public SimulatedStaff Staff { get; } = new(random);

    /// <summary>When someone will pick up the task or discretion point that just opened.</summary>
    public DateTimeOffset PickUpMoment(StoredBookmark stored, bool isTask)
    {
        var wait = isTask
            ? timings.For(stored, NonEmpty(HumanTaskBookmark.Read(stored.Bookmark.Payload).Role), isTask: true).Wait ?? settings.TaskTiming.Wait!
            : timings.For(stored, null, isTask: false).Wait ?? settings.DecisionTiming.Wait!;
        return WorkingHours.Next(clock.GetUtcNow() + wait.Sample(random), random);
    }

    /// <summary>Claims the task and plans its completion after the work time.</summary>
    public async Task ClaimAsync(SimulationEvent claim, CancellationToken cancellationToken)
    {
        var stored = claim.Bookmark!;
        if (!instances.IsOpen(stored.Bookmark.Id)) return;
        var task = HumanTaskBookmark.Read(stored.Bookmark.Payload);
        var role = NonEmpty(task.Role) ?? Roles.Consulent;
        var user = task.Assignee is { } assignee ? Staff.WithId(assignee, claim.Case!.Team, role) : Staff.Pick(claim.Case!.Team, role);
        await mediator.Send(new ClaimTask.Command(user, stored.Bookmark.Id), cancellationToken);
        agenda.Plan(WorkingHours.Next(clock.GetUtcNow() + timings.WorkTime(stored, role).Sample(random), random),
            new SimulationEvent(SimulationEventKind.Complete) { Case = claim.Case, Bookmark = stored, User = user });
    }

    /// <summary>Completes the claimed task with an action and a filled form.</summary>
    public async Task CompleteAsync(SimulationEvent completion, CancellationToken cancellationToken)
    {
        var stored = completion.Bookmark!;
        if (!instances.IsOpen(stored.Bookmark.Id)) return;
        var simulated = completion.Case!;
        var task = HumanTaskBookmark.Read(stored.Bookmark.Payload);
        List<string> actions = [.. task.Actions];
        if (actions.Count == 0) actions = [HumanTask.DefaultAction];
        var activityId = stored.Bookmark.ActivityId;
        var visits = simulated.Visit(stored.InstanceId, activityId);

        string? action = null;
        if (IsDecisionOf(simulated, stored, activityId) && simulated.PreviousDecision is { } previous && actions.Contains(previous)
            && random.NextDouble() < settings.HerindicatieUnchangedRate)
            action = previous;
        action ??= ChooseAction(stored, actions, visits);
        if (!await MayChangeClocksAsync(simulated, stored, action, cancellationToken))
            action = await FirstAllowedAsync(simulated, stored, actions, cancellationToken) ?? action;

        var fields = _forms.Fill(task.FormFields, clock.GetUtcNow());
        await mediator.Send(new CompleteTask.Command(completion.User!, stored.Bookmark.Id, action, fields, nextOperationId()), cancellationToken);
        tally.TasksCompleted++;
        if (IsDecisionOf(simulated, stored, activityId)) simulated.Decision = action;
    }

    /// <summary>Decides the discretion point; plans a herindicatie when the settings say this choice leads to one.</summary>
    public async Task DecideAsync(SimulationEvent decision, CancellationToken cancellationToken)
    {
        var stored = decision.Bookmark!;
        if (!instances.IsOpen(stored.Bookmark.Id)) return;
        var simulated = decision.Case!;
        var point = DiscretionPointBookmark.Read(stored.Bookmark.Payload);
        var discretionId = NonEmpty(point.DiscretionId) ?? stored.Bookmark.ActivityId;
        var options = point.Options.Select(o => o.Id).ToList();
        if (options.Count == 0) throw new InvalidOperationException($"discretion point {discretionId} offers no options");
        var defaultOption = options.Contains(point.DefaultOption) ? point.DefaultOption : options[0];
        simulated.Visit(stored.InstanceId, stored.Bookmark.ActivityId);

        string? option = null;
        if (IsDecisionOf(simulated, stored, discretionId) && simulated.PreviousDecision is { } previous && options.Contains(previous)
            && random.NextDouble() < settings.HerindicatieUnchangedRate)
            option = previous;
        option ??= ChooseOption(simulated.Team, discretionId, options, defaultOption);
        if (!await MayChangeClocksAsync(simulated, stored, option, cancellationToken))
            option = await MayChangeClocksAsync(simulated, stored, defaultOption, cancellationToken)
                ? defaultOption
                : await FirstAllowedAsync(simulated, stored, options, cancellationToken) ?? option;

        var reasonRequired = point.ReasonRequired;
        var deviation = option != defaultOption;
        var reason = deviation || reasonRequired ? Reasons[random.Next(Reasons.Length)] : null;
        var roles = point.Roles;
        var role = roles.Count == 0 ? Roles.Consulent : roles.Count == 1 || random.NextDouble() < 0.85 ? roles[0] : roles[1 + random.Next(roles.Count - 1)];
        var user = Staff.Pick(simulated.Team, role);

        await mediator.Send(new DecideDiscretionPoint.Command(user, stored.Bookmark.Id, option, reason, nextOperationId()), cancellationToken);
        tally.Decisions++;
        if (deviation) tally.Deviations++;
        if (IsDecisionOf(simulated, stored, discretionId)) simulated.Decision = option;
        if (settings.HerindicatieAfter.TryGetValue(discretionId, out var trigger) && trigger == option && simulated.Subject is not null)
            agenda.Plan(WorkingHours.Next(clock.GetUtcNow() + settings.HerindicatieDelay.Sample(random), random),
                new SimulationEvent(SimulationEventKind.Herindicatie) { Case = simulated });
    }

    private string ChooseAction(StoredBookmark stored, IReadOnlyList<string> actions, int visits)
    {
        if (!settings.Actions.TryGetValue(stored.DefinitionId + "/" + stored.Bookmark.ActivityId, out var chances)
            && !settings.Actions.TryGetValue(stored.Bookmark.ActivityId, out chances))
            return actions[0];
        // A task that comes round again (another aanvulling, another verdaging) gets its exceptions less and less often.
        var damping = Math.Pow(0.5, visits - 1);
        var draw = random.NextDouble();
        var cumulative = 0.0;
        foreach (var action in actions.Skip(1))
        {
            cumulative += chances.GetValueOrDefault(action) * damping;
            if (draw < cumulative) return action;
        }
        return actions[0];
    }

    private string ChooseOption(SimulatedTeam team, string discretionId, IReadOnlyList<string> options, string defaultOption)
    {
        var behaviour = settings.Discretion.GetValueOrDefault(discretionId);
        var rate = Math.Clamp(team.DeviationRate * (behaviour?.DeviationFactor ?? 1), 0, 1);
        if (options.Count < 2 || random.NextDouble() >= rate) return defaultOption;
        var others = options.Where(o => o != defaultOption).ToList();
        var weights = others.Select(o => behaviour?.Weights.TryGetValue(o, out var w) == true ? w : 1.0).ToList();
        var total = weights.Sum();
        if (total <= 0) return defaultOption;
        var draw = random.NextDouble() * total;
        for (var i = 0; i < others.Count; i++)
        {
            draw -= weights[i];
            if (draw < 0) return others[i];
        }
        return others[^1];
    }

    private static bool IsDecisionOf(SimulatedCase simulated, StoredBookmark stored, string id) =>
        stored.DefinitionId == simulated.Workflow.DefinitionId && simulated.Workflow.Decision == id;

    // Whether the choice may suspend or extend the clocks it reaches: only while they run, unsuspended, within their term.
    private async Task<bool> MayChangeClocksAsync(SimulatedCase simulated, StoredBookmark stored, string choice, CancellationToken cancellationToken)
    {
        var clocks = guards.ClocksChangedBy(stored.DefinitionId, stored.Bookmark.ActivityId, choice);
        if (clocks.Count == 0) return true;
        var file = await caseFiles.FindAsync(simulated.CaseFileId, cancellationToken);
        var today = DutchTime.Today(clock.GetUtcNow());
        return clocks.All(name => file?.Clock(name) is { IsRunning: true, IsSuspended: false, Deadline: { } deadline } && today <= deadline);
    }

    private async Task<string?> FirstAllowedAsync(SimulatedCase simulated, StoredBookmark stored, IReadOnlyList<string> choices, CancellationToken cancellationToken)
    {
        foreach (var choice in choices)
            if (await MayChangeClocksAsync(simulated, stored, choice, cancellationToken)) return choice;
        return null;
    }

    private static string? NonEmpty(string text) => text.Length > 0 ? text : null;
}
