using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.LegalTime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Persistence.Stores;
using RelatieWerkstroom.Persistence.Tests.Support;

namespace RelatieWerkstroom.Persistence.Tests.Stores;

/// <summary>
/// The case-file store's contract: full round trips, updates that store all or nothing, queries and the clock scan. The
/// database stores run it on each provider (with their concurrency tests, <see cref="DatabaseCaseFileStoreTests"/>), and
/// so does the simulation's store, which runs on one thread and so has no concurrent writers to merge.
/// </summary>
public abstract class CaseFileStoreTests
{
    protected static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Find_AfterAdd_ReturnsDocumentsClocksDecisionsAndEverythingElseFromANewStore()
    {
        // Arrange
        var file = FullCaseFile("z-1");
        var writer = await OpenAsync();

        // Act
        await writer.AddAsync(file);
        var found = await (await OpenAsync()).FindAsync("z-1");

        // Assert
        Assert.NotNull(found);
        Assert.Equal(1, found.Version);
        Assert.Equal(Serialize(file), Serialize(found));
        Assert.Equal(2, found.Clocks.Count);
        Assert.Equal(file.Clock("beslistermijn")!.ToLegalClock().Deadline(), found.Clock("beslistermijn")!.ToLegalClock().Deadline());
        Assert.Equal(3, found.Forms[0].Values["uren"]!.GetValue<int>());
    }

    [Fact]
    public async Task Add_SameIdTwice_ThrowsAndKeepsTheFirst()
    {
        // Arrange
        var store = await OpenAsync();
        await store.AddAsync(CaseFile("z-1", "wijkteam-noord", Now));

        // Act
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.AddAsync(CaseFile("z-1", "wijkteam-zuid", Now)));

