using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.Steps;
using RelatieWerkstroom.Casework.Steps.Intake;
using RelatieWerkstroom.Casework.Tests.Support;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Casework.Tests.Activities.Steps;

public sealed class ServiceStepTests
{
    public static TheoryData<string[], string[], string> CompletenessCases => new()
    {
        { ["aanvraagformulier", "inkomensverklaring"], ["Inkomensverklaring", "aanvraagformulier"], "route compleet" },
        { ["aanvraagformulier", "inkomensverklaring"], ["aanvraagformulier"], "route onvolledig" },
        { [], [], "route compleet" },
    };

    private static FlowchartBuilder CompletenessFlow(string[] required, string[] received, params string[] outcomes) =>
        new FlowchartBuilder("completeness")
            .Start()
            .ServiceStep("check", "CheckCompleteness",
                new JsonObject
                {
                    ["requiredDocuments"] = new JsonArray([.. required.Select(d => JsonValue.Create(d))]),
                    ["receivedDocuments"] = new JsonArray([.. received.Select(d => JsonValue.Create(d))]),
                },
                outcomes)
            .WriteLine("compleet", "route compleet")
            .WriteLine("onvolledig", "route onvolledig")
            .Connect("start", "check")
            .Connect("check", "compleet", "Compleet")
            .Connect("check", "onvolledig", "Onvolledig");

    [Theory]
    [MemberData(nameof(CompletenessCases))]
    public async Task ServiceStep_HandlerPicksOutcome_FollowsThatPortOnly(string[] required, string[] received, string expectedLine)
    {
        // Arrange
        var t = new CaseworkTestRuntime();
        var definition = CompletenessFlow(required, received, "Compleet", "Onvolledig").Build();

        // Act
        var result = await t.StartAsync(definition);

        // Assert
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal([expectedLine], t.Lines);
    }

    [Fact]
    public async Task ServiceStep_HandlerReturnsOutputs_StoresDeclaredVariablesAndOtherOutputs()
    {
        // Arrange
        var t = new CaseworkTestRuntime();
        var definition = new FlowchartBuilder("melding")
            .Variable("meldingId", "String")
            .Start()
            .ServiceStep("register", "RegisterMelding", new JsonObject { ["channel"] = "telefoon" }, "Geregistreerd")
            .End()
            .Connect("start", "register")
            .Connect("register", "end", "Geregistreerd")
            .Build();

        // Act
        var result = await t.StartAsync(definition);

        // Assert: six weeks after Monday 2 March 2026 is Monday 13 April 2026.
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal("2026-04-13", result.Output["onderzoekDeadline"]?.GetValue<string>());
        Assert.Equal("telefoon", result.Output["channel"]?.GetValue<string>());
        Assert.False(result.Output.ContainsKey("meldingId"));
        var instance = await t.Instances.FindAsync(result.InstanceId);
        Assert.StartsWith("MLD-", instance!.Variables["meldingId"]?.GetValue<string>());
    }

    [Fact]
    public async Task ServiceStep_WithoutOutcomes_CompletesOnDone()
    {
        // Arrange
        var t = new CaseworkTestRuntime();
        var definition = new FlowchartBuilder("probe")
            .Start()
            .ServiceStep("probe", "ProbeContext")
            .WriteLine("after", "na de stap")
            .Connect("start", "probe")
            .Connect("probe", "after")
            .Build();

        // Act
        var result = await t.StartAsync(definition);

        // Assert
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(["na de stap"], t.Lines);
    }

    [Fact]
    public async Task ServiceStep_StepRequest_ReceivesInstanceCaseAndActivity()
    {
        // Arrange
        var t = new CaseworkTestRuntime();
        var definition = new FlowchartBuilder("probe")
            .Start()
            .ServiceStep("probe", "ProbeContext", new JsonObject { ["note"] = "x" })
            .Connect("start", "probe")
            .Build();

        // Act
        var result = await t.StartAsync(definition, new StartOptions(CorrelationId: "zaak-2026-0042", Actor: "consulent-7"));

        // Assert
        var context = Assert.Single(t.Probe.Contexts);
        Assert.NotNull(context);
        Assert.Equal(result.InstanceId, context.InstanceId);
        Assert.Equal("probe", context.DefinitionId);
        Assert.Equal("zaak-2026-0042", context.CorrelationId);
        Assert.Equal("probe", context.ActivityId);
        Assert.Equal("consulent-7", context.Actor);
        Assert.Equal(t.Clock.GetUtcNow(), context.Now);
        Assert.Equal([true], t.Probe.ScopeSeen);
    }

