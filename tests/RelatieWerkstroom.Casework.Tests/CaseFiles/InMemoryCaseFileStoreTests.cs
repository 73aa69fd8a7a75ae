using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Engine.LegalTime;

namespace RelatieWerkstroom.Casework.Tests.CaseFiles;

public sealed class InMemoryCaseFileStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task FindRunningClocks_ByWarningDate_LeavesOutLaterStoppedAndSuspendedClocks()
    {
        // Arrange
        ICaseFileStore store = new InMemoryCaseFileStore();
        var soon = Clock("2 weeks");
        var clocks = new[]
        {
            ("z-soon", soon),
            ("z-later", Clock("8 weeks")),
            ("z-stopped", Clock("2 weeks").Apply(ClockAction.Stop, new DateOnly(2026, 3, 4), null, null, "u-anna", Now)),
            ("z-suspended", Clock("2 weeks").Apply(ClockAction.Suspend, new DateOnly(2026, 3, 4), null, "aanvulling gevraagd", "u-anna", Now)),
        };
        foreach (var (id, clock) in clocks)
            await store.AddAsync(new CaseFile { Id = id, Zaaktype = "wmo", Team = "wijkteam-noord", OpenedAt = Now, Clocks = [clock] });

        // Act
        var toWarn = await store.FindRunningClocksAsync(soon.WarningDate!.Value);

        // Assert
        Assert.Equal(["z-soon"], toWarn.Select(r => r.CaseFileId));
    }

    private static CaseClock Clock(string term) =>
        CaseClock.Begin("beslistermijn", "Wmo 2015 art. 2.3.5 lid 1", LegalTerm.Parse(term), new DateOnly(2026, 3, 2), 5, null, null, "system", Now);
}
