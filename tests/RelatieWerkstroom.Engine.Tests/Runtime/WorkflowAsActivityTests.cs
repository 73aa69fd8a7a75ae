using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Activities.WorkflowAsActivity;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Tests.Support;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Engine.Tests.Runtime;

/// <summary>
/// A published definition with options.usableAsActivity is an activity type of its own (Elsa's
/// WorkflowDefinitionActivity). Each fixture is in tests/fixtures/elsa3-oracle (wfa-*.json); the expected lines are
/// what Elsa 3.8 printed for it (elsa-oracle PARENT --with CHILD), see the README there.
/// </summary>
public sealed class WorkflowAsActivityTests
{
    private static WorkflowDefinition Fixture(string name) =>
        WorkflowDefinitionReader.Parse(File.ReadAllText(Path.Combine(SharedPaths.RepositoryRoot, "tests", "fixtures", "elsa3-oracle", name)));

    [Fact]
    public async Task Child_GetsTheNodesInputs_ParentReadsItsOutput_AndContinuesAtTheOutcomeItCompletedWith()
    {
        var t = new TestRuntime();
        await t.ImportAsync(Fixture("wfa-beoordeling.json"));

        var result = await t.StartAsync(Fixture("wfa-ouder-uitkomst.json"));

        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(["1 ja: toegekend aan Fatima", "2 nee: afgewezen voor Piet"], t.Lines);
    }

    [Fact]
    public async Task ChildThatEndsWithoutComplete_ContinuesTheParentAtDone_EvenWhenItDeclaresOutcomes()
    {
        var t = new TestRuntime();
        await t.ImportAsync(Fixture("wfa-zonder-complete.json"));

        var result = await t.StartAsync(Fixture("wfa-ouder-done.json"));

        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(["Kind klaar", "Via Done"], t.Lines);
    }

