namespace RelatieWerkstroom.Simulation;

/// <summary>
/// The discrete-event calendar: what happens when, earliest first and, at the same moment, in the order it was planned.
/// Nothing is planned before the clock's now, and timers due at the same moment share one sweep.
/// </summary>
internal sealed class SimulationAgenda(SimulationClock clock)
{
    private readonly PriorityQueue<SimulationEvent, (long Ticks, long Order)> _queue = new();
    private readonly HashSet<long> _sweeps = [];
    private long _order;

    /// <summary>Plans <paramref name="simulationEvent"/> at <paramref name="at"/>, or now when that has passed.</summary>
    public void Plan(DateTimeOffset at, SimulationEvent simulationEvent)
    {
        if (at < clock.GetUtcNow()) at = clock.GetUtcNow();
        _queue.Enqueue(simulationEvent, (at.UtcTicks, _order++));
    }

    /// <summary>Plans one timer sweep at <paramref name="due"/> unless one is planned then already.</summary>
    public void PlanTimerSweep(DateTimeOffset due)
    {
        if (_sweeps.Add(due.UtcTicks)) Plan(due, new SimulationEvent(SimulationEventKind.TimerSweep));
    }

    /// <summary>Takes the next event planned before <paramref name="end"/>, with its moment.</summary>
    public bool TryTakeBefore(DateTimeOffset end, out SimulationEvent next, out DateTimeOffset at)
    {
        if (_queue.TryPeek(out _, out var key) && key.Ticks < end.UtcTicks)
        {
            next = _queue.Dequeue();
            at = new DateTimeOffset(key.Ticks, TimeSpan.Zero);
            return true;
        }
        next = null!;
        at = default;
        return false;
    }
}
