namespace RelatieWerkstroom.Reports.Internal;

/// <summary>What the analysis keeps about one open case until it is folded into the aggregates.</summary>
internal sealed class CaseWork(CaseInfo info)
{
    public CaseInfo Info { get; } = info;

    public Dictionary<string, InstanceWork> Instances { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ClockWork> Clocks { get; } = new(StringComparer.Ordinal);

    /// <summary>Accumulators this case contributed to; each gets one case when the case is folded.</summary>
    public HashSet<Accumulator> Touched { get; } = new(ReferenceEqualityComparer.Instance);

    public int HumanEvents;
    public string? LastRole;
    public string? RoleBeforeLast;
    public string? LastActor;
    public int RoleHandovers;
    public int ActorHandovers;
    public int PingPongs;

    public bool HasDecisionTaken;
    public List<(string Workflow, string Option)> Decisions { get; } = [];
    public List<(string Workflow, string Option)> DiscretionOptions { get; } = [];
}

/// <summary>One workflow instance of a case: executions per step, steps in progress and the completed-step sequence.</summary>
internal sealed class InstanceWork(string workflow, int version)
{
    public string Workflow { get; } = workflow;
    public int Version { get; } = version;
    public Dictionary<string, (StepMeta Meta, int Count)> Executions { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Execution> Running { get; } = new(StringComparer.Ordinal);
    public List<string> Sequence { get; } = [];
}

/// <summary>One execution of a step, split into touch and wait segments.</summary>
internal sealed class Execution(StepMeta meta, DateTimeOffset started)
{
    public enum Phase { Active, Waiting, Claimed }

    public StepMeta Meta { get; } = meta;
    public Phase State = Phase.Active;
    public DateTimeOffset Since = started;
    public string WaitCategory = "extern";
    public double ActiveSeconds;
    public double ClaimedSeconds;
    public double ServiceSeconds;
    public double WaitStaff;
    public double WaitDecision;
    public double WaitTimer;
    public double WaitExternal;
    public bool Waited;
    public long Events = 1;

    public double TouchSeconds => Math.Max(ActiveSeconds, ServiceSeconds) + ClaimedSeconds;

    /// <summary>Ends the current segment at <paramref name="at"/> and books its time.</summary>
    public void Close(DateTimeOffset at)
    {
        var seconds = Math.Max(0, (at - Since).TotalSeconds);
        switch (State)
        {
            case Phase.Active:
                ActiveSeconds += seconds;
                break;
            case Phase.Claimed:
                ClaimedSeconds += seconds;
                break;
            case Phase.Waiting:
                switch (WaitCategory)
                {
                    case "medewerker": WaitStaff += seconds; break;
                    case "besluit": WaitDecision += seconds; break;
                    case "timer": WaitTimer += seconds; break;
                    default: WaitExternal += seconds; break;
                }

                break;
        }

        Since = at;
    }
}

/// <summary>One legal clock of a case.</summary>
internal sealed class ClockWork(string name, string workflow, int version)
{
    public string Name { get; } = name;
    public string Workflow { get; } = workflow;
    public int Version { get; } = version;
    public string? LegalBasis;
    public string? Term;
    public string? OwedBy;
    public string? TermKind;
    public string? Origin;
    public bool Expired;
    public DateOnly? Start;
    public DateOnly? Deadline;
    public DateOnly? Stopped;
    public DateOnly? SuspendedSince;
    public int Suspensions;
    public int SuspendedDays;
    public int Extensions;
    public bool BreachedEvent;
    public int Warnings;
    public DateOnly? Ingebrekestelling;
    public long Events;
}