    [Fact]
    public async Task WaitingChild_KeepsTheParentWaiting_UntilItCompletes_ThenTheParentTakesItsOutcome()
    {
        var t = new TestRuntime();
        await t.ImportAsync(Fixture("wfa-wachtend.json"));

        var started = await t.StartAsync(Fixture("wfa-ouder-wacht.json"));
        Assert.Equal(WorkflowStatus.Suspended, started.Status);
        Assert.Equal(["Ouder begint", "Kind wacht voor Fatima"], t.Lines);
        var parentWaits = Assert.Single((await t.Instances.FindAsync(started.InstanceId))!.Bookmarks);
        Assert.Equal(BookmarkKinds.ChildWorkflow, parentWaits.Kind);

        await t.Runtime.TriggerEventAsync("Beslist");

        var parent = await t.Instances.FindAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, parent!.Status);
        Assert.Equal(["Ouder begint", "Kind wacht voor Fatima", "Gegrond: gegrond"], t.Lines);
        var child = await t.Instances.FindAsync(parentWaits.Name!);
        Assert.Equal((started.InstanceId, "wfa-wachtend", WorkflowStatus.Finished), (child!.ParentInstanceId, child.DefinitionId, child.Status));
    }

    [Fact]
    public async Task NodeNamingAVersionThatIsNotStored_RunsThePublishedVersion_WithAWarning()
    {
        var t = new TestRuntime();
        await t.ImportAsync(Fixture("wfa-zonder-complete.json"));

        var problems = new DefinitionValidator(t.Registry).Validate(Fixture("wfa-ouder-versie.json"));
        var result = await t.StartAsync(Fixture("wfa-ouder-versie.json"));

        var warning = Assert.Single(problems);
        Assert.Equal((ProblemCodes.WorkflowActivityVersionNotPublished.Code, ProblemSeverity.Warning, "kind", "workflowDefinitionVersionId"),
            (warning.Code, warning.Severity, warning.ActivityId, warning.Path));
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(["Kind klaar", "Na kind"], t.Lines);
    }

    [Fact]
    public async Task NodeNamingAStoredOlderVersion_RunsThatVersion_AsElsaDoes()
    {
        var t = new TestRuntime();
        var v1 = await t.ImportAsync(Fixture("wfa-zonder-complete.json"));
        var changed = (JsonObject)Fixture("wfa-zonder-complete.json").Document.DeepClone();
        changed["root"]!["activities"]![0]!["text"]!["expression"]!["value"] = "Versie 2";
        await t.ImportAsync(WorkflowDefinitionReader.Read(changed));

        // The parent names v1 (wfa-zonder-complete-v1), which is stored but no longer published.
        await t.StartAsync(Fixture("wfa-ouder-done.json"));

        Assert.Equal("wfa-zonder-complete-v1", v1.Id);
        Assert.Equal(["Kind klaar", "Via Done"], t.Lines);
    }

    [Fact]
    public void NodeNamingAWorkflowThatIsNotPublishedAsAnActivity_IsAnErrorNamingTheStepAndTheWorkflow()
    {
        var t = new TestRuntime();

        var problems = new DefinitionValidator(t.Registry).Validate(Fixture("wfa-ouder-onbekend.json"));

        var error = Assert.Single(problems.Errors());
        Assert.Equal((ProblemCodes.WorkflowActivityUnknown.Code, "kind", "workflowDefinitionId"), (error.Code, error.ActivityId, error.Path));
        Assert.Contains("'Kind (kind)' (BestaatNiet)", error.Message);
        Assert.Contains("'bestaat-niet'", error.Message);
    }

    [Fact]
    public async Task UnknownWorkflow_RefusesTheImport_AndAChildImportedWithItsParentIsKnown()
    {
        var t = new TestRuntime();

        var refused = await Assert.ThrowsAsync<DefinitionValidationException>(() => t.ImportAsync(Fixture("wfa-ouder-uitkomst.json")));
        var stored = await t.Service.ImportAsync([("ouder.json", Fixture("wfa-ouder-uitkomst.json")), ("kind.json", Fixture("wfa-beoordeling.json"))]);

        Assert.Contains(refused.Problems, p => p.Problem.Code == ProblemCodes.WorkflowActivityUnknown.Code && p.Problem.ActivityId == "eerste");
        Assert.Equal(2, stored.Count);
        var result = await t.Runtime.StartAsync("wfa-ouder-uitkomst");
        Assert.Equal(["1 ja: toegekend aan Fatima", "2 nee: afgewezen voor Piet"], t.Lines);
        Assert.Equal(WorkflowStatus.Finished, result.Status);
    }

    [Fact]
    public async Task PublishedUsableDefinition_IsAnActivityDescriptor_WithItsInputsOutputsOutcomesAndCategory()
    {
        var t = new TestRuntime();
        await t.ImportAsync(Fixture("wfa-beoordeling.json"));
        await t.ImportAsync(Fixture("wfa-wachtend.json"));
        await t.ImportAsync(Fixture("kind-met-invoer.json")); // not usable as an activity
        var draft = (JsonObject)Fixture("wfa-zonder-complete.json").Document.DeepClone();
        await t.Service.SaveDraftAsync(WorkflowDefinitionReader.Read(draft)); // usable, but never published

        var descriptors = t.Registry.Descriptors.Where(d => d.Workflow is not null).OrderBy(d => d.TypeName, StringComparer.Ordinal).ToList();

        Assert.Equal(["BeoordelingAanvraag", "WachtendKind"], descriptors.Select(d => d.TypeName));
        var beoordeling = descriptors[0];
        Assert.Equal(("Workflows", "Beoordeling aanvraag"), (beoordeling.Category, beoordeling.DisplayName));
        Assert.Equal([("Naam", "String"), ("Bedrag", "Int32")], beoordeling.Inputs.Select(i => (i.Name, i.TypeName)));
        Assert.Equal([("Besluit", "String")], beoordeling.Outputs.Select(o => (o.Name, o.TypeName)));
        Assert.Equal(["Toegekend", "Afgewezen", "Done"], beoordeling.Outcomes);
        Assert.Equal(new("wfa-beoordeling", "wfa-beoordeling-v1", 1), beoordeling.Workflow);
        Assert.Equal("Deelprocessen", descriptors[1].Category); // options.activityCategory
    }

    [Theory]
    [InlineData("RW-5 Bezwaar (deelproces)", "RW-5Bezwaar (deelproces)")]
    [InlineData("child with input", "ChildWithInput")]
    [InlineData("kind_met-invoer", "KindMetInvoer")]
    [InlineData("  twee  spaties", "TweeSpaties")]
    [InlineData("x.y z", "X.yZ")]
    [InlineData("ÿ écht", "ÿ écht")]
    public void TypeName_IsTheDefinitionNamePascalizedAsHumanizer3Does(string name, string typeName) =>
        // Measured with Humanizer 3.0.10, the version Elsa 3.8 uses.
        Assert.Equal(typeName, WorkflowActivityType.TypeNameOf(name));

    [Fact]
    public void ParentWithAWorkflowActivity_IsWrittenBackAsItWasRead()
    {
        var parent = Fixture("wfa-ouder-uitkomst.json");

        var written = JsonNode.Parse(WorkflowDefinitionWriter.Write(parent));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(File.ReadAllText(Path.Combine(SharedPaths.RepositoryRoot, "tests", "fixtures", "elsa3-oracle", "wfa-ouder-uitkomst.json"))), written));
    }
}
