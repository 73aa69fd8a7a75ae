namespace RelatieWerkstroom.Reports.Internal;

// Aggregation keys and accumulators of the friction analysis. One accumulator per group; memory is bounded by the
// number of groups (workflows × versions × steps × teams × months), never by the number of events.

internal readonly record struct StepKey(string Workflow, int Version, string StepId, string StepName, string Origin, string Team, string Period);

internal readonly record struct BurdenKey(string Workflow, int Version, string StepId, string StepName, string Origin, string Actor, string Team, string Period);

internal readonly record struct ClockKey(string Workflow, int Version, string Team, string Period, string Clock);

internal readonly record struct CaseGroupKey(string Workflow, int Version, string Team, string Period);

internal readonly record struct DiscretionKey(string Workflow, int Version, string DiscretionId, string Team, string Period);

internal readonly record struct OptionKey(string Workflow, string DiscretionId, string Team, string Option);

internal readonly record struct ReasonKey(string Workflow, string Clock, string Action, string Reason);

internal readonly record struct BezwaarKey(string Workflow, string Option);

/// <summary>Base of every accumulator: distinct cases (counted when a case is folded) and contributing events.</summary>
internal abstract class Accumulator
{
    public int Cases;
    public long Events;
}

internal sealed class TouchWaitAccumulator : Accumulator
{
    public int Executions;
    public double TouchSeconds;
    public double NominalMinutes;
    public double WaitStaffSeconds;
    public double WaitDecisionSeconds;
    public double WaitTimerSeconds;
    public double WaitExternalSeconds;

    public double WaitSeconds => WaitStaffSeconds + WaitDecisionSeconds + WaitTimerSeconds + WaitExternalSeconds;
}

internal sealed class BurdenAccumulator(StepMeta meta) : Accumulator
{
    public StepMeta Meta { get; } = meta;
    public int Executions;
    public double ProfessionalMinutes;
    public double CitizenMinutes;
    public decimal OutOfPocket;
}

internal sealed class ClockAccumulator : Accumulator
{
    public string? LegalBasis;
    public string? Term;
    public int Decided;
    public int Open;
    public int Within;
    public readonly Histogram LeadDays = new();
    public readonly Histogram MarginDays = new();
    public int Warnings;
    public int Breached;
    public int Ingebrekestellingen;
    public decimal DwangsomOwed;
    public decimal PotentialExposure;
    public int CasesSuspended;
    public int Suspensions;
    public int SuspendedDays;
    public int CasesExtended;
    public int Extensions;
}

internal sealed class ReworkAccumulator : Accumulator
{
    public int Instances;
    public int InstancesWithRework;
    public int ExtraExecutions;
}

internal sealed class HandoverAccumulator : Accumulator
{
    public int RoleHandovers;
    public int ActorHandovers;
    public int PingPongs;
}

internal sealed class DiscretionAccumulator : Accumulator
{
    public int Decisions;
    public int Deviations;
    public int ReasonsGiven;
    public long ReasonLengthSum;
}

internal sealed class CountAccumulator : Accumulator
{
    public int Count;
    public bool Flag;
}

internal sealed class BezwaarAccumulator : Accumulator
{
    public int Decisions;
    public int Bezwaren;
}

internal sealed class ReassessmentAccumulator : Accumulator
{
    public int Reassessments;
    public int Unchanged;
}

/// <summary>Distinct variants of one workflow with their instance counts, capped so memory stays bounded.</summary>
internal sealed class VariantTable(int capacity)
{
    public readonly Dictionary<string, int> Counts = new(StringComparer.Ordinal);
    public int Instances;
    public int BeyondLimit;

    public void Add(string variant)
    {
        Instances++;
        if (Counts.TryGetValue(variant, out var count)) Counts[variant] = count + 1;
        else if (Counts.Count < capacity) Counts[variant] = 1;
        else BeyondLimit++;
    }
}
