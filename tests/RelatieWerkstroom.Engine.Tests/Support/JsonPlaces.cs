using System.Text.Json.Nodes;

namespace RelatieWerkstroom.Engine.Tests.Support;

/// <summary>Every place in a JSON document where a value sits (object property or array item), for tests that edit one.</summary>
public static class JsonPlaces
{
    /// <summary>The parent and key (property name or index) of every value below <paramref name="node"/>, depth first.</summary>
    public static List<(JsonNode Parent, object Key)> Of(JsonNode node)
    {
        var places = new List<(JsonNode Parent, object Key)>();
        Collect(node, places);
        return places;
    }

    /// <summary>Puts <paramref name="value"/> in the place at <paramref name="place"/>.</summary>
    public static void Set((JsonNode Parent, object Key) place, JsonNode? value)
    {
        if (place.Parent is JsonObject o) o[(string)place.Key] = value;
        else if (place.Parent is JsonArray a && (int)place.Key < a.Count) a[(int)place.Key] = value;
    }

    private static void Collect(JsonNode node, List<(JsonNode, object)> into)
    {
        if (node is JsonObject o)
            foreach (var (key, value) in o.ToList())
            {
                into.Add((o, key));
                if (value is not null) Collect(value, into);
            }
        else if (node is JsonArray a)
            for (var i = 0; i < a.Count; i++)
            {
                into.Add((a, i));
                if (a[i] is { } item) Collect(item, into);
            }
    }
}
