namespace RelatieWerkstroom.Casework.Tests.Support;

/// <summary>A discretion point decided through the worklist.</summary>
/// <param name="OfferedDefault">The default the worklist showed (the municipality's or the definition's).</param>
public sealed record DecisionMade(string DefinitionId, string ActivityId, string InstanceId, string DiscretionId, string Option, string OfferedDefault,
    string? Reason, string Role);
