using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Tests.Support;
using RelatieWerkstroom.Engine.Validation.Strict;
using static RelatieWerkstroom.Engine.Tests.Support.FlowBuilder;

namespace RelatieWerkstroom.Engine.Tests.Validation;

/// <summary>Strict validation: what a runnable definition still needs before its cases count in friction reports.</summary>
public sealed class StrictValidatorTests
{
    private static readonly HashSet<string> NoOtherDefinitions = new(StringComparer.Ordinal);

    private static List<string> Strict(WorkflowDefinition definition, IReadOnlySet<string>? known = null) =>
        [.. new StrictValidator(ActivityRegistry.CreateWithCoreActivities()).Validate(definition, known ?? NoOtherDefinitions).Select(p => p.ToString())];

    private static (string, JsonNode?) Friction(string origin = "national", double minutes = 10) => ("customProperties", new JsonObject
    {
        ["friction"] = new JsonObject
        {
            ["origin"] = origin, ["basis"] = "Wmo 2015 art. 2.3.2", ["actor"] = "consulent", ["minutes"] = minutes,
            ["citizenMinutes"] = 0, ["outOfPocket"] = 0, ["purpose"] = "de hulpvraag vaststellen",
        },
    });

    private static FlowBuilder Annotated(FlowBuilder flow, string id, string type, params (string, JsonNode?)[] inputs) =>
        flow.Activity(id, type, [.. inputs, Friction()]);

    [Fact]
    public void Validate_AnnotatedFlowEndingInEnd_NoProblems()
    {
        var flow = new FlowBuilder("good");
        Annotated(flow, "start", "Elsa.Start");
        Annotated(flow, "write", "Elsa.WriteLine", ("text", Literal("hallo")));
        Annotated(flow, "end", "Elsa.End");

        Assert.Empty(Strict(flow.Chain("start", "write", "end").Build()));
    }

    [Fact]
    public void Validate_ElsaSampleWithoutAnnotationsOrEnd_NamesEachMissingPiece()
    {
        var sample = WorkflowDefinitionReader.Parse(File.ReadAllText(SharedPaths.Sample("writeline.json")));
        var id = sample.Activities.Single().Id;

        var problems = Strict(sample);

        Assert.Equal(
        [
            $"{id}: customProperties.friction: the friction annotation is missing; reports count this step as unannotated",
            $"{id}: connections: outcome 'Done' of '{sample.Activities.Single().Label}' is not connected; a case that takes it stops there without an end",
            $"{id}: activities[0]: no path from '{sample.Activities.Single().Label}' reaches an Elsa.End",
        ], problems);
    }

    [Fact]
    public void Validate_IncompleteAnnotation_NamesEveryMissingFieldWithItsPath()
    {
        var flow = new FlowBuilder("incomplete")
            .Activity("start", "Elsa.Start", ("customProperties", new JsonObject
            {
                ["friction"] = new JsonObject { ["basis"] = " ", ["actor"] = "consulent", ["minutes"] = 5, ["citizenMinutes"] = null },
            }));
        Annotated(flow, "end", "Elsa.End");

        var problems = Strict(flow.Chain("start", "end").Build());

        Assert.Equal(
        [
            "start: customProperties.friction.origin: origin must be one of national, local, contract, internal",
            "start: customProperties.friction.basis: basis must be a non-empty text",
            "start: customProperties.friction.purpose: purpose must be a non-empty text",
            "start: customProperties.friction.citizenMinutes: citizenMinutes must be a number, 0 or more",
            "start: customProperties.friction.outOfPocket: outOfPocket must be a number, 0 or more",
        ], problems);
    }

    [Fact]
    public void Validate_AnnotationWithWrongValues_ReportsTheOrdinaryValueProblemsFirst()
    {
        // Wrong values are ordinary problems (the designer shows them while editing); what is missing comes after they are fixed.
        var flow = new FlowBuilder("wrong-values")
            .Activity("start", "Elsa.Start", ("customProperties", new JsonObject
            {
                ["friction"] = new JsonObject { ["origin"] = "habit", ["minutes"] = -5, ["citizenMinutes"] = "veel" },
            }));
        Annotated(flow, "end", "Elsa.End");

        var problems = Strict(flow.Chain("start", "end").Build());

        Assert.Equal(
        [
            "start: customProperties.friction.origin: origin must be one of national, local, contract, internal, not \"habit\"",
            "start: customProperties.friction.minutes: minutes must be a number, 0 or more, not -5",
            "start: customProperties.friction.citizenMinutes: citizenMinutes must be a number, 0 or more, not \"veel\"",
        ], problems);
    }

    [Fact]
    public void Validate_LoopWithoutExit_ReportsEveryActivityThatCannotReachAnEnd()
    {
        var flow = new FlowBuilder("open-ends");
        Annotated(flow, "start", "Elsa.Start");
        Annotated(flow, "decide", "Elsa.FlowDecision", ("condition", Literal("true", "Boolean")));
        Annotated(flow, "end", "Elsa.End");
        Annotated(flow, "again", "Elsa.WriteLine", ("text", Literal("nog eens")));
        Annotated(flow, "round", "Elsa.WriteLine", ("text", Literal("rond")));
        Annotated(flow, "check", "Elsa.FlowDecision", ("condition", Literal("true", "Boolean")));
        flow.Chain("start", "decide").Connect("decide", "end", "True").Connect("decide", "again", "False")
            .Chain("again", "round", "check").Connect("check", "round", "True").Connect("check", "round", "False");

        var problems = Strict(flow.Build());

        Assert.Equal(
        [
            "again: activities[3]: no path from 'again' reaches an Elsa.End",
            "check: activities[5]: no path from 'check' reaches an Elsa.End",
            "round: activities[4]: no path from 'round' reaches an Elsa.End",
        ], problems.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_DecisionWithOneBranchOpen_ReportsTheOpenOutcome()
    {
        var withOpenPort = new FlowBuilder("open-port");
        Annotated(withOpenPort, "start", "Elsa.Start");
        Annotated(withOpenPort, "decide", "Elsa.FlowDecision", ("condition", Literal("true", "Boolean")));
        Annotated(withOpenPort, "end", "Elsa.End");
        withOpenPort.Chain("start", "decide").Connect("decide", "end", "True");

        Assert.Equal(
            ["decide: connections: outcome 'False' of 'decide' is not connected; a case that takes it stops there without an end"],
            Strict(withOpenPort.Build()));
    }

    [Fact]
    public void Validate_SubWorkflowNotAmongTheCheckedDefinitions_IsReported()
    {
        var flow = new FlowBuilder("parent");
        Annotated(flow, "start", "Elsa.Start");
        Annotated(flow, "child", "Elsa.ExecuteWorkflow", ("workflowDefinitionId", Literal("rw5-bezwaar")));
        Annotated(flow, "end", "Elsa.End");
        var definition = flow.Chain("start", "child", "end").Build();

        Assert.Equal(["child: workflowDefinitionId: sub-workflow 'rw5-bezwaar' is not among the definitions checked together"], Strict(definition));
        Assert.Empty(Strict(definition, new HashSet<string>(["rw5-bezwaar"], StringComparer.Ordinal)));
    }

    [Fact]
    public void Validate_DefinitionWithOrdinaryProblems_ReportsOnlyThose()
    {
        var flow = new FlowBuilder("broken").Activity("x", "Elsa.Teleport");

        Assert.Equal(["x: type: unknown activity type 'Elsa.Teleport'"], Strict(flow.Build()));
    }
}
