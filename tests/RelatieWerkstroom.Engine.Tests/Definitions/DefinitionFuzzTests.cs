using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Tests.Support;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Engine.Tests.Definitions;

/// <summary>
/// Whatever a file holds — random bytes, or a definition-shaped document with any value in any place — the reader and
/// the validator answer with problems that say what and where, and never throw (issue 14, finding 7 and its property test).
/// </summary>
public sealed class DefinitionFuzzTests
{
    private static readonly ActivityRegistry Registry = ActivityRegistry.CreateWithCoreActivities();
    private static readonly DefinitionValidator Validator = new(Registry);

    [Property(MaxTest = 500, Arbitrary = [typeof(FuzzArbitraries)])]
    public void Validate_ArbitraryBytes_ProblemsNameAPlaceAndNothingThrows(byte[] bytes)
    {
        AssertAnsweredWithPlaces(Encoding.UTF8.GetString(bytes));
    }

    [Property(MaxTest = 1500, Arbitrary = [typeof(FuzzArbitraries)])]
    public void Validate_DefinitionShapedDocumentWithAnyValueAnywhere_ProblemsNameAPlaceAndNothingThrows(FuzzDocument document)
    {
        var text = document.Json.ToJsonString();
        var definition = AssertAnsweredWithPlaces(text);

        // What validates can be written back and read again, as the designer and the import do.
        if (definition is not null)
        {
            var written = WorkflowDefinitionWriter.Write(definition);
            AssertAnsweredWithPlaces(written);
        }
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(FuzzArbitraries)])]
    public void Validate_DefinitionCutShortAnywhere_SaysWhereTheTextEnds(FuzzDocument document, int cutSeed)
    {
        var text = document.Json.ToJsonString();
        var cut = text[..(Math.Abs(cutSeed % text.Length))];
        var (_, problems) = Validator.Validate(cut);

        Assert.NotEmpty(problems);
        AssertEveryProblemNamesAPlace(problems, cut);
    }

    private static WorkflowDefinition? AssertAnsweredWithPlaces(string text)
    {
        WorkflowDefinition? definition;
        IReadOnlyList<ValidationProblem> problems;
        try
        {
            (definition, problems) = Validator.Validate(text);
        }
        catch (Exception ex)
        {
            throw new Xunit.Sdk.XunitException($"{ex.GetType().Name} escaped the validator: {ex.Message}\n{Shorten(text)}");
        }
        AssertEveryProblemNamesAPlace(problems, text);
        return problems.Any(p => p.IsError) ? null : definition;
    }

    private static void AssertEveryProblemNamesAPlace(IReadOnlyList<ValidationProblem> problems, string text)
    {
        foreach (var p in problems)
        {
            Assert.True(!string.IsNullOrWhiteSpace(p.Message), $"a problem without a message for\n{Shorten(text)}");
            Assert.True(!string.IsNullOrWhiteSpace(p.Path) || !string.IsNullOrWhiteSpace(p.ActivityId),
                $"'{p.Message}' names no place (no path, no activity) for\n{Shorten(text)}");
            // A message quotes the file's own text at most briefly: a huge value is not echoed back.
            if (p.Message.Length > 2001) Assert.Fail($"a message of {p.Message.Length} characters: {p.Message[..200]}…");
        }
    }

    private static string Shorten(string text) => text.Length <= 2000 ? text : text[..2000] + "…";

    /// <summary>Generators: documents shaped like Elsa definitions, with values of every kind in every place.</summary>
    public static class FuzzArbitraries
    {
        private static readonly string[] ActivityTypes =
            [.. Registry.Descriptors.Select(d => d.TypeName), "Elsa.Flowchart", "Elsa.Unknown", "", "Elsa."];

        private static readonly string[] InputNames =
        [
            .. Registry.Descriptors.SelectMany(d => d.Inputs).Select(i => char.ToLowerInvariant(i.Name[0]) + i.Name[1..]).Distinct(),
            "result", "metadata", "customProperties", "branches", "cases", "variable",
        ];

        private static readonly string[] Strings =
        [
            "a", "b", "start", "Done", "In", "True", "False", "Literal", "JavaScript", "Object", "String", "Int32", "TimeSpan", "Boolean",
            "", " ", "P2D", "PT36H", "P10000000Y", "00:00:01", "-00:00:05", "99999999.00:00:00", "0 0 30 2 *", "* * * * *",
            "2026-02-30", "getX()", "'x'.repeat(10)", "1/0", "WaitAll", "WaitAny", "\u0000", "é€😀", new string('x', 5000),
        ];

        private static Gen<JsonNode?> Leaf() => Gen.Frequency(
            (1, Gen.Constant<JsonNode?>(null)),
            (5, Gen.Elements(Strings).Select(s => (JsonNode?)JsonValue.Create(s))),
            (2, Gen.Elements(0, 1, -1, 3, int.MaxValue, int.MinValue).Select(i => (JsonNode?)JsonValue.Create(i))),
            (1, Gen.Elements(1e308, -1e308, 0.5, 1e-320).Select(d => (JsonNode?)JsonValue.Create(d))),
            (1, Gen.Elements(true, false).Select(b => (JsonNode?)JsonValue.Create(b))));

        private static Gen<JsonNode?> Any(int depth) => depth <= 0
            ? Leaf()
            : Gen.Frequency(
                (4, Leaf()),
                (1, Gen.ArrayOf(Any(depth - 1)).Select(items => (JsonNode?)new JsonArray([.. items.Take(4)]))),
                (2, Expression(depth - 1)),
                (1, Object(Gen.Elements([.. InputNames, .. Strings.Take(6)]), depth - 1)));

        // The input shape Elsa writes: { typeName, expression: { type, value } } — with any part out of place.
        private static Gen<JsonNode?> Expression(int depth) =>
            Gen.Elements("Literal", "JavaScript", "Variable", "Liquid", "", "x").SelectMany(type => Any(Math.Max(0, depth - 1)),
                (type, value) => (JsonNode?)new JsonObject { ["typeName"] = "Object", ["expression"] = new JsonObject { ["type"] = type, ["value"] = value } });

        private static Gen<JsonNode?> Object(Gen<string> keys, int depth) =>
            Gen.ArrayOf(keys.SelectMany(_ => Any(depth), (k, v) => (k, v))).Select(pairs =>
            {
                var o = new JsonObject();
                foreach (var (k, v) in pairs.Take(5)) o[k] = v;
                return (JsonNode?)o;
            });

        private static Gen<JsonNode?> Activity() =>
            Gen.Elements("a", "b", "c", "start", "").SelectMany(_ => Gen.Elements(ActivityTypes), (id, type) => (id, type))
                .SelectMany(_ => Gen.ArrayOf(Gen.Elements(InputNames).SelectMany(_ => Any(2), (k, v) => (k, v))), (it, inputs) =>
                {
                    var a = new JsonObject { ["id"] = it.id, ["type"] = it.type };
                    foreach (var (k, v) in inputs.Take(6)) a[k] = v;
                    return (JsonNode?)a;
                });

        private static Gen<JsonNode?> Connection() =>
            Gen.Elements("a", "b", "c", "start", "z").SelectMany(_ => Gen.Elements("a", "b", "c", "z"), (s, t) => (s, t))
                .SelectMany(_ => Gen.Elements<JsonNode?>("Done", "In", "True", "False", 7, true, null), (st, port) => (JsonNode?)new JsonObject
                {
                    ["source"] = new JsonObject { ["activity"] = st.s, ["port"] = port?.DeepClone() },
                    ["target"] = new JsonObject { ["activity"] = st.t, ["port"] = "In" },
                });

        private static Gen<JsonNode?> Variable() =>
            Gen.Elements("X", "Y", "", "1").SelectMany(_ => Gen.Elements("Object", "Int32", "String", "Nope"), (n, t) => (n, t))
                .SelectMany(_ => Leaf(), (nt, value) => (JsonNode?)new JsonObject { ["id"] = nt.n.ToLowerInvariant(), ["name"] = nt.n, ["typeName"] = nt.t, ["value"] = value });

        // A definition skeleton (so the reader gets past the outer shape), then random edits anywhere inside it.
        private static Gen<FuzzDocument> Documents() =>
            Gen.ArrayOf(Activity()).SelectMany(_ => Gen.ArrayOf(Connection()), (acts, cons) => (acts, cons))
                .SelectMany(_ => Gen.ArrayOf(Variable()), (ac, vars) => (ac.acts, ac.cons, vars))
                .SelectMany(_ => Gen.ArrayOf(Gen.Choose(0, 10_000).SelectMany(_ => Any(2), (at, value) => (at, value))), (parts, edits) =>
                {
                    var root = new JsonObject
                    {
                        ["definitionId"] = "fuzz",
                        ["version"] = 1,
                        ["variables"] = new JsonArray([.. parts.vars.Take(3)]),
                        ["root"] = new JsonObject
                        {
                            ["type"] = "Elsa.Flowchart",
                            ["id"] = "flow",
                            ["activities"] = new JsonArray([.. parts.acts.Take(6)]),
                            ["connections"] = new JsonArray([.. parts.cons.Take(6)]),
                        },
                    };
                    foreach (var (at, value) in edits.Take(3)) Replace(root, at, value);
                    return new FuzzDocument(root);
                });

        private static void Replace(JsonObject root, int at, JsonNode? value)
        {
            var places = JsonPlaces.Of(root);
            JsonPlaces.Set(places[at % places.Count], value);
        }

        public static Arbitrary<FuzzDocument> FuzzDocuments() => Arb.From(Documents());
    }
}

/// <summary>A generated document; its text is shown when a property fails.</summary>
public sealed record FuzzDocument(JsonObject Json)
{
    public override string ToString() => Json.ToJsonString();
}
