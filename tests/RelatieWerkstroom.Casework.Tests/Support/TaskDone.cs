namespace RelatieWerkstroom.Casework.Tests.Support;

/// <summary>A human task completed through the worklist.</summary>
public sealed record TaskDone(string DefinitionId, string ActivityId, string Action, string Role);
