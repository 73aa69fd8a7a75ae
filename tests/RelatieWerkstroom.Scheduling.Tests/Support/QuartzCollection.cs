namespace RelatieWerkstroom.Scheduling.Tests.Support;

/// <summary>Tests that run real Quartz schedulers take turns: they wait on real time and share two cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class QuartzCollection
{
    public const string Name = "Quartz";
}
