using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Tests.Support;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Engine.Tests.Definitions;

/// <summary>Drafts, publishing and imports: versions are numbered, running instances stay on theirs, nothing is half-stored.</summary>
public sealed class DefinitionServiceTests
{
    private static WorkflowDefinition Flow(string text, string definitionId = "aanvraag") =>
        new FlowBuilder(definitionId).Event("wait", "Go").WriteLine("say", text).Chain("wait", "say").Build();

    [Fact]
    public async Task SaveDraft_Twice_ReplacesTheDraft()
    {
        var t = new TestRuntime();

        var first = await t.Service.SaveDraftAsync(Flow("one"));
        var second = await t.Service.SaveDraftAsync(Flow("two"));

        var versions = await t.Definitions.FindVersionsAsync("aanvraag");
        var only = Assert.Single(versions);
        Assert.Equal((first.Id, first.Version), (second.Id, second.Version));
        Assert.Equal(1, only.Version);
        Assert.False(only.IsPublished);
        Assert.True(only.IsLatest);
        Assert.Equal("two", only.ActivitiesById["say"].Input("text")!.Text);
        Assert.Null(await t.Definitions.FindPublishedAsync("aanvraag"));
    }

    [Fact]
    public async Task Publish_Draft_BecomesThePublishedVersion()
    {
        var t = new TestRuntime();
        await t.Service.SaveDraftAsync(Flow("one"));

        var published = await t.Service.PublishAsync("aanvraag");

        Assert.True(published.IsPublished);
        Assert.Equal(published.Id, (await t.Definitions.FindPublishedAsync("aanvraag"))!.Id);
        var started = await t.Runtime.StartAsync("aanvraag");
        Assert.Equal(WorkflowStatus.Suspended, started.Status);
    }

    [Fact]
    public async Task SaveDraft_AfterPublish_AddsVersionTwoAndKeepsVersionOnePublished()
    {
        var t = new TestRuntime();
        await t.Service.SaveDraftAsync(Flow("one"));
        var v1 = await t.Service.PublishAsync("aanvraag");

        var draft = await t.Service.SaveDraftAsync(Flow("two"));

        Assert.Equal(2, draft.Version);
        Assert.NotEqual(v1.Id, draft.Id);
        var versions = await t.Definitions.FindVersionsAsync("aanvraag");
        Assert.Equal([(1, true, false), (2, false, true)], versions.Select(v => (v.Version, v.IsPublished, v.IsLatest)));
        Assert.Equal(v1.Id, (await t.Definitions.FindPublishedAsync("aanvraag"))!.Id);
    }

    [Fact]
    public async Task Publish_NewVersion_RunningInstanceStaysOnItsVersion()
    {
        var t = new TestRuntime();
        await t.Service.SaveDraftAsync(Flow("from version 1"));
        await t.Service.PublishAsync("aanvraag");
        var old = await t.Runtime.StartAsync("aanvraag");

        await t.Service.SaveDraftAsync(Flow("from version 2"));
        await t.Service.PublishAsync("aanvraag");
        var fresh = await t.Runtime.StartAsync("aanvraag");
        await t.Runtime.TriggerEventAsync("Go");

        Assert.Equal(["from version 1", "from version 2"], t.Lines.Order());
        Assert.Equal(1, (await t.Instances.FindAsync(old.InstanceId))!.DefinitionVersion);
        Assert.Equal(2, (await t.Instances.FindAsync(fresh.InstanceId))!.DefinitionVersion);
        var versions = await t.Definitions.FindVersionsAsync("aanvraag");
        Assert.Equal([false, true], versions.Select(v => v.IsPublished));
    }

    [Fact]
    public async Task Publish_UnknownDefinition_NotFound()
    {
        var t = new TestRuntime();
        await Assert.ThrowsAsync<WorkflowNotFoundException>(() => t.Service.PublishAsync("nope"));
    }

    [Fact]
    public async Task Import_IdenticalContentTwice_NoNewVersion()
    {
        var t = new TestRuntime();
        var first = await t.ImportAsync(Flow("same"));

        var second = await t.ImportAsync(Flow("same"));

        Assert.Equal(first.Id, second.Id);
        Assert.Single(await t.Definitions.FindVersionsAsync("aanvraag"));
    }

    [Fact]
    public async Task Import_SampleFileTwice_NoNewVersion()
    {
        var t = new TestRuntime();
        var text = await File.ReadAllTextAsync(SharedPaths.Sample("join-all-1.json"));
        var first = await t.ImportAsync(WorkflowDefinitionReader.Parse(text));

        var second = await t.ImportAsync(WorkflowDefinitionReader.Parse(text));

        Assert.Equal(first.Id, second.Id);
        Assert.Single(await t.Definitions.FindVersionsAsync(first.DefinitionId));
        // The version id Elsa gave the file is kept.
        Assert.Equal("9948e541b0e540c384c6eb9fdcf1d544", first.Id);
    }

    [Fact]
    public async Task Import_DefinitionWithOnlyAnIdTwice_NoNewVersion()
    {
        var t = new TestRuntime();
        var document = new FlowBuilder("only-id").WriteLine("w", "same").ToJson();
        document.Remove("definitionId");
        document["id"] = "only-id";

        var first = await t.ImportAsync(WorkflowDefinitionReader.Read((JsonObject)document.DeepClone()));
        var second = await t.ImportAsync(WorkflowDefinitionReader.Read((JsonObject)document.DeepClone()));

        Assert.Equal("only-id", first.DefinitionId);
        Assert.Equal(first.Id, second.Id);
        Assert.Single(await t.Definitions.FindVersionsAsync("only-id"));
    }