        // Assert
        Assert.Contains("z-1", error.Message);
        Assert.Equal("wijkteam-noord", (await store.FindAsync("z-1"))!.Team);
    }

    [Fact]
    public async Task Update_Change_IsStoredWithNextVersionAndClockRowsFollow()
    {
        // Arrange
        var store = await OpenAsync();
        var file = FullCaseFile("z-1");
        await store.AddAsync(file);
        var stopOn = new DateOnly(2026, 3, 20);

        // Act: stop the running clock, add a note.
        var returned = await store.UpdateAsync("z-1", f =>
        {
            f.PutClock(f.Clock("beslistermijn")!.Apply(ClockAction.Stop, stopOn, null, null, "u-anna", Now));
            f.Notes.Add(new CaseNote("n-2", "Besluit verzonden", "u-anna", Now));
        });

        // Assert
        var found = await (await OpenAsync()).FindAsync("z-1");
        Assert.Equal(2, returned.Version);
        Assert.Equal(Serialize(returned), Serialize(found!));
        Assert.Equal(stopOn, found!.Clock("beslistermijn")!.StoppedOn);
        Assert.Equal(["n-1", "n-2"], found.Notes.Select(n => n.Id));
        Assert.Empty(await store.FindRunningClocksAsync());
    }

    [Fact]
    public async Task Update_ChangeThrows_StoresNothing()
    {
        // Arrange
        var store = await OpenAsync();
        await store.AddAsync(FullCaseFile("z-1"));
        var before = Serialize((await store.FindAsync("z-1"))!);

        // Act
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.UpdateAsync("z-1", f =>
        {
            f.Clocks.Clear();
            f.Assignee = "u-bram";
            throw new InvalidOperationException("refused halfway");
        }));

        // Assert
        Assert.Equal(before, Serialize((await store.FindAsync("z-1"))!));
        Assert.Single(await store.FindRunningClocksAsync());
    }

    [Fact]
    public async Task Update_UnknownCaseFile_ThrowsKeyNotFound()
    {
        var store = await OpenAsync();

        var error = await Assert.ThrowsAsync<KeyNotFoundException>(() => store.UpdateAsync("z-404", f => f.Assignee = "u-anna"));

        Assert.Contains("z-404", error.Message);
    }

    [Fact]
    public async Task FindRunningClocks_ByWarningDate_ReturnsOnlyRunningUnsuspendedClocksDueForAWarning()
    {
        // Arrange: four case files, each with one clock.
        var store = await OpenAsync();
        var soon = StartedClock("2 weeks", new DateOnly(2026, 3, 2));
        var later = StartedClock("8 weeks", new DateOnly(2026, 3, 2));
        var overdue = StartedClock("2 weeks", new DateOnly(2026, 1, 5));
        var stopped = StartedClock("2 weeks", new DateOnly(2026, 1, 5)).Apply(ClockAction.Stop, new DateOnly(2026, 1, 10), null, null, "u-anna", Now);
        var suspended = StartedClock("2 weeks", new DateOnly(2026, 1, 5)).Apply(ClockAction.Suspend, new DateOnly(2026, 1, 6), null, "aanvulling gevraagd", "u-anna", Now);
        var clocks = new[] { ("z-soon", soon), ("z-later", later), ("z-overdue", overdue), ("z-stopped", stopped), ("z-suspended", suspended) };
        foreach (var (id, clock) in clocks)
        {
            var file = CaseFile(id, "wijkteam-noord", Now);
            file.Clocks.Add(clock);
            await store.AddAsync(file);
        }
        var day = soon.WarningDate!.Value;
        Assert.True(later.WarningDate > day && overdue.Deadline < day); // the arrangement is what the test claims

        // Act
        var toWarn = await store.FindRunningClocksAsync(day);
        var running = await store.FindRunningClocksAsync();

        // Assert
        Assert.Equal(["z-overdue", "z-soon"], toWarn.Select(r => r.CaseFileId));
        Assert.Equal(("wijkteam-noord", "wmo-maatwerkvoorziening"), (toWarn[0].Team, toWarn[0].Zaaktype));
        Assert.Equal(Serialize(soon), Serialize(toWarn[1].Clock));
        Assert.Equal(["z-overdue", "z-soon", "z-later", "z-suspended"], running.Select(r => r.CaseFileId));
    }

    public static TheoryData<CaseFileQuery, string[]> Queries => new()
    {
        { new CaseFileQuery(), ["z-3", "z-2", "z-1"] },
        { new CaseFileQuery(Team: "WIJKTEAM-NOORD"), ["z-3", "z-1"] },
        { new CaseFileQuery(Team: "wijkteam-noord", Status: CaseFileStatus.Open), ["z-1"] },
        { new CaseFileQuery(Assignee: "u-bram"), ["z-2"] },
        { new CaseFileQuery(Zaaktype: "jeugd-hulp"), ["z-3"] },
        { new CaseFileQuery(SubjectId: "s-1"), ["z-2", "z-1"] },
        { new CaseFileQuery(Take: 2), ["z-3", "z-2"] },
        { new CaseFileQuery(Skip: 1, Take: 1), ["z-2"] },
        { new CaseFileQuery(Team: "wijkteam-noord", Skip: 1), ["z-1"] },
        { new CaseFileQuery(Text: "Z-3"), ["z-3"] },
        { new CaseFileQuery(Text: "TRAPLIFT"), ["z-2"] },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Query_Filter_ReturnsMatchingCaseFilesNewestFirst(CaseFileQuery query, string[] expected)
    {
        // Arrange
        var store = await OpenAsync();
        var one = CaseFile("z-1", "wijkteam-noord", Now);
        one.SubjectId = "s-1";
        var two = CaseFile("z-2", "wijkteam-zuid", Now.AddHours(1));
        two.SubjectId = "s-1";
        two.Assignee = "u-bram";
        two.Title = "Aanvraag traplift";
        var three = new CaseFile { Id = "z-3", Zaaktype = "jeugd-hulp", Team = "Wijkteam-Noord", OpenedAt = Now.AddHours(2), Status = CaseFileStatus.Closed };
        foreach (var file in new[] { one, two, three }) await store.AddAsync(file);

        // Act
        var found = await store.QueryAsync(query);
        var count = await store.CountAsync(query);

        // Assert
        Assert.Equal(expected, found.Select(f => f.Id));
        // The count is of every match, whatever page was asked for: what a list needs to say how many pages there are.
        Assert.Equal((await store.QueryAsync(query with { Skip = 0, Take = 1000 })).Count, count);
    }

    public static TheoryData<string, string[]> DiacriticSearches => new()
    {
        { "ÖZTÜRK", ["z-1"] },
        { "öztürk", ["z-1"] },
        { "Ozturk", ["z-1"] },
        { "zoë", ["z-1"] },
        { "DÉSIRÉE", ["z-2"] },
        { "desiree van 't", ["z-2"] },
        { "Ĳsselstein", ["z-3"] },
        { "IJSSELSTEIN", ["z-3"] },
        { "coördinatie", ["z-3"] },
        { "ÇELIK", ["z-2"] },
        { "Ångström", [] },
    };

    [Theory]
    [MemberData(nameof(DiacriticSearches))]
    public async Task Query_TextWithDiacriticsOrOtherCapitals_FindsTheTitleWhateverCaseAndAccentsAreTyped(string text, string[] expected)
    {
        // Arrange: titles with Dutch names as caseworkers type them (with diacritics, a ligature, a tussenvoegsel).
        var store = await OpenAsync();
        var titles = new[] { "Woningaanpassing Zoë Öztürk", "Huishoudelijke hulp Désirée van 't Hof-Çelik", "Coördinatie jeugdhulp IJsselstein" };
        for (var i = 0; i < titles.Length; i++)
        {
            var file = CaseFile($"z-{i + 1}", "wijkteam-noord", Now.AddHours(i));
            file.Title = titles[i];
            await store.AddAsync(file);
        }

        // Act
        var query = new CaseFileQuery(Team: "wijkteam-noord", Text: text);
        var found = await store.QueryAsync(query);
        var count = await store.CountAsync(query);

        // Assert
        Assert.Equal(expected, found.Select(f => f.Id));
        Assert.Equal(expected.Length, count);
    }

    [Fact]
    public async Task Query_Text_FollowsATitleChangedByAnUpdate()
    {
        var store = await OpenAsync();
        await store.AddAsync(CaseFile("z-1", "wijkteam-noord", Now));

        await store.UpdateAsync("z-1", f => f.Title = "Herindicatie Renée Ünal");

        Assert.Equal(["z-1"], (await store.QueryAsync(new CaseFileQuery(Text: "RENÉE ÜNAL"))).Select(f => f.Id));
        Assert.Empty(await store.QueryAsync(new CaseFileQuery(Text: "traplift")));
    }

    [Fact]
    public async Task Query_OrBezwaar_ListsTheTeamsCasesAndEveryTeamsBezwaarCasesCountedAndPagedInTheStore()
    {
        // Arrange: an own case, a plain case of another team, a bezwaar zaak of that team, and one of its cases that
        // becomes a bezwaar case later (a bezwaarschrift registered with it: the store must follow the update).
        var store = await OpenAsync();
        await store.AddAsync(CaseFile("z-1", "wijkteam-noord", Now));
        await store.AddAsync(CaseFile("z-2", "wijkteam-zuid", Now.AddHours(1)));
        await store.AddAsync(new CaseFile { Id = "z-3", Zaaktype = CaseFileAccess.BezwaarZaaktype, Team = "wijkteam-zuid", OpenedAt = Now.AddHours(2) });
        await store.AddAsync(CaseFile("z-4", "wijkteam-zuid", Now.AddHours(3)));
        await store.AddAsync(CaseFile("z-5", "wijkteam-zuid", Now.AddHours(4)));
        await store.UpdateAsync("z-4", f => f.AddEvent(CaseEventKinds.MeldingRegistered, "u-anna", Now.AddDays(1),
            details: new JsonObject { ["soort"] = "Bezwaarschrift" }));
        var jurist = new CaseFileQuery(Team: "Wijkteam-Noord", OrBezwaar: true);

        // Act
        var all = await store.QueryAsync(jurist);
        var secondPage = await store.QueryAsync(jurist with { Skip = 1, Take = 1 });
        var count = await store.CountAsync(jurist with { Skip = 1, Take = 1 });
        var withoutTeam = await store.QueryAsync(new CaseFileQuery(OrBezwaar: true));
        var openBezwaar = await store.CountAsync(new CaseFileQuery(Zaaktype: CaseFileAccess.BezwaarZaaktype, OrBezwaar: true));

        // Assert
        Assert.Equal(["z-4", "z-3", "z-1"], all.Select(f => f.Id));
        Assert.Equal(["z-3"], secondPage.Select(f => f.Id));
        Assert.Equal(3, count);
        Assert.Equal(["z-4", "z-3"], withoutTeam.Select(f => f.Id));
        Assert.Equal(1, openBezwaar);
    }

    [Fact]
    public async Task Delete_CaseFile_RemovesItWithItsClocks()
    {
        var store = await OpenAsync();
        await store.AddAsync(FullCaseFile("z-1"));

        await store.DeleteAsync("z-1");

        Assert.Null(await store.FindAsync("z-1"));
        Assert.Empty(await store.FindRunningClocksAsync());
    }

    /// <summary>A new store on the same data, as another process would have.</summary>
    protected abstract Task<ICaseFileStore> OpenAsync();

    protected static string Serialize(object value) => JsonSerializer.Serialize(value, Json.Options);

    protected static CaseFile CaseFile(string id, string team, DateTimeOffset openedAt) =>
        new() { Id = id, Zaaktype = "wmo-maatwerkvoorziening", Team = team, OpenedAt = openedAt, OpenedBy = "u-anna" };

    private static CaseClock StartedClock(string term, DateOnly start) =>
        CaseClock.Begin("beslistermijn", "Wmo 2015 art. 2.3.5 lid 1", LegalTerm.Parse(term), start, 5, "i-1", "clock", "system", Now);

    /// <summary>A case file with something in every part: documents, notes, clocks (one with an opschorting and a verdaging, one stopped), decisions, forms, claims and events.</summary>
    protected static CaseFile FullCaseFile(string id)
    {
        var file = CaseFile(id, "wijkteam-noord", Now);
        file.Title = "Huishoudelijke hulp";
        file.SubjectId = "s-4f2a";
        file.Assignee = "u-anna";
        file.InstanceIds.AddRange(["i-1", "i-2"]);
        file.Documents.Add(new CaseDocument
        {
            Id = "d-1", Kind = "beschikking", Title = "Beschikking", ContentType = "text/markdown", Content = "# Besluit\n\nToegekend: 3 uur per week.",
            CreatedAt = Now.AddDays(10), CreatedBy = "system", InstanceId = "i-1", ActivityId = "beschikking",
        });
        file.Notes.Add(new CaseNote("n-1", "Huisbezoek gepland", "u-anna", Now.AddDays(1)));
        var running = StartedClock("6 weeks", new DateOnly(2026, 3, 2))
            .Apply(ClockAction.Suspend, new DateOnly(2026, 3, 5), null, "medisch advies gevraagd", "u-anna", Now.AddDays(3))
            .Apply(ClockAction.Resume, new DateOnly(2026, 3, 12), null, null, "u-anna", Now.AddDays(10))
            .Apply(ClockAction.Extend, new DateOnly(2026, 3, 13), LegalTerm.Parse("2 weeks"), "complexe aanvraag", "u-anna", Now.AddDays(11));
        var stopped = CaseClock.Begin("meldingstermijn", "Wmo 2015 art. 2.3.2 lid 1", LegalTerm.Parse("6 weeks"), new DateOnly(2026, 1, 19), 5, "i-1", "melding", "system", Now)
            .Apply(ClockAction.Stop, new DateOnly(2026, 2, 20), null, null, "u-anna", Now);
        file.Clocks.AddRange([stopped, running]);
        file.Decisions.Add(new CaseDecision
        {
            DiscretionId = "RW1-DP10", Option = "afwijzen", DefaultOption = "toekennen", Deviation = true, Reason = "Algemene voorziening is voorliggend",
            LegalBasis = "Wmo 2015 art. 2.3.5 lid 3", DecidedBy = "u-anna", Role = "consulent", DecidedAt = Now.AddDays(12), InstanceId = "i-1", ActivityId = "dp10", BookmarkId = "b-9",
        });
        file.Forms.Add(new FormSubmission
        {
            Title = "Keukentafelgesprek", Action = "Gereed", SubmittedBy = "u-anna", Role = "consulent", SubmittedAt = Now.AddDays(2),
            Values = new JsonObject { ["uren"] = 3, ["verslag"] = "Woont zelfstandig", ["mantelzorg"] = false, ["datum"] = "2026-03-04" },
            InstanceId = "i-1", ActivityId = "gesprek", BookmarkId = "b-1",
        });
        file.Claims.Add(new TaskClaim("b-2", "u-anna", Now.AddDays(2), "u-anna"));
        file.AddEvent(CaseEventKinds.CaseOpened, "u-anna", Now, instanceId: "i-1", details: new JsonObject { ["zaaktype"] = file.Zaaktype });
        file.AddEvent(CaseEventKinds.TaskClaimed, "u-anna", Now.AddDays(2), "b-2", "i-1");
        return file;
    }
}

