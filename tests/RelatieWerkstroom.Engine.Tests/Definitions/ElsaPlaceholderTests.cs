using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Tests.Support;

namespace RelatieWerkstroom.Engine.Tests.Definitions;

/// <summary>
/// A workflow that went through Elsa comes back whole: Elsa saves activities of types it does not know as
/// Elsa.NotFoundActivity placeholders and moves their outgoing connections to root.customProperties.notFoundConnections;
/// the reader undoes both.
/// </summary>
public sealed class ElsaPlaceholderTests
{
    private static string Saved(string name) => Path.Combine(SharedPaths.RepositoryRoot, "tests", "fixtures", "elsa3-saved", name);

    public static TheoryData<string> ReferenceWorkflows =>
        [.. Directory.GetFiles(Path.Combine(SharedPaths.RepositoryRoot, "workflows"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    private static string Key(JsonNode? c) =>
        $"{c!["source"]!["activity"]}:{c["source"]!["port"]} -> {c["target"]!["activity"]}:{c["target"]!["port"]}";

    [Fact]
    public void Read_BezwaarSavedByElsa_EveryCustomActivityAndConnectionComesBack()
    {
        // rw5-bezwaar.elsa.json is what Elsa 3.8 saved for rw5-bezwaar.original.json (36 placeholders, 51 moved connections).
        var original = JsonNode.Parse(File.ReadAllText(Saved("rw5-bezwaar.original.json")))!;
        var elsaText = File.ReadAllText(Saved("rw5-bezwaar.elsa.json"));
        Assert.Equal(36, JsonNode.Parse(elsaText)!["root"]!["activities"]!.AsArray().Count(a => a!["type"]!.GetValue<string>() == "Elsa.NotFoundActivity"));

        var written = JsonNode.Parse(WorkflowDefinitionReader.Parse(elsaText).ToJson())!;

        var activities = written["root"]!["activities"]!.AsArray();
        Assert.DoesNotContain(activities, a => a!["type"]!.GetValue<string>() == "Elsa.NotFoundActivity");
        foreach (var expected in original["root"]!["activities"]!.AsArray().Where(a => !a!["type"]!.GetValue<string>().StartsWith("Elsa.")))
        {
            var id = expected!["id"]!.GetValue<string>();
            var actual = activities.Single(a => a!["id"]!.GetValue<string>() == id);
            Assert.True(JsonNode.DeepEquals(expected, actual), $"{id}:\n{expected.ToJsonString()}\n{actual!.ToJsonString()}");
        }
        Assert.Null(written["root"]!["customProperties"]!["notFoundConnections"]);
        Assert.Equal(original["root"]!["connections"]!.AsArray().Select(Key).Order(), written["root"]!["connections"]!.AsArray().Select(Key).Order());
    }

    [Theory]
    [MemberData(nameof(ReferenceWorkflows))]
    public void Read_ReferenceWorkflowThroughElsaStylePlaceholders_SameDocument(string file)
    {
        var text = File.ReadAllText(Path.Combine(SharedPaths.RepositoryRoot, "workflows", file));
        var expected = Normalise(JsonNode.Parse(WorkflowDefinitionReader.Parse(text).ToJson())!);
        var placeholders = ToElsaPlaceholders((JsonObject)JsonNode.Parse(text)!);
        Assert.Contains("Elsa.NotFoundActivity", placeholders.ToJsonString());

        var actual = Normalise(JsonNode.Parse(WorkflowDefinitionReader.Parse(placeholders.ToJsonString()).ToJson())!);

        Assert.Equal(expected.ToJsonString(), actual.ToJsonString());
    }

    [Fact]
    public void Read_PlaceholderOfTypeStillUnknown_KeepsOriginalTypeSoValidationNamesIt()
    {
        var json = """
            { "root": { "type": "Elsa.Flowchart", "id": "F", "activities": [
                { "id": "a", "type": "Elsa.NotFoundActivity", "missingTypeName": "Acme.Thing", "missingTypeVersion": 1,
                  "originalActivityJson": "{\"id\":\"a\",\"type\":\"Acme.Thing\",\"version\":1,\"metadata\":{\"displayText\":\"Mijn ding\"}}",
                  "metadata": { "displayText": "Not Found: Acme.Thing", "description": "Could not find activity type Acme.Thing with version 1", "designer": { "position": { "x": 7, "y": 8 } } } },
                { "id": "b", "type": "Elsa.WriteLine" } ],
              "connections": [],
              "customProperties": { "notFoundConnections": [ { "source": { "activity": "a", "port": "Done" }, "target": { "activity": "b", "port": "In" } } ] } } }
            """;

        var definition = WorkflowDefinitionReader.Parse(json);

        Assert.Equal("Acme.Thing", definition.ActivitiesById["a"].Type);
        Assert.Equal("""{"displayText":"Mijn ding","designer":{"position":{"x":7,"y":8}}}""", definition.ActivitiesById["a"].Json["metadata"]!.ToJsonString());
        Assert.Equal(("a", "Done", "b"), (definition.Connections.Single().Source, definition.Connections.Single().SourcePort, definition.Connections.Single().Target));
        Assert.Null(definition.Root["customProperties"]!["notFoundConnections"]);
    }

    /// <summary>What Elsa 3.8 does on saving (FlowchartJsonConverter, ActivityJsonConverter) for every type it does not know.</summary>
    private static JsonObject ToElsaPlaceholders(JsonObject document)
    {
        var root = document["root"]!.AsObject();
        var unknown = new HashSet<string>();
        var activities = root["activities"]!.AsArray();
        for (var i = 0; i < activities.Count; i++)
        {
            var a = activities[i]!.AsObject();
            var type = a["type"]!.GetValue<string>();
            if (type.StartsWith("Elsa.")) continue;
            unknown.Add(a["id"]!.GetValue<string>());
            var metadata = a["metadata"]?.DeepClone().AsObject() ?? new JsonObject();
            metadata["displayText"] = $"Not Found: {type}";
            metadata["description"] = $"Could not find activity type {type} with version 0";
            activities[i] = new JsonObject
            {
                ["missingTypeName"] = type, ["missingTypeVersion"] = 0, ["originalActivityJson"] = a.ToJsonString(),
                ["id"] = a["id"]!.GetValue<string>(), ["nodeId"] = null, ["name"] = a["name"]?.DeepClone(), ["type"] = "Elsa.NotFoundActivity", ["version"] = 1,
                ["customProperties"] = a["customProperties"]?.DeepClone(), ["metadata"] = metadata,
            };
        }
        var connections = root["connections"]!.AsArray();
        var moved = new JsonArray();
        foreach (var c in connections.Where(c => unknown.Contains(c!["source"]!["activity"]!.GetValue<string>())).ToList())
        {
            connections.Remove(c);
            moved.Add(c);
        }
        if (root["customProperties"] is not JsonObject custom) root["customProperties"] = custom = new JsonObject();
        custom["notFoundConnections"] = moved;
        return document;
    }

    // Elsa's connection order after a trip is not the original's; the order carries no meaning.
    private static JsonNode Normalise(JsonNode document)
    {
        var connections = document["root"]!["connections"]!.AsArray();
        var sorted = connections.Select(c => c!.DeepClone()).OrderBy(Key, StringComparer.Ordinal).ToList();
        connections.Clear();
        foreach (var c in sorted) connections.Add(c);
        return document;
    }
}
