namespace RelatieWerkstroom.Engine.LegalTime;

/// <summary>The outcome of <see cref="DeadlineCalculation.Compute"/>: the clock that was built and how its deadline was reached.</summary>
/// <param name="Clock">The legal clock with the given suspensions and extension.</param>
/// <param name="Breakdown">The deadline step by step.</param>
public sealed record DeadlineCalculationResult(LegalClock Clock, DeadlineBreakdown Breakdown)
{
    /// <summary>The last day on which the term is met.</summary>
    public DateOnly Deadline => Breakdown.Deadline;
}
