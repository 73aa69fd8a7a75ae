namespace RelatieWerkstroom.Cli.Tests.Support;

/// <summary>Tests that share the simulated caseloads (simulated once, read by many).</summary>
[CollectionDefinition(Name)]
public sealed class SimulatedCaseloadsCollection : ICollectionFixture<SimulatedCaseloads>
{
    public const string Name = "Simulated caseloads";
}
