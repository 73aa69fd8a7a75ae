using RelatieWerkstroom.Engine.Tests.Support;
using RelatieWerkstroom.Engine.Validation;
using static RelatieWerkstroom.Engine.Tests.Support.FlowBuilder;

namespace RelatieWerkstroom.Engine.Tests.Validation;

/// <summary>
/// Every problem carries a stable code and the values of its parameters, so the designer can say it in the user's
/// language; the server's message is the code's text with the same values.
/// </summary>
public sealed class ProblemCodeTests
{
    private static DefinitionValidator Validator() => new(Engine.Activities.ActivityRegistry.CreateWithCoreActivities());

    [Fact]
    public void Validate_InvalidFlowchart_EachProblemHasItsCodeAndValues()
    {
        var flow = new FlowBuilder("coded-problems")
            .Activity("start", "Elsa.Start")
            .Activity("mystery", "Elsa.Teleport")
            .WriteLine("a", "a")
            .WriteLine("b", "b")
            .Delay("delay", "-1.00:00:00")
            .WriteLine("island", "nobody gets here")
            .Chain("start", "mystery", "a", "b")       // connections 0..2
            .Connect("a", "ghost")                      // 3: dangling
            .Connect("b", "delay")                      // 4
            .Connect("delay", "island", "Nope")         // 5: unknown port
            .Build();

        var problems = Validator().Validate(flow);

        var expected = new (string Activity, string Path, string Code, (string, string)[] Values)[]
        {
            ("mystery", "type", "ActivityTypeUnknown", [("type", "Elsa.Teleport")]),
            ("a", "connections[3].target", "ConnectionTargetMissing", [("target", "ghost")]),
            ("delay", "connections[5].source.port", "OutcomePortUnknown", [("source", "delay"), ("port", "Nope"), ("type", "Elsa.Delay"), ("ports", "Done")]),
            ("island", "activities[5]", "ActivityUnreachable", [("activity", "island"), ("start", "start")]),
            ("delay", "timeSpan", "WaitNegative", [("what", "delay"), ("duration", "-1.00:00:00")]),
        };
        Assert.Equal(expected.Select(e => (e.Activity, e.Path, e.Code)).Order(), problems.Select(p => (p.ActivityId!, p.Path, p.Code)).Order());
        foreach (var (activity, path, code, values) in expected)
        {
            var problem = problems.Single(p => p.ActivityId == activity && p.Path == path && p.Code == code);
            foreach (var (name, value) in values) Assert.Equal(value, problem.Parameters[name]);
            // The parameters are exactly the code's, so a translation can use every one of them.
            Assert.Equal(problem.Kind.Parameters.Order(), problem.Parameters.Keys.Order());
            Assert.Equal(problem.Kind.Format(problem.Parameters), problem.Message);
        }
    }

    [Fact]
    public void Validate_TextThatIsNotADefinition_CodedProblem()
    {
        var (_, notJson) = Validator().Validate("{ \"root\": { \"activities\": [ }");
        var (_, noType) = Validator().Validate("""{ "id": "x", "root": { "activities": [ { "id": "a" } ] } }""");

        Assert.Equal("JsonInvalid", Assert.Single(notJson).Code);
        Assert.NotEmpty(Assert.Single(notJson).Parameters["detail"]);
        var problem = Assert.Single(noType);
        Assert.Equal(("ActivityWithoutType", "a"), (problem.Code, problem.Parameters["activity"]));
    }

    [Fact]
    public void ProblemCodes_NamesAreUniqueAndMatchTheirField()
    {
        Assert.Equal(ProblemCodes.All.Count, ProblemCodes.All.Select(c => c.Code).Distinct().Count());
        foreach (var field in typeof(ProblemCodes).GetFields().Where(f => f.FieldType == typeof(ProblemCode)))
            Assert.Equal(field.Name, ((ProblemCode)field.GetValue(null)!).Code);
    }

    [Fact]
    public void ProblemCode_ValueForAParameterItDoesNotHave_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => ProblemCodes.InputMissing.Error("a", "text", ("inputs", "text")));
        Assert.Throws<ArgumentException>(() => ProblemCodes.InputMissing.Error("a", "text"));
    }

    [Fact]
    public void Problem_AsJson_ReadsBackWithCodeAndValues()
    {
        var problem = ProblemCodes.OptionsTooFew.Error("keuze", "options", ("count", 1));

        var json = System.Text.Json.JsonSerializer.Serialize(problem, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web));
        var back = System.Text.Json.JsonSerializer.Deserialize<ValidationProblem>(json, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;

        Assert.Contains("\"code\":\"OptionsTooFew\"", json);
        Assert.Equal((problem.ActivityId, problem.Path, problem.Code, problem.Message, problem.Severity), (back.ActivityId, back.Path, back.Code, back.Message, back.Severity));
        Assert.Equal("1", back.Parameters["count"]);
    }
}
