using System.Text.Json.Nodes;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using RelatieWerkstroom.Casework.Steps;
using RelatieWerkstroom.Casework.Tests.Support;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Casework.Tests.Behaviors;

public sealed class StepJournalBehaviorTests
{
    [Fact]
    public async Task StepJournalBehavior_StepRuns_JournalsStartThenCompletionWithDurationAndOutcome()
    {
        // Arrange
        var t = new CaseworkTestRuntime();
        var definition = new FlowchartBuilder("timed")
            .Start()
            .ServiceStep("wait", "TakeTime", new JsonObject { ["milliseconds"] = 1500 })
            .Connect("start", "wait")
            .Build();

        // Act
        var result = await t.StartAsync(definition);

        // Assert
        var journal = (await t.JournalAsync(result.InstanceId)).Where(e => e.ActivityId == "wait").ToList();
        Assert.Equal(
            [JournalEvents.ActivityStarted, JournalEvents.StepStarted, JournalEvents.StepCompleted, JournalEvents.ActivityCompleted],
            journal.Select(e => e.Kind));
        var started = JsonNode.Parse(journal[1].PayloadJson!)!;
        Assert.Equal("TakeTime", started["request"]!.GetValue<string>());
        var completed = JsonNode.Parse(journal[2].PayloadJson!)!;
        Assert.Equal("TakeTime", completed["request"]!.GetValue<string>());
        Assert.Equal(1500, completed["durationMs"]!.GetValue<double>());
        Assert.Equal("Done", completed["outcome"]!.GetValue<string>());
        Assert.True(completed["success"]!.GetValue<bool>());
        Assert.Equal("Done", journal[2].Outcome);
        Assert.Equal(journal[1].Timestamp.AddMilliseconds(1500), journal[2].Timestamp);
    }

    [Fact]
    public async Task StepJournalBehavior_HandlerThrows_JournalsFailedCompletionWithoutMessage()
    {
        // Arrange
        var t = new CaseworkTestRuntime();
        var definition = new FlowchartBuilder("broken")
            .Start()
            .ServiceStep("call", "CallBrokenBackend")
            .Connect("start", "call")
            .Build();

        // Act
        var result = await t.StartAsync(definition);

        // Assert
        var completed = Assert.Single(await t.JournalAsync(result.InstanceId), e => e.Kind == JournalEvents.StepCompleted);
        var payload = JsonNode.Parse(completed.PayloadJson!)!;
        Assert.False(payload["success"]!.GetValue<bool>());
        Assert.Equal(nameof(TimeoutException), payload["error"]!.GetValue<string>());
        Assert.Null(payload["outcome"]);
        Assert.DoesNotContain("gateway", completed.PayloadJson);
    }

    public static TheoryData<bool, bool, string?> AsynchronousHandlers => new()
    {
        { false, true, "Beantwoord" },
        { true, false, null },
    };

    [Theory]
    [MemberData(nameof(AsynchronousHandlers))]
    public async Task StepJournalBehavior_HandlerThatWaits_JournalsWhenItIsDone(bool fail, bool expectedSuccess, string? expectedOutcome)
    {
        // Arrange
        var t = new CaseworkTestRuntime();
        var definition = new FlowchartBuilder("later")
            .Start()
            .ServiceStep("ask", "AnswerLater", new JsonObject { ["fail"] = fail }, "Beantwoord")
            .Connect("start", "ask")
            .Build();

        // Act
        var result = await t.StartAsync(definition);

        // Assert
        Assert.Equal(fail ? WorkflowStatus.Faulted : WorkflowStatus.Finished, result.Status);
        var journal = await t.JournalAsync(result.InstanceId);
        var completed = Assert.Single(journal, e => e.Kind == JournalEvents.StepCompleted);
        var payload = JsonNode.Parse(completed.PayloadJson!)!;
        Assert.Equal(expectedSuccess, payload["success"]!.GetValue<bool>());
        Assert.Equal(expectedOutcome, completed.Outcome);
        Assert.True(journal.IndexOf(completed) > journal.FindIndex(e => e.Kind == JournalEvents.StepStarted));
    }

    [Fact]
    public async Task StepJournalBehavior_InputsWithPersonalData_AreNotJournalled()
    {
        // Arrange
        var t = new CaseworkTestRuntime();
        var definition = new FlowchartBuilder("personal")
            .Start()
            .ServiceStep("wait", "TakeTime", new JsonObject { ["milliseconds"] = 1, ["note"] = "BSN 123456782, J. de Vries" })
            .Connect("start", "wait")
            .Build();

        // Act
        var result = await t.StartAsync(definition);

        // Assert
        var journal = await t.JournalAsync(result.InstanceId);
        Assert.DoesNotContain(journal, e => (e.PayloadJson ?? "").Contains("123456782") || (e.PayloadJson ?? "").Contains("Vries"));
    }

    [Fact]
    public async Task StepJournalBehavior_RequestSentOutsideAWorkflow_PassesThroughWithoutJournal()
    {
        // Arrange
        var t = new CaseworkTestRuntime();
        var mediator = t.Services.GetRequiredService<IMediator>();

        // Act
        var result = await mediator.Send(new CheckCompleteness.Command(["aanvraagformulier"], []));

        // Assert
        Assert.Equal(CheckCompleteness.Onvolledig, result.Outcome);
        Assert.Equal(0, t.Instances.Count);
    }
}