    [Fact]
    public async Task ServiceStep_SameDefinitionStartedTwice_EachRunGetsItsOwnRequestAndContext()
    {
        // Arrange
        var t = new CaseworkTestRuntime();
        var definition = new FlowchartBuilder("probe-twice")
            .Start()
            .ServiceStep("probe", "ProbeContext", new JsonObject { ["note"] = "vaste invoer" })
            .Connect("start", "probe")
            .Build();
        var stored = (await t.Service.ImportAsync([(definition.DefinitionId, definition)]))[0];

        // Act
        var first = await t.Runtime.StartAsync(stored, new StartOptions(CorrelationId: "zaak-1"));
        var second = await t.Runtime.StartAsync(stored, new StartOptions(CorrelationId: "zaak-2"));

        // Assert
        Assert.Equal([first.InstanceId, second.InstanceId], t.Probe.Contexts.Select(c => c!.InstanceId));
        Assert.Equal(["zaak-1", "zaak-2"], t.Probe.Contexts.Select(c => c!.CorrelationId));
        Assert.Equal(["vaste invoer", "vaste invoer"], t.Probe.Requests.Cast<ProbeContext.Command>().Select(r => r.Note));
        Assert.NotSame(t.Probe.Requests[0], t.Probe.Requests[1]);
        Assert.Equal("zaak-1", ((ProbeContext.Command)t.Probe.Requests[0]).Context!.CorrelationId);
    }

    [Fact]
    public async Task ServiceStep_HandlerChangesItsRequest_NextRunStillGetsTheDefinitionInputs()
    {
        // Arrange
        var t = new CaseworkTestRuntime();
        var definition = new FlowchartBuilder("count-twice")
            .Start()
            .ServiceStep("count", "CountItems", new JsonObject { ["items"] = new JsonArray("aanvraag") }, "Een", "Meer")
            .WriteLine("een", "een")
            .WriteLine("meer", "meer")
            .Connect("start", "count")
            .Connect("count", "een", "Een")
            .Connect("count", "meer", "Meer")
            .Build();
        var stored = (await t.Service.ImportAsync([(definition.DefinitionId, definition)]))[0];

        // Act: three runs, so that a request shared between runs would show up at the latest in the third.
        for (var i = 0; i < 3; i++) await t.Runtime.StartAsync(stored);

        // Assert
        Assert.Equal(["een", "een", "een"], t.Lines);
    }

