using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Persistence.Tests.Support;

namespace RelatieWerkstroom.Persistence.Tests.Stores;

/// <summary>The definition store on one provider: versions, publishing, all-or-nothing saves.</summary>
public abstract class DefinitionStoreTests : DatabaseTest
{
    [Fact]
    public async Task Import_ThenReopen_FindsTheSameDocument()
    {
        var definition = Flows.Line("wmo-melding", Flows.WriteLine("a", "één"), Flows.WriteLine("b", "twee"));
        definition.Document["customProperties"] = new JsonObject { ["wet"] = "Wmo 2015" };
        await using (var writer = await OpenAsync()) await writer.ImportAsync(definition);

        await using var reader = await OpenAsync();
        var found = await reader.Definitions.FindPublishedAsync("wmo-melding");

        Assert.NotNull(found);
        Assert.True(found.IsPublished);
        var expected = WorkflowDefinitionWriter.ToJsonObject(definition);
        var actual = WorkflowDefinitionWriter.ToJsonObject(found);
        foreach (var key in new[] { "version", "isLatest", "isPublished" }) { expected.Remove(key); actual.Remove(key); }
        Assert.True(JsonNode.DeepEquals(expected, actual), actual.ToJsonString());
    }

    [Fact]
    public async Task SaveDraft_AfterPublish_LatestIsTheDraftAndPublishedStaysOld()
    {
        await using var store = await OpenAsync();
        await store.ImportAsync(Flows.Line("jeugd", Flows.WriteLine("a", "versie 1")));
        await store.Service.SaveDraftAsync(Flows.Line("jeugd", Flows.WriteLine("a", "versie 2")));
        await store.ImportAsync(Flows.Line("participatie", Flows.WriteLine("a", "andere")));

        await using var reader = await OpenAsync();
        var published = await reader.Definitions.FindPublishedAsync("jeugd");
        var latest = await reader.Definitions.FindLatestAsync("jeugd");
        var versions = await reader.Definitions.FindVersionsAsync("jeugd");
        var all = await reader.Definitions.ListLatestAsync();

        Assert.Equal((1, true), (published!.Version, published.IsPublished));
        Assert.Equal((2, false, true), (latest!.Version, latest.IsPublished, latest.IsLatest));
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.False(versions[0].IsLatest);
        Assert.Equal(["jeugd:2", "participatie:1"], all.Select(d => $"{d.DefinitionId}:{d.Version}"));
        Assert.Equal(latest.Id, (await reader.Definitions.FindVersionAsync(latest.Id))!.Id);
    }

    [Fact]
    public async Task ListPublished_DraftAfterPublishAndADraftOnlyWorkflow_GivesEachPublishedVersionOnce()
    {
        await using var store = await OpenAsync();
        await store.ImportAsync(Flows.Line("jeugd", Flows.WriteLine("a", "versie 1")));
        await store.Service.SaveDraftAsync(Flows.Line("jeugd", Flows.WriteLine("a", "versie 2")));
        await store.ImportAsync(Flows.Line("participatie", Flows.WriteLine("a", "versie 1")));
        await store.Service.SaveDraftAsync(Flows.Line("participatie", Flows.WriteLine("a", "versie 2")));
        await store.Service.PublishAsync("participatie");
        await store.Service.SaveDraftAsync(Flows.Line("alleen-concept", Flows.WriteLine("a", "nog niet")));

        await using var reader = await OpenAsync();
        var published = await reader.Definitions.ListPublishedAsync();

        Assert.Equal(["jeugd:1", "participatie:2"], published.Select(d => $"{d.DefinitionId}:{d.Version}").Order());
        Assert.All(published, d => Assert.True(d.IsPublished));
    }

    [Fact]
    public async Task Save_TwoVersionIdsWithTheSameNumber_ThrowsAndStoresNothing()
    {
        await using var store = await OpenAsync();
        var good = Flows.Line("inkoop", Flows.WriteLine("a", "x")).WithVersion("inkoop:v1", 1, true, true);
        var clash = Flows.Line("inkoop", Flows.WriteLine("a", "y")).WithVersion("inkoop:v1-copy", 1, true, false);
        var other = Flows.Line("bezwaar", Flows.WriteLine("a", "z")).WithVersion("bezwaar:v1", 1, true, true);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.Definitions.SaveAsync([other, good, clash]));

        Assert.Empty(await store.Definitions.ListLatestAsync());
    }

    private Task<PersistentRuntime> OpenAsync() => PersistentRuntime.OpenAsync(Options, PersistentRuntime.NewClock());
}
