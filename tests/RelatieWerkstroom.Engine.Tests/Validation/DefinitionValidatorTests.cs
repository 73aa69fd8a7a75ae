using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Tests.Support;
using RelatieWerkstroom.Engine.Validation;
using static RelatieWerkstroom.Engine.Tests.Support.FlowBuilder;

namespace RelatieWerkstroom.Engine.Tests.Validation;

/// <summary>Validation reports every problem of a definition in one call, each with activity id and property path.</summary>
public sealed class DefinitionValidatorTests
{
    private static IReadOnlyList<ValidationProblem> Validate(WorkflowDefinition definition) =>
        new DefinitionValidator(ActivityRegistry()).Validate(definition);

    private static Engine.Activities.ActivityRegistry ActivityRegistry() => Engine.Activities.ActivityRegistry.CreateWithCoreActivities();

    [Fact]
    public void Validate_DefinitionWithNineProblems_ReportsEachWithActivityAndPath()
    {
        var flow = new FlowBuilder("many-problems")
            .Activity("start", "Elsa.Start")
            .Activity("mystery", "Elsa.Teleport")
            .WriteLine("a", "a")
            .WriteLine("b", "b")
            .Activity("noText", "Elsa.WriteLine")
            .Decision("d", "getX( <")
            .Delay("delay", "abc")
            .Activity("cron", "Elsa.Cron", ("cronExpression", Literal("not a cron")))
            .WriteLine("island", "nobody gets here")
            .Chain("start", "mystery", "a", "b")      // connections 0..2
            .Connect("a", "ghost")                     // 3: dangling
            .Connect("a", "b")                         // 4: duplicate of 2
            .Connect("b", "noText", "Nope")            // 5: unknown port
            .Chain("b", "noText", "d")                 // 6, 7
            .Connect("d", "delay", "True")             // 8
            .Connect("d", "cron", "False")             // 9
            .Build();

        var problems = Validate(flow);

        var expected = new (string Activity, string Path, string Fragment)[]
        {
            ("mystery", "type", "Elsa.Teleport"),
            ("a", "connections[3].target", "ghost"),
            ("a", "connections[4]", "duplicate"),
            ("b", "connections[5].source.port", "Nope"),
            ("island", "activities[8]", "cannot be reached"),
            ("noText", "text", "'text' is niet ingevuld, dus schrijft de stap een lege regel"),
            ("d", "condition", "does not parse"),
            ("delay", "timeSpan", "'abc' is not a duration"),
            ("cron", "cronExpression", "not a cron"),
        };
        Assert.Equal(expected.Select(e => (e.Activity, e.Path)).Order(), problems.Select(p => (p.ActivityId!, p.Path)).Order());
        foreach (var (activity, path, fragment) in expected)
            Assert.Contains(fragment, problems.Single(p => p.ActivityId == activity && p.Path == path).Message);
        // Elsa runs a stray activity's flowchart and a WriteLine without text: those two are warnings, the rest errors.
        Assert.Equal(["island", "noText"], problems.Where(p => !p.IsError).Select(p => p.ActivityId!).Order());
    }

    public static TheoryData<string, FlowBuilder, string?, string, string> SingleProblems => new()
    {
        { "duplicate activity id", new FlowBuilder().WriteLine("a", "1").WriteLine("a", "2"), "a", "id", "duplicate activity id" },
        { "unknown inbound port", new FlowBuilder().WriteLine("a", "1").WriteLine("b", "2").Connect("a", "b").Connect("a", "b").WithTweak(j => j["root"]!["connections"]![1]!["target"]!["port"] = "Side"), "b", "connections[1].target.port", "'Side'" },
        { "start that does not exist", new FlowBuilder().WriteLine("a", "1").StartAt("zzz"), null, "root.start", "'zzz'" },
        { "duplicate variable", new FlowBuilder().Variable("X").Variable("X").WriteLine("a", "1"), null, "variables[1].name", "duplicate variable" },
        { "bad initial value", new FlowBuilder().Variable("N", "Int32", "veel").WriteLine("a", "1"), null, "variables[0].value", "'veel'" },
        { "undeclared variable in expression", new FlowBuilder().Activity("a", "Elsa.WriteLine", ("text", Var("Missing"))), "a", "text", "'Missing' is not declared" },
        { "unknown expression type", new FlowBuilder().Activity("a", "Elsa.WriteLine", ("text", Data("String", "Python", "print(1)"))), "a", "text", "Unknown expression type 'Python'" },
        { "Object expression that is not JSON", new FlowBuilder().Activity("a", "Elsa.SetOutput", ("outputName", Literal("o")), ("outputValue", Obj("{ broken"))), "a", "outputValue", "not valid JSON" },
        { "expression where a fixed value is needed", new FlowBuilder().Activity("js", "Elsa.RunJavaScript", ("script", Js("'1+1'"))), "js", "script", "must be a fixed value" },
        { "zero timer interval", new FlowBuilder().Activity("t", "Elsa.Timer", ("interval", Literal("00:00:00", "TimeSpan"))), "t", "interval", "positive" },
        { "unknown join mode", new FlowBuilder().Activity("j", "Elsa.FlowJoin", ("mode", Literal("WaitSome"))), "j", "mode", "WaitAll, WaitAny" },
        { "decision condition that is no Boolean", new FlowBuilder().Decision("d", Literal("misschien", "Boolean")), "d", "condition", "'misschien' is not a Boolean" },
    };

