namespace RelatieWerkstroom.Reports.Tests.Support;

/// <summary>A clock that always says the same time, so report manifests are reproducible.</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public static FixedTime Default { get; } = new(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}
