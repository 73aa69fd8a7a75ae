using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Engine.Tests.Support;

namespace RelatieWerkstroom.Engine.Tests.Stores;

/// <summary>The in-memory definition store finds versions by id, the published one and the latest one.</summary>
public sealed class InMemoryWorkflowDefinitionStoreTests
{
    [Fact]
    public async Task Find_ThreeVersionsSecondPublished_EachQueryFindsTheRightOne()
    {
        var store = new InMemoryWorkflowDefinitionStore();
        var baseDefinition = new FlowBuilder("wmo").WriteLine("w", "x").Build();
        await store.SaveAsync([
            baseDefinition.WithVersion("wmo:v1", 1, false, false),
            baseDefinition.WithVersion("wmo:v2", 2, false, true),
            baseDefinition.WithVersion("wmo:v3", 3, true, false),
            new FlowBuilder("jeugd").WriteLine("w", "y").Build().WithVersion("jeugd:v1", 1, true, true),
        ]);

        Assert.Equal("wmo:v2", (await store.FindPublishedAsync("wmo"))!.Id);
        Assert.Equal("wmo:v3", (await store.FindLatestAsync("wmo"))!.Id);
        Assert.Equal([1, 2, 3], (await store.FindVersionsAsync("wmo")).Select(v => v.Version));
        Assert.Equal(2, (await store.FindVersionAsync("wmo:v2"))!.Version);
        Assert.Equal(["jeugd:v1", "wmo:v3"], (await store.ListLatestAsync()).Select(d => d.Id).Order());
        Assert.Equal(["jeugd:v1", "wmo:v2"], (await store.ListPublishedAsync()).Select(d => d.Id).Order());
        Assert.Null(await store.FindPublishedAsync("onbekend"));
    }

    [Fact]
    public async Task Save_SameVersionIdAgain_Replaces()
    {
        var store = new InMemoryWorkflowDefinitionStore();
        await store.SaveAsync([new FlowBuilder("wmo").WriteLine("w", "old").Build().WithVersion("wmo:v1", 1, true, false)]);

        await store.SaveAsync([new FlowBuilder("wmo").WriteLine("w", "new").Build().WithVersion("wmo:v1", 1, true, true)]);

        var only = Assert.Single(await store.FindVersionsAsync("wmo"));
        Assert.Equal("new", only.ActivitiesById["w"].Input("text")!.Text);
        Assert.True(only.IsPublished);
    }
}