/// <summary>The contract on a database provider, plus what only a shared database has: concurrent writers.</summary>
public abstract class DatabaseCaseFileStoreTests(Func<TestDatabase> createDatabase) : CaseFileStoreTests, IAsyncLifetime
{
    // Made when the test class is, disposed with it: each test gets a fresh database.
    private readonly TestDatabase _database = createDatabase();

    protected PersistenceOptions Options => _database.Options;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _database.DisposeAsync().AsTask();

    protected override async Task<ICaseFileStore> OpenAsync() => await OpenDatabaseStoreAsync();

    private async Task<EFCoreCaseFileStore> OpenDatabaseStoreAsync()
    {
        var factory = new WerkstroomDbContextFactory(Options);
        await new PersistenceInitializer(factory).InitializeAsync();
        return new EFCoreCaseFileStore(factory);
    }

    [Fact]
    public async Task Update_SecondWriterStoresBetweenFirstWritersReadAndSave_BothChangesAreKept()
    {
        // Arrange: two stores, as two processes would have.
        var first = await OpenDatabaseStoreAsync();
        var second = await OpenDatabaseStoreAsync();
        await first.AddAsync(CaseFile("z-1", "wijkteam-noord", Now));
        var firstHasRead = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondHasStored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var firstRuns = 0;

        // Act: the first writer reads version 1 and waits; the second stores version 2; then the first saves.
        var firstUpdate = Task.Run(() => first.UpdateAsync("z-1", f =>
        {
            if (Interlocked.Increment(ref firstRuns) == 1)
            {
                firstHasRead.SetResult();
                secondHasStored.Task.Wait();
            }
            f.Notes.Add(new CaseNote("n-first", "Eerste", "u-anna", Now));
        }));
        await firstHasRead.Task;
        await second.UpdateAsync("z-1", f => f.Assignee = "u-bram");
        secondHasStored.SetResult();
        var result = await firstUpdate;

        // Assert: the first change was applied again, on top of the second writer's version.
        Assert.Equal(2, firstRuns);
        Assert.Equal(3, result.Version);
        var found = await first.FindAsync("z-1");
        Assert.Equal(("u-bram", 3L), (found!.Assignee, found.Version));
        Assert.Equal(["n-first"], found.Notes.Select(n => n.Id));
    }

