using System.Text.Json.Nodes;

namespace RelatieWerkstroom.Engine.Definitions;

/// <summary>A workflow variable with its declared type and initial value.</summary>
public sealed record VariableDefinition(string Id, string Name, string TypeName, JsonNode? InitialValue);