    [Theory]
    [MemberData(nameof(SingleProblems))]
    public void Validate_OneProblem_ReportedAtItsPath(string description, FlowBuilder flow, string? activityId, string path, string fragment)
    {
        var problems = Validate(flow.Build());

        var problem = Assert.Single(problems);
        Assert.True((activityId, path) == (problem.ActivityId, problem.Path), $"{description}: got {problem}");
        Assert.Contains(fragment, problem.Message);
    }

    [Fact]
    public void Validate_TextThatIsNotJson_ProblemWithLineAndColumn()
    {
        var (definition, problems) = new DefinitionValidator(ActivityRegistry()).Validate("{ \"root\": { \"activities\": [ }");

        Assert.Null(definition);
        var problem = Assert.Single(problems);
        Assert.StartsWith("line 1, column", problem.Path);
        Assert.Contains("not valid JSON", problem.Message);
    }

    [Fact]
    public void Validate_ActivityWithoutType_ProblemAtItsPath()
    {
        var (_, problems) = new DefinitionValidator(ActivityRegistry()).Validate("""{ "id": "x", "root": { "activities": [ { "id": "a" } ] } }""");

        var problem = Assert.Single(problems);
        Assert.Equal("root.activities[0].type", problem.Path);
    }

    [Fact]
    public void Validate_ValidSample_NoProblems()
    {
        foreach (var file in SharedPaths.SampleFiles)
            Assert.Empty(new DefinitionValidator(ActivityRegistry()).Validate(File.ReadAllText(SharedPaths.Sample(file))).Problems);
    }

    [Fact]
    public void ProblemToString_NamesActivityPathAndMessage()
    {
        var text = ProblemCodes.InputMissing.Error("a", "text", ("input", "text")).ToString();

        Assert.Equal("a: text: required input 'text' is missing", text);
        Assert.Equal("a: text: warning: required input 'text' is missing", ProblemCodes.InputMissing.Warning("a", "text", ("input", "text")).ToString());
    }

    private static JsonObject Data(string typeName, string expressionType, string value) => InputValue.Wrap(typeName, expressionType, value);

    [Fact]
    public void Validate_FrictionAmountsNegativeOrNotANumber_NamesTheActivityAndField()
    {
        // Friction figures drive every report and the designer's burden preview; one typo must not pass unseen.
        var flow = new FlowBuilder("friction-values")
            .Activity("start", "Elsa.Start", ("customProperties", new JsonObject
            {
                ["friction"] = new JsonObject
                {
                    ["origin"] = "landelijk", ["basis"] = 42, ["actor"] = "consulent", ["minutes"] = -10, ["citizenMinutes"] = "tien",
                    ["outOfPocket"] = 12.5, ["businessOutOfPocket"] = new JsonArray(1500), ["purpose"] = "melding",
                },
            }))
            .Activity("end", "Elsa.End", ("customProperties", new JsonObject { ["friction"] = "intern" }))
            .Chain("start", "end")
            .Build();

        var problems = Validate(flow).Select(p => p.ToString()).ToList();

        Assert.Equal(
        [
            "start: customProperties.friction.origin: origin must be one of national, local, contract, internal, not \"landelijk\"",
            "start: customProperties.friction.basis: basis must be a text, not 42",
            "start: customProperties.friction.minutes: minutes must be a number, 0 or more, not -10",
            "start: customProperties.friction.citizenMinutes: citizenMinutes must be a number, 0 or more, not \"tien\"",
            "start: customProperties.friction.businessOutOfPocket: businessOutOfPocket must be a number, 0 or more, not [1500]",
            "end: customProperties.friction: the friction annotation must be an object with origin, basis, actor, minutes, citizenMinutes, outOfPocket and purpose, not \"intern\"",
        ], problems);
        Assert.All(Validate(flow), p => Assert.True(p.IsError));
    }

    [Fact]
    public void Validate_FrictionLeftOutOrNull_IsNoProblem()
    {
        // Elsa's own files carry no annotation, and a designer fills one in bit by bit: only strict validation asks for all of it.
        var flow = new FlowBuilder("friction-partial")
            .Activity("start", "Elsa.Start", ("customProperties", new JsonObject
            {
                ["friction"] = new JsonObject { ["origin"] = "local", ["minutes"] = 0, ["citizenMinutes"] = null, ["outOfPocket"] = 1e6 },
            }))
            .Activity("end", "Elsa.End")
            .Chain("start", "end")
            .Build();

        Assert.Empty(Validate(flow));
    }
}