    [Fact]
    public async Task ServiceStep_InputsFromVariable_BuildsRequestWhenItRuns()
    {
        // Arrange
        var t = new CaseworkTestRuntime();
        var definition = new FlowchartBuilder("dynamic")
            .Variable("documents")
            .Start()
            .Activity("check", "RelatieWerkstroom.ServiceStep", new JsonObject
            {
                ["request"] = new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = "CheckCompleteness" } },
                ["inputs"] = new JsonObject { ["typeName"] = "Object", ["expression"] = new JsonObject { ["type"] = "Variable", ["value"] = "documents" } },
                ["outcomes"] = new JsonObject { ["typeName"] = "String[]", ["expression"] = new JsonObject { ["type"] = "Object", ["value"] = "[\"Compleet\",\"Onvolledig\"]" } },
            })
            .WriteLine("compleet", "route compleet")
            .WriteLine("onvolledig", "route onvolledig")
            .Connect("start", "check")
            .Connect("check", "compleet", "Compleet")
            .Connect("check", "onvolledig", "Onvolledig")
            .Build();
        var documents = new JsonObject { ["RequiredDocuments"] = new JsonArray("indicatie"), ["ReceivedDocuments"] = new JsonArray() };

        // Act
        var result = await t.StartAsync(definition, new StartOptions(Variables: new Dictionary<string, JsonNode?> { ["documents"] = documents }));

        // Assert
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(["route onvolledig"], t.Lines);
        Assert.Equal(["indicatie"], result.Output["missingDocuments"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public async Task ServiceStep_HandlerChoosesUndeclaredOutcome_FaultsWithIncident()
    {
        // Arrange: the definition forgot the Onvolledig outcome.
        var t = new CaseworkTestRuntime();
        var definition = new FlowchartBuilder("forgot-outcome")
            .Start()
            .ServiceStep("check", "CheckCompleteness", new JsonObject { ["requiredDocuments"] = new JsonArray("beschikking") }, "Compleet")
            .WriteLine("compleet", "route compleet")
            .Connect("start", "check")
            .Connect("check", "compleet", "Compleet")
            .Build();

        // Act
        var result = await t.StartAsync(definition);

        // Assert
        Assert.Equal(WorkflowStatus.Faulted, result.Status);
        Assert.NotNull(result.Incident);
        Assert.Equal("check", result.Incident.ActivityId);
        Assert.Contains("'Onvolledig'", result.Incident.Message);
        Assert.Contains("does not declare", result.Incident.Message);
        Assert.Empty(t.Lines);
    }

    [Fact]
    public async Task ServiceStep_HandlerThrows_FaultsWithIncidentAndStopsTheFlow()
    {
        // Arrange
        var t = new CaseworkTestRuntime();
        var definition = new FlowchartBuilder("broken")
            .Start()
            .ServiceStep("call", "CallBrokenBackend")
            .WriteLine("after", "na de stap")
            .Connect("start", "call")
            .Connect("call", "after")
            .Build();

        // Act
        var result = await t.StartAsync(definition);

        // Assert
        Assert.Equal(WorkflowStatus.Faulted, result.Status);
        Assert.NotNull(result.Incident);
        Assert.Equal("call", result.Incident.ActivityId);
        Assert.Equal("RelatieWerkstroom.ServiceStep", result.Incident.ActivityType);
        Assert.Contains("iWmo gateway did not answer", result.Incident.Message);
        Assert.Empty(t.Lines);
        var journal = await t.JournalAsync(result.InstanceId);
        Assert.Contains(journal, e => e.Kind == JournalEvents.ActivityFaulted && e.ActivityId == "call");
    }

    [Fact]
    public async Task ServiceStep_InputsOfWrongShapeAtRunTime_FaultsNamingStepAndRequest()
    {
        // Arrange: the variable holds a number where a list of documents is expected.
        var t = new CaseworkTestRuntime();
        var definition = new FlowchartBuilder("bad-inputs")
            .Variable("documents")
            .Start()
            .Activity("check", "RelatieWerkstroom.ServiceStep", new JsonObject
            {
                ["request"] = new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = "CheckCompleteness" } },
                ["inputs"] = new JsonObject { ["typeName"] = "Object", ["expression"] = new JsonObject { ["type"] = "Variable", ["value"] = "documents" } },
            })
            .Connect("start", "check")
            .Build();
        var documents = new JsonObject { ["requiredDocuments"] = 3 };

        // Act
        var result = await t.StartAsync(definition, new StartOptions(Variables: new Dictionary<string, JsonNode?> { ["documents"] = documents }));

        // Assert
        Assert.Equal(WorkflowStatus.Faulted, result.Status);
        Assert.Contains("service step 'check'", result.Incident!.Message);
        Assert.Contains("'CheckCompleteness'", result.Incident.Message);
    }

    [Fact]
    public void Validate_UnknownRequestName_ReportsProblemAtRequest()
    {
        // Arrange
        var t = new CaseworkTestRuntime();
        var definition = new FlowchartBuilder("unknown-request")
            .Start()
            .ServiceStep("step", "DraftBeschikkingXyz")
            .Connect("start", "step")
            .Build();

        // Act
        var problems = t.Validator.Validate(definition);

        // Assert
        var problem = Assert.Single(problems);
        Assert.Equal("step", problem.ActivityId);
        Assert.Equal("request", problem.Path);
        Assert.Contains("'DraftBeschikkingXyz'", problem.Message);
        Assert.Contains("CheckCompleteness", problem.Message);
    }

    [Fact]
    public void Validate_FullRequestTypeName_IsAccepted()
    {
        // Arrange
        var t = new CaseworkTestRuntime();
        var definition = new FlowchartBuilder("full-name")
            .Start()
            .ServiceStep("step", typeof(RegisterMelding.Command).FullName!, outcomes: "Geregistreerd")
            .Connect("start", "step")
            .Build();

        // Act
        var problems = t.Validator.Validate(definition);

        // Assert
        Assert.Empty(problems);
    }

    [Fact]
    public void Validate_FixedInputsThatDoNotFitRequest_ReportsProblemAtInputs()
    {
        // Arrange
        var t = new CaseworkTestRuntime();
        var definition = new FlowchartBuilder("bad-fixed-inputs")
            .Start()
            .ServiceStep("step", "CheckCompleteness", new JsonObject { ["requiredDocuments"] = "aanvraagformulier" }, "Compleet", "Onvolledig")
            .Connect("start", "step")
            .Build();

        // Act
        var problems = t.Validator.Validate(definition);

        // Assert
        var problem = Assert.Single(problems);
        Assert.Equal("inputs", problem.Path);
        Assert.Contains("requiredDocuments", problem.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Validate_ConnectionFromUndeclaredOutcome_ReportsProblem()
    {
        // Arrange
        var t = new CaseworkTestRuntime();
        var definition = CompletenessFlow(["a"], ["a"], "Compleet").Build();

        // Act
        var problems = t.Validator.Validate(definition);

        // Assert
        Assert.Contains(problems, p => p.ActivityId == "check" && p.Path.EndsWith(".source.port") && p.Message.Contains("'Onvolledig'"));
    }

    public static TheoryData<string, string> BadOutcomes => new()
    {
        { "[]", "outcomes" },
        { "[\"Ja\",\"Ja\"]", "outcomes[1]" },
        { "[\"Ja\",\"\"]", "outcomes[1]" },
    };

    [Theory]
    [MemberData(nameof(BadOutcomes))]
    public void Validate_BadOutcomeList_ReportsProblemAtPath(string outcomesJson, string expectedPath)
    {
        // Arrange
        var t = new CaseworkTestRuntime();
        var definition = new FlowchartBuilder("bad-outcomes")
            .Start()
            .Activity("step", "RelatieWerkstroom.ServiceStep", new JsonObject
            {
                ["request"] = new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = "ProbeContext" } },
                ["outcomes"] = new JsonObject { ["typeName"] = "String[]", ["expression"] = new JsonObject { ["type"] = "Object", ["value"] = outcomesJson } },
            })
            .Connect("start", "step", "Done")
            .Build();

        // Act
        var problems = t.Validator.Validate(definition);

        // Assert
        Assert.Contains(problems, p => p.ActivityId == "step" && p.Path == expectedPath);
    }
}
