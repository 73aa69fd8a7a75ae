using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Tests.Support;

namespace RelatieWerkstroom.Engine.Tests.Definitions;

/// <summary>Every definition Elsa 3 saved survives parse → write → parse with every property it carries.</summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> Samples => [.. SharedPaths.SampleFiles];

    [Theory]
    [MemberData(nameof(Samples))]
    public void ParseWrite_Sample_EqualsOriginalWithConnectionsInCurrentForm(string file)
    {
        var text = File.ReadAllText(SharedPaths.Sample(file));
        var expected = NormaliseConnections((JsonObject)JsonNode.Parse(text)!);

        var written = WorkflowDefinitionReader.Parse(text).ToJson();

        var actual = JsonNode.Parse(written)!;
        Assert.True(JsonNode.DeepEquals(expected, actual), $"{file} changed in the round trip:\n{Diff(expected, actual, "$")}");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void ParseWriteParseWrite_Sample_SecondWriteIsIdentical(string file)
    {
        var first = WorkflowDefinitionReader.Parse(File.ReadAllText(SharedPaths.Sample(file))).ToJson();

        var second = WorkflowDefinitionReader.Parse(first).ToJson();

        Assert.Equal(first, second);
    }

    [Fact]
    public void Samples_TogetherCarryEveryKindOfUnknownProperty()
    {
        // Guards the round-trip tests above: they only prove something if the samples hold these properties.
        var all = string.Concat(SharedPaths.SampleFiles.Select(f => File.ReadAllText(SharedPaths.Sample(f))));
        foreach (var key in new[] { "\"memoryReference\"", "\"metadata\"", "\"designer\"", "\"position\"", "\"nodeId\"", "\"customProperties\"", "\"applicationProperties\"", "\"options\"", "\"toolVersion\"", "\"sourcePort\"" })
            Assert.Contains(key, all);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Write_LegacyFlatConnections_WrittenInCurrentNestedForm(string file)
    {
        var written = (JsonObject)JsonNode.Parse(WorkflowDefinitionReader.Parse(File.ReadAllText(SharedPaths.Sample(file))).ToJson())!;

        foreach (var connection in written["root"]!["connections"]!.AsArray())
        {
            Assert.IsType<JsonObject>(connection!["source"]);
            Assert.IsType<JsonObject>(connection["target"]);
            Assert.NotNull(connection["source"]!["port"]);
            Assert.Equal("In", connection["target"]!["port"]!.GetValue<string>());
            Assert.Null(connection["sourcePort"]);
            Assert.Null(connection["targetPort"]);
        }
    }

    [Fact]
    public void ParseWrite_UnknownPropertiesOnConnectionAndActivity_Survive()
    {
        var json = """
            {
              "definitionId": "x", "futureFlag": { "nested": [1, 2, { "deep": true }] },
              "root": {
                "type": "Elsa.Flowchart", "id": "F", "applicationProperties": { "a": 1 },
                "activities": [
                  { "id": "a", "type": "Elsa.WriteLine", "version": 1, "text": { "typeName": "String", "expression": { "type": "Literal", "value": "hi" }, "memoryReference": { "id": "a:input-0" } },
                    "unknownInput": { "typeName": "Int32", "expression": { "type": "Literal", "value": "3" } },
                    "customProperties": { "friction": { "origin": "national", "minutes": 30 } },
                    "metadata": { "designer": { "position": { "x": 1.5, "y": -2 }, "size": { "width": 10, "height": 5 } }, "displayText": "Hoi" } },
                  { "id": "b", "type": "Elsa.FlowNode", "version": 1 }
                ],
                "connections": [
                  { "source": { "activity": "a", "port": "Done" }, "target": { "activity": "b", "port": "In" },
                    "vertices": [{ "x": 5, "y": 6 }], "label": "kept" }
                ]
              }
            }
            """;

        var written = WorkflowDefinitionReader.Parse(json).ToJson();

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(written)), written);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task ImportAndLoad_Sample_StoredDocumentKeepsEverythingButVersionFields(string file)
    {
        var t = new TestRuntime();
        var text = File.ReadAllText(SharedPaths.Sample(file));
        var stored = await t.ImportAsync(WorkflowDefinitionReader.Parse(text));

        var loaded = await t.Definitions.FindVersionAsync(stored.Id);

        var expected = NormaliseConnections((JsonObject)JsonNode.Parse(text)!);
        var actual = (JsonObject)JsonNode.Parse(loaded!.ToJson())!;
        foreach (var versionField in new[] { "id", "version", "isLatest", "isPublished", "definitionId" })
        {
            expected.Remove(versionField);
            actual.Remove(versionField);
        }
        Assert.True(JsonNode.DeepEquals(expected, actual), Diff(expected, actual, "$"));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task PascalCase_Sample_AcceptedAndRunsTheSame(string file)
    {
        var text = File.ReadAllText(SharedPaths.Sample(file));
        var pascal = ToPascalCase(JsonNode.Parse(text)!)!.ToJsonString();
        Assert.Contains("\"Root\"", pascal);
        Assert.DoesNotContain("\"root\"", pascal);

        var camelRun = await RunToEndAsync(WorkflowDefinitionReader.Parse(text));
        var pascalRun = await RunToEndAsync(WorkflowDefinitionReader.Parse(pascal));

        Assert.Equal(WorkflowStatus.Finished, pascalRun.Status);
        Assert.Equal(camelRun.Lines, pascalRun.Lines);
        Assert.Equal(camelRun.Counts, pascalRun.Counts);
    }

    [Fact]
    public void PascalCase_LegacyConnections_WrittenInCurrentForm()
    {
        var text = File.ReadAllText(SharedPaths.Sample("workflow1.json"));
        var pascal = ToPascalCase(JsonNode.Parse(text)!)!.ToJsonString();

        var definition = WorkflowDefinitionReader.Parse(pascal);
        var written = JsonNode.Parse(definition.ToJson())!;

        Assert.Equal(["WriteLine1->WriteLine2", "WriteLine1->WriteLine3"], definition.Connections.Select(c => $"{c.Source}->{c.Target}"));
        var connections = written["Root"]!["Connections"]!.AsArray();
        Assert.All(connections, c => Assert.Equal("Done", c!["source"]!["port"]!.GetValue<string>()));
    }

    private static async Task<(WorkflowStatus Status, string[] Lines, string Counts)> RunToEndAsync(WorkflowDefinition definition)
    {
        var t = new TestRuntime();
        var result = await t.FireTimersUntilDoneAsync(await t.StartAsync(definition));
        var instance = await t.Instances.FindAsync(result.InstanceId);
        return (result.Status, t.Lines, string.Join(",", instance!.ExecutionCounts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")));
    }

    /// <summary>Rewrites legacy flat connections ({source: "A", sourcePort, …}) into the nested form, keeping other keys.</summary>
    private static JsonObject NormaliseConnections(JsonObject document)
    {
        var root = (JsonObject)document["root"]!;
        var result = new JsonArray();
        foreach (var node in root["connections"]!.AsArray())
        {
            var c = (JsonObject)node!;
            var copy = new JsonObject();
            foreach (var (key, value) in c)
                if (key is not ("source" or "target" or "sourcePort" or "targetPort")) copy[key] = value?.DeepClone();
            copy["source"] = Endpoint(c["source"], c["sourcePort"], "Done");
            copy["target"] = Endpoint(c["target"], c["targetPort"], "In");
            result.Add(copy);
        }
        root["connections"] = result;
        return document;

        static JsonNode Endpoint(JsonNode? endpoint, JsonNode? flatPort, string defaultPort) => endpoint is JsonObject nested
            ? nested.DeepClone()
            : new JsonObject { ["activity"] = endpoint!.GetValue<string>(), ["port"] = flatPort?.GetValue<string>() ?? defaultPort };
    }

    private static JsonNode? ToPascalCase(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(char.ToUpperInvariant(p.Key[0]) + p.Key[1..], ToPascalCase(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(ToPascalCase)]),
        _ => node?.DeepClone(),
    };

    private static string Diff(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected, actual)
        {
            case (JsonObject e, JsonObject a):
                foreach (var key in e.Select(p => p.Key).Union(a.Select(p => p.Key)))
                {
                    if (!e.ContainsKey(key)) return $"{path}.{key}: added {a[key]?.ToJsonString()}";
                    if (!a.ContainsKey(key)) return $"{path}.{key}: lost {e[key]?.ToJsonString()}";
                    var d = Diff(e[key], a[key], $"{path}.{key}");
                    if (d.Length > 0) return d;
                }
                return "";
            case (JsonArray e, JsonArray a):
                if (e.Count != a.Count) return $"{path}: {e.Count} items became {a.Count}";
                for (var i = 0; i < e.Count; i++)
                {
                    var d = Diff(e[i], a[i], $"{path}[{i}]");
                    if (d.Length > 0) return d;
                }
                return "";
            default:
                return JsonNode.DeepEquals(expected, actual) ? "" : $"{path}: {expected?.ToJsonString()} became {actual?.ToJsonString()}";
        }
    }
}
