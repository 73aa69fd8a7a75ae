using System.Text.Json.Nodes;

namespace RelatieWerkstroom.Engine.Definitions;

/// <summary>A connection from an outcome port of one activity to the inbound port of another.</summary>
/// <param name="Index">Position in the definition's connection list (used in error paths).</param>
/// <param name="Source">Source activity id.</param>
/// <param name="SourcePort">Outcome port on the source, <c>Done</c> when not given.</param>
/// <param name="Target">Target activity id.</param>
/// <param name="TargetPort">Inbound port, <c>In</c> when not given.</param>
/// <param name="Extra">Every other property (vertices, designer data), kept for the round trip.</param>
public sealed record Connection(int Index, string Source, string SourcePort, string Target, string TargetPort, JsonObject Extra)
{
    /// <summary>Writes the connection in Elsa 3's current (nested) form.</summary>
    public JsonObject ToJson()
    {
        var result = new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = Source, ["port"] = SourcePort },
            ["target"] = new JsonObject { ["activity"] = Target, ["port"] = TargetPort },
        };
        foreach (var (key, value) in Extra) result[key] = value?.DeepClone();
        return result;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Source}.{SourcePort} -> {Target}.{TargetPort}";
}
