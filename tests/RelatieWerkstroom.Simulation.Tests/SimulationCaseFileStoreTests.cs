using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Simulation;

namespace RelatieWerkstroom.Simulation.Tests;

public sealed class SimulationCaseFileStoreTests
{
    [Fact]
    public async Task FindAsync_ChangingTheCopy_LeavesTheStoredFileAlone()
    {
        var store = new SimulationCaseFileStore();
        await store.AddAsync(NewFile());

        var copy = (await store.FindAsync("z-1"))!;
        copy.Title = "Gewijzigd";
        copy.AddEvent("Note", "u-1", DateTimeOffset.UnixEpoch);
        copy.InstanceIds.Add("i-2");

        var stored = (await store.FindAsync("z-1"))!;
        Assert.Equal("Huishoudelijke hulp", stored.Title);
        Assert.Empty(stored.Events);
        Assert.Equal(["i-1"], stored.InstanceIds);
    }

    [Fact]
    public async Task UpdateAsync_ChangeThrows_StoresNothing()
    {
        var store = new SimulationCaseFileStore();
        await store.AddAsync(NewFile());

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.UpdateAsync("z-1", file =>
        {
            file.AddEvent("Note", "u-1", DateTimeOffset.UnixEpoch);
            throw new InvalidOperationException("refused");
        }));

        var stored = (await store.FindAsync("z-1"))!;
        Assert.Empty(stored.Events);
        Assert.Equal(1, stored.Version);
    }

    [Fact]
    public async Task UpdateAsync_Change_IsStoredWithANewVersion()
    {
        var store = new SimulationCaseFileStore();
        await store.AddAsync(NewFile());

        var updated = await store.UpdateAsync("z-1", file => file.AddEvent("Note", "u-1", DateTimeOffset.UnixEpoch));
        updated.Events.Clear();

        var stored = (await store.FindAsync("z-1"))!;
        Assert.Single(stored.Events);
        Assert.Equal(2, stored.Version);
    }

    [Fact]
    public async Task AddAsync_SameIdTwice_IsRefused()
    {
        var store = new SimulationCaseFileStore();
        await store.AddAsync(NewFile());

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.AddAsync(NewFile()));
    }

    private static CaseFile NewFile() => new()
    {
        Id = "z-1",
        Zaaktype = "wmo-maatwerkvoorziening",
        Team = "wijkteam-noord",
        Title = "Huishoudelijke hulp",
        InstanceIds = ["i-1"],
    };
}
