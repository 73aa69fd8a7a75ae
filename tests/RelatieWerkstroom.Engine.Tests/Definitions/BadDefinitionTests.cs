using System.Text;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Tests.Support;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Engine.Tests.Definitions;

/// <summary>
/// A bad definition file gets a problem that says what is wrong and where, never a crash: the validator and the
/// import name the file's mistake instead of stopping with a stack trace (issue 14, finding 7).
/// </summary>
public sealed class BadDefinitionTests
{
    private static readonly DefinitionValidator Validator = new(ActivityRegistry.CreateWithCoreActivities());

    private static string Flow(string activities, string connections = "[]") => $$"""
        { "definitionId": "bad", "version": 1, "root": { "type": "Elsa.Flowchart", "id": "flow",
          "activities": {{activities}}, "connections": {{connections}} } }
        """;

    private const string TwoWriteLines = """
        [ { "id": "a", "type": "Elsa.WriteLine", "text": { "typeName": "String", "expression": { "type": "Literal", "value": "a" } } },
          { "id": "b", "type": "Elsa.WriteLine", "text": { "typeName": "String", "expression": { "type": "Literal", "value": "b" } } } ]
        """;

    public static TheoryData<string, string, string> BadFiles => new()
    {
        { "duplicate property", """{ "definitionId": "bad", "definitionId": "other", "root": { "type": "Elsa.Flowchart", "activities": [] } }""", "definitionId" },
        { "huge ISO duration", Flow("""[ { "id": "wait", "type": "Elsa.Delay", "timeSpan": { "typeName": "TimeSpan", "expression": { "type": "Literal", "value": "P10000000Y" } } } ]"""), "wait" },
        { "huge TimeSpan", Flow("""[ { "id": "wait", "type": "Elsa.Delay", "timeSpan": { "typeName": "TimeSpan", "expression": { "type": "Literal", "value": "99999999.00:00:00" } } } ]"""), "wait" },
        { "flat connection port a number", Flow(TwoWriteLines, """[ { "source": "a", "sourcePort": 3, "target": "b" } ]"""), "sourcePort" },
        { "flat connection port a boolean", Flow(TwoWriteLines, """[ { "source": "a", "target": "b", "targetPort": true } ]"""), "targetPort" },
        { "object port a number", Flow(TwoWriteLines, """[ { "source": { "activity": "a", "port": 7 }, "target": { "activity": "b", "port": "In" } } ]"""), "source.port" },
        { "activity id a number", Flow("""[ { "id": 5, "type": "Elsa.WriteLine" } ]"""), "id" },
        { "variables not a list", """{ "definitionId": "bad", "variables": { "x": 1 }, "root": { "type": "Elsa.Flowchart", "activities": [] } }""", "variables" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Validate_BadFile_NamesTheProblemAndWhereInsteadOfThrowing(string what, string json, string where)
    {
        // Act
        var (_, problems) = Validator.Validate(json);

        // Assert
        Assert.True(problems.Count > 0, $"{what}: accepted");
        Assert.Contains(problems, p => p.ToString().Contains(where, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_FourMegabyteValueInTheWrongPlace_MessageSaysHowLongItIsWithoutEchoingIt()
    {
        var huge = new string('x', 4 * 1024 * 1024);
        var json = Flow($$"""[ { "id": "a", "type": "{{huge}}" } ]""");

        var (_, problems) = Validator.Validate(json);

        var problem = Assert.Single(problems);
        Assert.True(problem.Message.Length < 300, $"{problem.Message.Length} characters");
        Assert.Matches(@"xxxx… \(\d{7} characters\)", problem.Message);
        Assert.Equal("a", problem.ActivityId);
    }

    [Fact]
    public void Validate_ThousandMutatedElsaSamples_EveryOneValidatesOrGetsProblemsNoneThrows()
    {
        // Arrange: the Elsa samples with random edits a person or a broken tool might make (seeded, so a failure repeats).
        var samples = Directory.GetFiles(SharedPaths.Elsa3Samples, "*.json").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var random = new Random(14);
        var crashes = new List<string>();

        // Act
        for (var i = 0; i < 1000; i++)
        {
            var mutated = Mutate(samples[random.Next(samples.Count)], random);
            try
            {
                Validator.Validate(mutated);
            }
            catch (Exception ex)
            {
                crashes.Add($"mutation {i}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        // Assert
        Assert.Empty(crashes);
    }

    // Replaces one value somewhere in the document by a value of another kind, or cuts the text short.
    private static string Mutate(string json, Random random)
    {
        if (random.NextDouble() < 0.1) return json[..random.Next(json.Length)];
        var root = JsonNode.Parse(json)!;
        var values = JsonPlaces.Of(root);
        JsonNode?[] replacements =
        [
            null, JsonValue.Create(0), JsonValue.Create(-1), JsonValue.Create(true), JsonValue.Create(1e308), JsonValue.Create(""),
            JsonValue.Create("P10000000Y"), JsonValue.Create("Elsa.Flowchart"), JsonValue.Create(new string('x', 300)),
            new JsonArray(), new JsonObject(), new JsonObject { ["activity"] = 1, ["port"] = false },
        ];
        for (var edits = 1 + random.Next(3); edits > 0 && values.Count > 0; edits--)
        {
            JsonPlaces.Set(values[random.Next(values.Count)], replacements[random.Next(replacements.Length)]?.DeepClone());
        }
        return root.ToJsonString();
    }
}
