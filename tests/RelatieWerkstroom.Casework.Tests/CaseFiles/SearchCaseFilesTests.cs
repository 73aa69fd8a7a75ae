using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Users;

namespace RelatieWerkstroom.Casework.Tests.CaseFiles;

/// <summary>
/// A jurist's case search lists the own team's cases and every team's bezwaar cases, like anyone's search: counted and
/// paged by the store, never by reading every case file.
/// </summary>
public sealed class SearchCaseFilesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly User Jurist = new("u-jan", "Jan", [Roles.Jurist], "juridische-zaken");
    private static readonly User JuristWithoutTeam = new("u-jet", "Jet", [Roles.Jurist], "");
    private static readonly User Consulent = new("u-zoe", "Zoë", [Roles.Consulent], "wijkteam-zuid");

    [Fact]
    public async Task Search_AsJurist_PagesTheBezwaarCasesOfEveryTeamAndTheOwnTeamsThroughTheStoreAPageAtATime()
    {
        // Arrange: 30 case files of team Zuid, every third a bezwaar (10), and one of the jurist's own team.
        var store = new RecordingStore();
        for (var i = 1; i <= 30; i++)
        {
            var file = new CaseFile { Id = $"z-{i:00}", Zaaktype = "wmo-maatwerkvoorziening", Team = "wijkteam-zuid", OpenedAt = Now.AddHours(i) };
            if (i % 3 == 0) file.AddEvent(CaseEventKinds.MeldingRegistered, "u-zoe", Now, details: new JsonObject { ["soort"] = "Bezwaarschrift" });
            await store.AddAsync(file);
        }
        await store.AddAsync(new CaseFile { Id = "j-1", Zaaktype = "advies", Team = "Juridische-Zaken", OpenedAt = Now });
        var handler = new SearchCaseFiles.Handler(new SearchCaseFiles.Validator(), store);

        // Act
        var first = await handler.Handle(new SearchCaseFiles.Query(Jurist, PageSize: 4), CancellationToken.None);
        var last = await handler.Handle(new SearchCaseFiles.Query(Jurist, Page: 3, PageSize: 4), CancellationToken.None);
        var withoutTeam = await handler.Handle(new SearchCaseFiles.Query(JuristWithoutTeam, PageSize: 200), CancellationToken.None);
        var consulent = await handler.Handle(new SearchCaseFiles.Query(Consulent, PageSize: 200), CancellationToken.None);

        // Assert
        Assert.Equal(11, first.Total);
        Assert.Equal(["z-30", "z-27", "z-24", "z-21"], first.Items.Select(i => i.Id));
        Assert.All(first.Items, i => Assert.True(i.Bezwaar));
        Assert.Equal(["z-06", "z-03", "j-1"], last.Items.Select(i => i.Id));
        Assert.Equal(10, withoutTeam.Total);
        Assert.Equal(30, consulent.Total);
        // Never more than a page read from the store: no search loads case files to decide in memory.
        Assert.All(store.Takes, take => Assert.True(take <= 200, $"the search read {take} case files at once"));
        Assert.Equal(4, store.Takes[0]);
    }

    // The in-memory store, noting how many case files each query asked for.
    private sealed class RecordingStore : ICaseFileStore
    {
        private readonly InMemoryCaseFileStore _inner = new();

        public List<int> Takes { get; } = [];

        public Task<CaseFile?> FindAsync(string caseFileId, CancellationToken cancellationToken = default) => _inner.FindAsync(caseFileId, cancellationToken);

        public Task AddAsync(CaseFile caseFile, CancellationToken cancellationToken = default) => _inner.AddAsync(caseFile, cancellationToken);

        public Task<CaseFile> UpdateAsync(string caseFileId, Action<CaseFile> change, CancellationToken cancellationToken = default) =>
            _inner.UpdateAsync(caseFileId, change, cancellationToken);

        public Task DeleteAsync(string caseFileId, CancellationToken cancellationToken = default) => _inner.DeleteAsync(caseFileId, cancellationToken);

        public Task<IReadOnlyList<CaseFile>> QueryAsync(CaseFileQuery query, CancellationToken cancellationToken = default)
        {
            Takes.Add(query.Take);
            return _inner.QueryAsync(query, cancellationToken);
        }

        // Counted as a database store counts: without reading the case files.
        public async Task<int> CountAsync(CaseFileQuery query, CancellationToken cancellationToken = default) =>
            (await _inner.QueryAsync(query with { Skip = 0, Take = int.MaxValue }, cancellationToken)).Count;

        public Task<IReadOnlyList<RunningClock>> FindRunningClocksAsync(CancellationToken cancellationToken = default) =>
            _inner.FindRunningClocksAsync(cancellationToken);
    }
}
