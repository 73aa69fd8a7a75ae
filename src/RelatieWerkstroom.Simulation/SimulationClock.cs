namespace RelatieWerkstroom.Simulation;

/// <summary>
/// The simulation's virtual clock: it stands still while a burst runs and jumps to the next event. Timestamps follow it
/// as well, so durations measured inside a burst are zero and the journal does not depend on how fast the machine is.
/// </summary>
public sealed class SimulationClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start.ToUniversalTime();

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => _now;

    /// <inheritdoc />
    public override long GetTimestamp() => _now.UtcTicks;

    /// <inheritdoc />
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <summary>Moves the clock to <paramref name="moment"/>; it never goes back.</summary>
    public void MoveTo(DateTimeOffset moment)
    {
        if (moment < _now)
            throw new InvalidOperationException($"the simulation clock cannot go back from {_now:O} to {moment:O}");
        _now = moment.ToUniversalTime();
    }
}
