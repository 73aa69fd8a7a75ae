namespace RelatieWerkstroom.Cli.Hosting;

/// <summary>A clock that follows real time but can jump ahead, so <c>--fast-timers</c> fires timers at once.</summary>
public sealed class VirtualClock : TimeProvider
{
    private TimeSpan _offset;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _offset;

    /// <summary>Moves the clock forward to <paramref name="moment"/> (never backwards).</summary>
    public void AdvanceTo(DateTimeOffset moment)
    {
        var now = GetUtcNow();
        if (moment > now) _offset += moment - now;
    }
}
