using System.Text.Json.Serialization;
using RelatieWerkstroom.Engine.LegalTime;

namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>
/// A statutory term on a case file as stored: its transitions (start, suspensions, extensions, stop) plus the deadline
/// and warning date they lead to, kept as plain values so the scheduler and the worklist can query them.
/// </summary>
public sealed record CaseClock
{
    /// <summary>Id of this run of the clock (a clock started again after a stop is a new run).</summary>
    public required string Id { get; init; }

    /// <summary>Clock name as the definition calls it, e.g. <c>beslistermijn</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The article that sets the term, e.g. "Wmo 2015 art. 2.3.5 lid 1".</summary>
    public required string LegalBasis { get; init; }

    /// <summary>The original term in English, e.g. "2 weeks".</summary>
    public required string Term { get; init; }

    /// <summary>The day of the triggering event; the term runs from the day after.</summary>
    public required DateOnly Start { get; init; }

    /// <summary>Working days before the deadline on which to warn.</summary>
    public int WarningWorkingDays { get; init; } = 5;

    /// <summary>The instance whose LegalClock activity started the clock.</summary>
    public string? InstanceId { get; init; }

    /// <summary>The LegalClock activity that started the clock.</summary>
    public string? ActivityId { get; init; }

    /// <summary>Everything that happened to the clock, oldest first (the first is the start).</summary>
    public IReadOnlyList<ClockTransition> Transitions { get; init; } = [];

    /// <summary>The last day on which the term is met; null while suspended (it is not known until the suspension ends).</summary>
    public DateOnly? Deadline { get; init; }

    /// <summary>The day to warn, <see cref="WarningWorkingDays"/> working days before the deadline; null while suspended.</summary>
    public DateOnly? WarningDate { get; init; }

    /// <summary>Whether an opschorting is open.</summary>
    public bool IsSuspended { get; init; }

    /// <summary>Days suspended by closed suspensions.</summary>
    public int SuspendedDays { get; init; }

    /// <summary>The day the clock stopped, or null while it runs.</summary>
    public DateOnly? StoppedOn { get; init; }

    /// <summary>When the scheduler recorded the deadline warning for this run (recorded once).</summary>
    public DateTimeOffset? WarningRecordedAt { get; init; }

    /// <summary>When the scheduler recorded that the deadline passed (recorded once).</summary>
    public DateTimeOffset? BreachRecordedAt { get; init; }

    /// <summary>Whether the clock still runs (it may be suspended).</summary>
    [JsonIgnore]
    public bool IsRunning => StoppedOn is null;

    /// <summary>What kind of term this is, as recorded on its start; clocks from before profiles count as the default.</summary>
    [JsonIgnore]
    public ClockProfile Profile => Transitions.Count > 0 && Transitions[0].Profile is { } profile ? profile : ClockProfile.Default;

    /// <summary>Whether the clock ended because a term of the inwoner or aanbieder passed unused.</summary>
    [JsonIgnore]
    public bool Expired => Transitions.Count > 0 && Transitions[^1].Action == ClockAction.Expire;

    /// <summary>Starts a clock and computes its deadline; without <paramref name="id"/> the run gets a random id.</summary>
    public static CaseClock Begin(string name, string legalBasis, LegalTerm term, DateOnly start, int warningWorkingDays,
        string? instanceId, string? activityId, string? actor, DateTimeOffset at, string? id = null, ClockProfile? profile = null)
    {
        var legal = new LegalClock(name, legalBasis, start, term) { Verdaging = (profile ?? ClockProfile.Default).Verdaging };
        var clock = new CaseClock
        {
            Id = id ?? Guid.NewGuid().ToString("N"),
            Name = name,
            LegalBasis = legalBasis,
            Term = term.ToString(),
            Start = start,
            WarningWorkingDays = warningWorkingDays,
            InstanceId = instanceId,
            ActivityId = activityId,
            Transitions = [new ClockTransition(ClockAction.Start, start, term.ToString(), null, actor, at) { Profile = profile }],
        };
        return clock.WithStateOf(legal);
    }

    /// <summary>
    /// Applies a suspend, resume, extend or stop on <paramref name="on"/>. Throws <see cref="InvalidOperationException"/>
    /// with the legal reason when the transition is not allowed (already suspended, extension after expiry, …).
    /// </summary>
    public CaseClock Apply(ClockAction action, DateOnly on, LegalTerm? term, string? reason, string? actor, DateTimeOffset at,
        string? furtherDelayGround = null, string? legalBasis = null)
    {
        var transition = new ClockTransition(action, on, term?.ToString(), reason, actor, at) { FurtherDelayGround = furtherDelayGround, LegalBasis = legalBasis };
        var legal = Replay(ToLegalClock(), transition);
        return (this with { Transitions = [.. Transitions, transition] }).WithStateOf(legal);
    }

    /// <summary>Rebuilds the engine's <see cref="LegalClock"/> by replaying the transitions.</summary>
    public LegalClock ToLegalClock()
    {
        var clock = new LegalClock(Name, LegalBasis, Start, LegalTerm.Parse(Term)) { Verdaging = Profile.Verdaging };
        foreach (var transition in Transitions.Skip(1)) clock = Replay(clock, transition);
        return clock;
    }

    /// <summary>Whether the deadline has passed on <paramref name="today"/> (for a stopped clock: whether it had when it stopped).</summary>
    public bool IsBreached(DateOnly today) => ToLegalClock().IsBreached(today);

    private static LegalClock Replay(LegalClock clock, ClockTransition t) => t.Action switch
    {
        ClockAction.Suspend => clock.Suspend(t.On, t.Reason ?? ""),
        ClockAction.Resume => clock.Resume(t.On),
        ClockAction.Extend => clock.Extend(LegalTerm.Parse(t.Term ?? ""), t.Reason ?? "", t.On, t.FurtherDelayGround),
        ClockAction.Stop => clock.Stop(t.On),
        ClockAction.Expire => Expire(clock, t.On),
        _ => throw new InvalidOperationException($"clock '{clock.Name}' is already started; a start cannot be applied to it"),
    };

    // An inwoner's term ends on its legal last day, not on the day a step notices it: the clock closes on the deadline,
    // and only once that day has passed (on = the day it is noticed).
    private static LegalClock Expire(LegalClock clock, DateOnly on)
    {
        var deadline = clock.DeadlineAsOf(on);
        if (on <= deadline)
            throw new InvalidOperationException(
                $"clock '{clock.Name}' cannot expire on {on:yyyy-MM-dd}: the term runs until {deadline:yyyy-MM-dd} inclusive");
        return clock.Stop(deadline);
    }

    private CaseClock WithStateOf(LegalClock legal) => this with
    {
        IsSuspended = legal.IsSuspended,
        SuspendedDays = legal.SuspendedDays,
        StoppedOn = legal.Stopped,
        Deadline = legal.IsSuspended ? null : legal.Deadline(),
        WarningDate = legal.IsSuspended ? null : legal.WarningDate(WarningWorkingDays),
    };
}
