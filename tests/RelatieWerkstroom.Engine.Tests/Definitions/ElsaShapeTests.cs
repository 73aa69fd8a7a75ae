using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Tests.Support;

namespace RelatieWerkstroom.Engine.Tests.Definitions;

/// <summary>
/// What the writer emits is what Elsa 3.8 reads: every input of Elsa's own activities as
/// <c>{ typeName, expression: { type, value } }</c> (Elsa silently drops one without typeName or without the wrapper)
/// and a version on every activity. Fixtures: tests/fixtures/elsa3-oracle/input-shapes.json (Elsa prints only
/// "zonder versie", "", "kaal", "", "waar"; the written file prints all five lines in Elsa) and
/// tests/fixtures/elsa3-saved/core-inputs.elsa.json (every core input as Elsa 3.8 wrote it).
/// </summary>
public sealed class ElsaShapeTests
{
    private static string Fixture(params string[] path) => File.ReadAllText(Path.Combine([SharedPaths.RepositoryRoot, "tests", "fixtures", .. path]));

    private static readonly string[] CoreTypesWithInputs =
    [
        "Elsa.Correlate", "Elsa.Cron", "Elsa.Delay", "Elsa.Event", "Elsa.ExecuteWorkflow", "Elsa.Fault", "Elsa.FlowDecision", "Elsa.FlowFork",
        "Elsa.FlowJoin", "Elsa.RunJavaScript", "Elsa.SetOutput", "Elsa.SetVariable", "Elsa.Timer", "Elsa.WriteLine",
    ];

    [Fact]
    public async Task Write_InputShapesElsaDrops_WrappedSoElsaReadsEveryOne_AndRunsTheSameHere()
    {
        var original = WorkflowDefinitionReader.Parse(Fixture("elsa3-oracle", "input-shapes.json"));

        var written = WorkflowDefinitionWriter.ToJsonObject(original);

        foreach (var activity in written["root"]!["activities"]!.AsArray().Select(a => a!.AsObject()))
        {
            Assert.Equal(1, activity["version"]!.GetValue<int>());
            var input = activity[activity["type"]!.GetValue<string>() == "Elsa.WriteLine" ? "text" : "condition"]!;
            Assert.NotNull(input["typeName"]);
            Assert.NotNull(input["expression"]!["type"]);
        }
        Assert.Equal("""{"typeName":"String","expression":{"type":"Literal","value":"alleen expressie"}}""", Activity(written, "d")["text"]!.ToJsonString());
        Assert.Equal("""{"typeName":"Boolean","expression":{"type":"Literal","value":"true"}}""", Activity(written, "f")["condition"]!.ToJsonString());
        Assert.Equal(["zonder versie", "zonder typeName", "kaal", "alleen expressie", "waar"], await LinesAsync(original));
        Assert.Equal(await LinesAsync(original), await LinesAsync(WorkflowDefinitionReader.Read(written)));
    }

    [Fact]
    public void ReadWrite_EveryCoreInputAsElsaWroteIt_IsUnchanged()
    {
        var elsa = JsonNode.Parse(Fixture("elsa3-saved", "core-inputs.elsa.json"))!.AsObject();

        var written = WorkflowDefinitionWriter.ToJsonObject(WorkflowDefinitionReader.Read((JsonObject)elsa.DeepClone()));

        Assert.True(JsonNode.DeepEquals(elsa, written), written.ToJsonString());
    }

    [Fact]
    public void Write_CoreInputsWithOtherTypeNames_ReadBackToTheSameModel()
    {
        // The original holds every core input with a made-up typeName: Elsa ignores the name when reading, so do we.
        var original = WorkflowDefinitionReader.Parse(Fixture("elsa3-saved", "core-inputs.original.json"));
        var elsa = WorkflowDefinitionReader.Parse(Fixture("elsa3-saved", "core-inputs.elsa.json"));

        var again = WorkflowDefinitionReader.Read(WorkflowDefinitionWriter.ToJsonObject(original));

        foreach (var node in original.Activities)
            foreach (var (key, _) in node.Json.Where(p => p.Value is JsonObject { } o && o.ContainsKey("expression")))
            {
                var expected = elsa.ActivitiesById[node.Id].Input(key)!;
                var actual = again.ActivitiesById[node.Id].Input(key)!;
                Assert.True((expected.ExpressionType, expected.Text) == (actual.ExpressionType, actual.Text), $"{node.Id}.{key}");
            }
    }

    public static TheoryData<string> ElsaFormFiles => [.. Directory.EnumerateFiles(Path.Combine(SharedPaths.RepositoryRoot, "workflows"), "*.json")
        .Concat(SharedPaths.SampleFiles.Select(SharedPaths.Sample))
        .Select(f => Path.GetRelativePath(SharedPaths.RepositoryRoot, f))];

    [Theory]
    [MemberData(nameof(ElsaFormFiles))]
    public void Write_ReferenceWorkflowOrElsaSample_EveryCoreInputInElsasShapeAndReadsBackTheSame(string file)
    {
        var definition = WorkflowDefinitionReader.Parse(File.ReadAllText(Path.Combine(SharedPaths.RepositoryRoot, file)));

        var written = WorkflowDefinitionWriter.ToJsonObject(definition);
        var again = WorkflowDefinitionReader.Read(written);

        foreach (var activity in again.Activities)
        {
            Assert.NotNull(activity.Json.Get("version"));
            if (!CoreTypesWithInputs.Contains(activity.Type)) continue;
            foreach (var (key, value) in activity.Json.Where(p => p.Value is JsonObject o && o.Get("expression") is not null))
                Assert.True(value!["typeName"] is not null && value["expression"]!["type"] is not null, $"{activity.Id}.{key}");
        }
        Assert.Equal(definition.Activities.Select(a => (a.Id, a.Type)), again.Activities.Select(a => (a.Id, a.Type)));
        Assert.Equal(definition.Connections.Select(c => c.ToString()), again.Connections.Select(c => c.ToString()));
        Assert.Equal(WorkflowDefinitionWriter.Write(definition), WorkflowDefinitionWriter.Write(again));
    }

    private static JsonObject Activity(JsonObject document, string id) =>
        document["root"]!["activities"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == id)!.AsObject();

    private static async Task<string[]> LinesAsync(WorkflowDefinition definition)
    {
        var t = new TestRuntime();
        var result = await t.StartAsync(WorkflowDefinitionReader.Read((JsonObject)definition.Document.DeepClone()));
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        return t.Output.ToString().Split('\n')[..^1];
    }
}
