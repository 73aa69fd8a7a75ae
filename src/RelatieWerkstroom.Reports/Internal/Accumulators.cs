namespace RelatieWerkstroom.Reports.Internal;

// What the friction metrics share: the group keys used by more than one metric and the accumulator base. One
// accumulator per group; memory is bounded by the number of groups (workflows × versions × steps × teams × months),
// never by the number of events. Each metric's own keys and accumulators live in its file under Analysis/Metrics.

internal readonly record struct StepKey(string Workflow, int Version, string StepId, string StepName, string Origin, string Team, string Period);

internal readonly record struct CaseGroupKey(string Workflow, int Version, string Team, string Period);

/// <summary>Base of every accumulator: distinct cases (counted when a case is folded) and contributing events.</summary>
internal abstract class Accumulator
{
    public int Cases;
    public long Events;
}

/// <summary>A count with a flag, for groups that need no more (options chosen, reasons given, cases per origin).</summary>
internal sealed class CountAccumulator : Accumulator
{
    public int Count;
    public bool Flag;
}
