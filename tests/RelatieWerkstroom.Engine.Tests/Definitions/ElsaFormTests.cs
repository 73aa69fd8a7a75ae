using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Tests.Support;

namespace RelatieWerkstroom.Engine.Tests.Definitions;

/// <summary>What the writer writes is what Elsa 3 writes: core inputs in Elsa's own form (tests/fixtures/elsa3-saved holds files Elsa saved).</summary>
public sealed class ElsaFormTests
{
    private static string Saved(string name) => Path.Combine(SharedPaths.RepositoryRoot, "tests", "fixtures", "elsa3-saved", name);

    private static string[] ReferenceWorkflows =>
        Directory.GetFiles(Path.Combine(SharedPaths.RepositoryRoot, "workflows"), "*.json").Order(StringComparer.Ordinal).ToArray();

    private static JsonObject ForkBranches(JsonNode document, string forkId) =>
        (JsonObject)document["root"]!["activities"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == forkId)!["branches"]!;

    [Fact]
    public void Write_ForkWithCommaLiteral_WritesBranchesAsElsaSavesThem()
    {
        // Elsa reads a Literal "One,Two,Three" as one branch named "One,Two,Three": the writer turns it into Elsa's form.
        var elsa = JsonNode.Parse(File.ReadAllText(Saved("fork.json")))!;
        var old = elsa.DeepClone();
        ForkBranches(old, "c0e09e3ac3cfdba7").ReplaceWith(InputValue.Wrap("String", "Literal", "One, Two,Three"));

        var written = JsonNode.Parse(WorkflowDefinitionReader.Parse(old.ToJsonString()).ToJson())!;

        Assert.True(JsonNode.DeepEquals(ForkBranches(elsa, "c0e09e3ac3cfdba7"), ForkBranches(written, "c0e09e3ac3cfdba7")),
            ForkBranches(written, "c0e09e3ac3cfdba7").ToJsonString());
        Assert.Contains("\"value\": \"[\\u0022One\\u0022,\\u0022Two\\u0022,\\u0022Three\\u0022]\"", WorkflowDefinitionReader.Parse(old.ToJsonString()).ToJson());
    }

    [Fact]
    public void ParseWrite_ForkElsaSaved_IsUnchanged()
    {
        var text = File.ReadAllText(Saved("fork.json"));
        var elsa = JsonNode.Parse(text)!;

        var written = JsonNode.Parse(WorkflowDefinitionReader.Parse(text).ToJson())!;

        Assert.True(JsonNode.DeepEquals(elsa, written));
    }

    [Fact]
    public void Write_ForkWithBareArrayOrJavaScript_ArrayNormalisedScriptKept()
    {
        var json = """
            { "root": { "type": "Elsa.Flowchart", "id": "F", "activities": [
                { "id": "a", "type": "Elsa.FlowFork", "branches": ["x", "y"] },
                { "id": "b", "type": "Elsa.FlowFork", "branches": { "typeName": "String[]", "expression": { "type": "JavaScript", "value": "['x']" } } } ] } }
            """;

        var written = JsonNode.Parse(WorkflowDefinitionReader.Parse(json).ToJson())!;

        Assert.Equal("""{"typeName":"String[]","expression":{"type":"Object","value":"[\u0022x\u0022,\u0022y\u0022]"}}""", ForkBranches(written, "a").ToJsonString());
        Assert.Equal("JavaScript", ForkBranches(written, "b")["expression"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void ReferenceWorkflows_EveryFork_StoresBranchesInElsaForm()
    {
        var forks = 0;
        foreach (var file in ReferenceWorkflows)
        {
            var document = JsonNode.Parse(File.ReadAllText(file))!;
            foreach (var fork in document["root"]!["activities"]!.AsArray().Where(a => a!["type"]!.GetValue<string>() == "Elsa.FlowFork"))
            {
                forks++;
                var branches = fork!["branches"]!;
                var where = $"{Path.GetFileName(file)} {fork["id"]}";
                Assert.True(branches["typeName"]!.GetValue<string>() == "String[]", where);
                Assert.True(branches["expression"]!["type"]!.GetValue<string>() == "Object", where);
                var names = JsonNode.Parse(branches["expression"]!["value"]!.GetValue<string>())!.AsArray();
                Assert.True(names.Count >= 2, where);
                var written = JsonNode.Parse(WorkflowDefinitionReader.Parse(File.ReadAllText(file)).ToJson())!;
                Assert.True(JsonNode.DeepEquals(branches, ForkBranches(written, fork["id"]!.GetValue<string>())), where);
            }
        }
        Assert.Equal(5, forks);
    }
}