    [Fact]
    public async Task Import_ChangedContent_AddsAPublishedVersion()
    {
        var t = new TestRuntime();
        await t.ImportAsync(Flow("one"));

        var second = await t.ImportAsync(Flow("two"));

        Assert.Equal(2, second.Version);
        Assert.Equal([(1, false), (2, true)], (await t.Definitions.FindVersionsAsync("aanvraag")).Select(v => (v.Version, v.IsPublished)));
    }

    [Fact]
    public async Task Import_OneValidOneInvalid_StoresNothing()
    {
        var t = new TestRuntime();
        await t.ImportAsync(Flow("existing", "bestaand"));
        var valid = Flow("valid", "nieuw");
        var invalid = new FlowBuilder("kapot").Activity("x", "Elsa.DoesNotExist").Build();
        var changedExisting = Flow("changed", "bestaand");

        var ex = await Assert.ThrowsAsync<DefinitionValidationException>(() =>
            t.Service.ImportAsync([("nieuw.json", valid), ("kapot.json", invalid), ("bestaand.json", changedExisting)]));

        var (source, problem) = Assert.Single(ex.Problems);
        Assert.Equal("kapot.json", source);
        Assert.Equal(("x", "type"), (problem.ActivityId, problem.Path));
        Assert.Contains("Elsa.DoesNotExist", ex.Message);
        Assert.Contains("nothing was stored", ex.Message);
        Assert.Equal(["bestaand"], (await t.Definitions.ListLatestAsync()).Select(d => d.DefinitionId));
        Assert.Single(await t.Definitions.FindVersionsAsync("bestaand"));
    }

    [Fact]
    public async Task Import_SameDefinitionIdInTwoFiles_RefusedNamingBothFiles()
    {
        var t = new TestRuntime();

        var ex = await Assert.ThrowsAsync<DefinitionValidationException>(() =>
            t.Service.ImportAsync([("a.json", Flow("a")), ("b.json", Flow("b"))]));

        Assert.Contains("a.json", ex.Message);
        Assert.Contains("b.json", ex.Message);
        Assert.Empty(await t.Definitions.ListLatestAsync());
    }

    [Fact]
    public async Task SaveDraft_WithProblems_IsStoredButPublishingIsRefusedAndThePublishedVersionStays()
    {
        var t = new TestRuntime();
        await t.Service.SaveDraftAsync(Flow("good"));
        await t.Service.PublishAsync("aanvraag");
        var broken = new FlowBuilder("aanvraag").Activity("wait", "Elsa.Delay", ("timeSpan", FlowBuilder.Literal("abc", "TimeSpan"))).Build();

        var draft = await t.Service.SaveDraftAsync(broken);

        Assert.Equal(2, draft.Version);
        Assert.False(draft.IsPublished);
        Assert.Equal("abc", (await t.Definitions.FindLatestAsync("aanvraag"))!.ActivitiesById["wait"].Input("timeSpan")!.Text);
        var refused = await Assert.ThrowsAsync<DefinitionValidationException>(() => t.Service.PublishAsync("aanvraag"));
        Assert.Contains(refused.Problems, p => p.Problem.ActivityId == "wait" && p.Problem.Path == "timeSpan");
        var published = (await t.Definitions.FindPublishedAsync("aanvraag"))!;
        Assert.Equal(1, published.Version);
        Assert.Equal("good", published.ActivitiesById["say"].Input("text")!.Text);
    }

    [Fact]
    public async Task StartDraft_DraftSavedAgainWithChanges_NewRunUsesTheNewContent()
    {
        var t = new TestRuntime();
        var first = await t.Service.SaveDraftAsync(new FlowBuilder("proef").WriteLine("w", "first draft").Build());
        await t.Runtime.StartAsync(first);

        var second = await t.Service.SaveDraftAsync(new FlowBuilder("proef").WriteLine("w", "second draft").Build());
        await t.Runtime.StartAsync(second);

        Assert.Equal(["first draft", "second draft"], t.Lines);
    }

    [Fact]
    public async Task Import_CopyWithOnlyItsDefinitionIdChanged_KeepsTheOriginalsWaitingInstancesWorking()
    {
        // Arrange: an Elsa export keeps its own version id; a copy of the file gets only a new definitionId.
        var t = new TestRuntime();
        var original = await t.ImportAsync(WithVersionId(Flow("original"), "elsa-version-1"));
        var waiting = await t.Runtime.StartAsync("aanvraag");

        // Act
        var copy = await t.ImportAsync(WithVersionId(Flow("copy", definitionId: "aanvraag-kopie"), "elsa-version-1"));
        await t.Runtime.TriggerEventAsync("Go");

        // Assert: the original's version is untouched and its instance resumes on it; the copy got a version id of its own.
        Assert.Equal("elsa-version-1", original.Id);
        Assert.NotEqual(original.Id, copy.Id);
        Assert.Equal("aanvraag", (await t.Definitions.FindVersionAsync(original.Id))!.DefinitionId);
        Assert.Equal(WorkflowStatus.Finished, (await t.Instances.FindAsync(waiting.InstanceId))!.Status);
        Assert.Contains("original", t.Lines);
        Assert.DoesNotContain("copy", t.Lines);
    }

    private static WorkflowDefinition WithVersionId(WorkflowDefinition definition, string versionId)
    {
        var document = WorkflowDefinitionWriter.ToJsonObject(definition);
        document["id"] = versionId;
        return WorkflowDefinitionReader.Read(document);
    }
}