    [Fact]
    public async Task Update_AnotherWriterAlwaysStoresFirst_ThrowsConflictAndStoresNothingOfItsOwn()
    {
        // Arrange
        var loser = await OpenDatabaseStoreAsync();
        var winner = await OpenDatabaseStoreAsync();
        await loser.AddAsync(CaseFile("z-1", "wijkteam-noord", Now));
        var winnerChanges = 0;

        // Act: every time the loser has read, the winner stores a note first.
        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Task.Run(() => loser.UpdateAsync("z-1", f =>
        {
            var n = Interlocked.Increment(ref winnerChanges);
            winner.UpdateAsync("z-1", w => w.Notes.Add(new CaseNote($"n-winner-{n}", "Tussendoor", "u-bram", Now))).GetAwaiter().GetResult();
            f.Assignee = "u-anna";
        })));

        // Assert
        Assert.Contains("z-1", error.Message);
        Assert.Equal(EFCoreCaseFileStore.MaxUpdateAttempts, winnerChanges);
        var found = await winner.FindAsync("z-1");
        Assert.Null(found!.Assignee);
        Assert.Equal(winnerChanges, found.Notes.Count);
        Assert.Equal(1 + winnerChanges, found.Version);
    }

    [Fact]
    public async Task Query_OnADatabaseFromBeforeTheDerivedColumns_FindsBezwaarCasesAndTextAfterTheNextStart()
    {
        // Arrange: case files stored, then their rows set back to what the previous versions wrote (no columns yet).
        var store = await OpenDatabaseStoreAsync();
        await store.AddAsync(new CaseFile { Id = "z-1", Zaaktype = CaseFileAccess.BezwaarZaaktype, Team = "wijkteam-zuid", OpenedAt = Now, Title = "Bezwaar Zoë Öztürk" });
        var registered = CaseFile("z-2", "wijkteam-zuid", Now.AddHours(1));
        registered.AddEvent(CaseEventKinds.MeldingRegistered, "u-anna", Now, details: new JsonObject { ["soort"] = "bezwaarschrift" });
        await store.AddAsync(registered);
        await store.AddAsync(CaseFile("z-3", "wijkteam-zuid", Now.AddHours(2)));
        await using (var db = new WerkstroomDbContextFactory(Options).CreateDbContext())
            await db.CaseFiles.ExecuteUpdateAsync(u => u.SetProperty(f => f.IsBezwaar, false).SetProperty(f => f.SearchText, "").SetProperty(f => f.ColumnsVersion, 0));
        var bezwaar = new CaseFileQuery(OrBezwaar: true);
        var text = new CaseFileQuery(Text: "ÖZTÜRK");
        Assert.Empty(await store.QueryAsync(bezwaar)); // what the previous version's rows look like
        Assert.Empty(await store.QueryAsync(text));

        // Act: the next start.
        var restarted = await OpenDatabaseStoreAsync();

        // Assert: the rule ran on every old row; versions are unchanged (no one's change was made).
        Assert.Equal(["z-2", "z-1"], (await restarted.QueryAsync(bezwaar)).Select(f => f.Id));
        Assert.Equal(2, await restarted.CountAsync(bezwaar));
        Assert.Equal(["z-1"], (await restarted.QueryAsync(text)).Select(f => f.Id));
        Assert.All(await restarted.QueryAsync(new CaseFileQuery()), f => Assert.Equal(1, f.Version));
        await using var check = new WerkstroomDbContextFactory(Options).CreateDbContext();
        Assert.False(await CaseFileColumns.NeedsRefreshAsync(check));
    }

    [Fact]
    public async Task Delete_CaseFile_LeavesNoClockRows()
    {
        var store = await OpenDatabaseStoreAsync();
        await store.AddAsync(FullCaseFile("z-1"));

        await store.DeleteAsync("z-1");

        Assert.Equal(0, await DatabaseText.CountAsync(Options, "CaseClocks"));
    }
}

/// <summary>The contract on Casework's in-memory case-file store (what the tests of the handlers and the CLI run on).</summary>
public sealed class InMemoryCaseFileStoreContractTests : CaseFileStoreTests
{
    private readonly InMemoryCaseFileStore _store = new();

    protected override Task<ICaseFileStore> OpenAsync() => Task.FromResult<ICaseFileStore>(_store);
}

/// <summary>The contract on the simulation's case-file store (in memory), as issue 7 asks.</summary>
public sealed class SimulationCaseFileStoreTests : CaseFileStoreTests
{
    private readonly Simulation.SimulationCaseFileStore _store = new();

    protected override Task<ICaseFileStore> OpenAsync() => Task.FromResult<ICaseFileStore>(_store);
}
