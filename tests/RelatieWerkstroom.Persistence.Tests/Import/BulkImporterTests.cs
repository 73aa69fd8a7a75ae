using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Outbox;
using RelatieWerkstroom.Casework.Subjects;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.LegalTime;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Persistence.Import;
using RelatieWerkstroom.Persistence.Stores;
using RelatieWerkstroom.Persistence.Tests.Support;

namespace RelatieWerkstroom.Persistence.Tests.Import;

/// <summary>
/// The one-transaction import a simulation writes its result with: what goes in reads back through the ordinary
/// stores, on SQLite (<see cref="BulkImporterSqliteTests"/>) and PostgreSQL (<see cref="BulkImporterPostgreSqlTests"/>).
/// </summary>
public abstract class BulkImporterTests(TestDatabase database) : IAsyncLifetime
{
    private protected static readonly DateTimeOffset At = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    private protected readonly TestDatabase _database = database;
    private protected IDbContextFactory<WerkstroomDbContext> _contexts = null!;

    public async Task InitializeAsync()
    {
        _contexts = new WerkstroomDbContextFactory(_database.Options);
        await new PersistenceInitializer(_contexts).InitializeAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Import_EveryKindOfRow_ReadsBackThroughTheStores()
    {
        var definition = Definition();
        var instance = Instance();
        var journal = new[] { Entry(7, JournalEvents.InstanceStarted), Entry(8, JournalEvents.ActivitySuspended) };
        var file = CaseFile();
        var subject = new CaseSubject { SubjectId = "s-1", Bsn = "999990019", Name = "Anouk Fictiefstra", RegisteredAt = At };
        var message = new OutboxMessage { Id = "m-1", CaseFileId = file.Id, Kind = "WMO301", Payload = "{}", CreatedAt = At };

        await using (var importer = await BulkImporter.BeginAsync(_contexts))
        {
            importer.AddDefinitions([definition], At);
            importer.AddJournal(journal);
            importer.AddInstances([instance]);
            await importer.AddCaseFilesAsync(Async(file));
            await importer.AddSubjectsAsync(Async(subject));
            await importer.AddOutboxAsync(Async(message));
            await importer.CommitAsync();
            Assert.Equal(2, importer.RowsWritten["Journal"]);
        }

        var instances = new EFCoreWorkflowInstanceStore(_contexts);
        var readJournal = new List<JournalEntry>();
        await foreach (var entry in instances.ReadAsync()) readJournal.Add(entry);
        Assert.Equal(journal.Select(Text), readJournal.Select(Text));
        Assert.Equal(Text(instance), Text((await instances.FindAsync(instance.Id))!));
        var bookmark = Assert.Single(await instances.FindBookmarksAsync(new BookmarkFilter(CorrelationId: file.Id)));
        Assert.Equal("b-1", bookmark.Bookmark.Id);
        Assert.Equal(definition.ToJson(indented: false), (await new EFCoreWorkflowDefinitionStore(_contexts).FindPublishedAsync("import-test"))!.ToJson(indented: false));
        Assert.Equal(Text(file), Text((await new EFCoreCaseFileStore(_contexts).FindAsync(file.Id))!));
        Assert.Equal(subject, await new EFCoreCaseSubjectStore(_contexts).FindByBsnAsync("999990019"));
        Assert.Equal(message, Assert.Single(await new EFCoreOutbox(_contexts).FindByCaseFileAsync(file.Id)));
    }

    [Fact]
    public async Task Import_AfterwardsTheStoresWriteOnWithTheNextSequence()
    {
        await using (var importer = await BulkImporter.BeginAsync(_contexts))
        {
            importer.AddJournal([Entry(41, JournalEvents.InstanceStarted), Entry(42, JournalEvents.InstanceFinished)]);
            await importer.CommitAsync();
        }

        var store = new EFCoreWorkflowInstanceStore(_contexts);
        var next = Entry(0, JournalEvents.InstanceStarted);
        var started = Instance();
        started.Id = "i-2";
        started.Bookmarks.Clear();
        await store.CommitAsync(new BurstCommit([new InstanceChange(started, 0)], [next], null));

        Assert.Equal(43, next.Sequence);
    }

    [Fact]
    public async Task Import_NotCommitted_LeavesTheDatabaseEmpty()
    {
        await using (var importer = await BulkImporter.BeginAsync(_contexts))
        {
            importer.AddJournal([Entry(1, JournalEvents.InstanceStarted)]);
            importer.AddInstances([Instance()]);
        }

        await using var db = await _contexts.CreateDbContextAsync();
        Assert.False(await db.Journal.AnyAsync());
        Assert.False(await db.Instances.AnyAsync());
    }

    [Fact]
    public async Task BeginAsync_DatabaseWithData_IsRefused()
    {
        await new EFCoreWorkflowDefinitionStore(_contexts).SaveAsync([Definition()]);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => BulkImporter.BeginAsync(_contexts));

        Assert.Contains("already holds workflow data", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddJournal_EntryWithoutSequence_IsRefused()
    {
        await using var importer = await BulkImporter.BeginAsync(_contexts);

        Assert.Throws<ArgumentException>(() => importer.AddJournal([Entry(0, JournalEvents.InstanceStarted)]));
    }

    private protected object Scalar(string sql)
    {
        using var connection = new SqliteConnection(_database.Options.ResolveConnectionString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()!;
    }

    private protected static string Text<T>(T value) => JsonSerializer.Serialize(value, Json.Options);

    private protected static async IAsyncEnumerable<T> Async<T>(params T[] items)
    {
        foreach (var item in items) yield return item;
        await Task.CompletedTask;
    }

    private protected static WorkflowDefinition Definition() => WorkflowDefinitionReader.Parse("""
        { "id": "import-test:v1", "definitionId": "import-test", "name": "Import", "version": 1, "isLatest": true, "isPublished": true,
          "root": { "type": "Elsa.Flowchart", "id": "f", "activities": [ { "id": "a", "type": "Elsa.WriteLine",
            "text": { "typeName": "String", "expression": { "type": "Literal", "value": "hallo" } } } ], "connections": [] } }
        """);

    private protected static WorkflowInstance Instance() => new()
    {
        Id = "i-1",
        DefinitionId = "import-test",
        DefinitionVersionId = "import-test:v1",
        DefinitionVersion = 1,
        Version = 3,
        Status = WorkflowStatus.Suspended,
        CorrelationId = "z-1",
        CreatedAt = At,
        UpdatedAt = At.AddDays(1),
        Variables = { ["Besluit"] = JsonValue.Create("toekennen") },
        ExecutionCounts = { ["a"] = 1 },
        Bookmarks =
        [
            new Bookmark { Id = "b-1", ActivityId = "a", ActivityType = "Elsa.Delay", Kind = BookmarkKinds.Timer, DueAt = At.AddDays(44), CreatedAt = At },
        ],
    };

    private protected static JournalEntry Entry(long sequence, string kind) => new()
    {
        Sequence = sequence,
        InstanceId = "i-1",
        DefinitionId = "import-test",
        DefinitionVersion = 1,
        ActivityId = "a",
        ActivityType = "Elsa.Delay",
        Kind = kind,
        Actor = "u-1",
        Timestamp = At.AddMinutes(sequence),
        PayloadJson = """{"bookmarkId":"b-1"}""",
        FrictionJson = """{"origin":"national"}""",
        CorrelationId = "z-1",
    };

    private protected static CaseFile CaseFile()
    {
        var file = new CaseFile
        {
            Id = "z-1",
            Zaaktype = "wmo-maatwerkvoorziening",
            Title = "Huishoudelijke hulp",
            SubjectId = "s-1",
            Team = "wijkteam-noord",
            Status = CaseFileStatus.Open,
            OpenedAt = At,
            OpenedBy = "u-1",
            Version = 5,
            InstanceIds = ["i-1"],
        };
        file.PutClock(CaseClock.Begin("beslistermijn", "Wmo 2015 art. 2.3.5 lid 1", LegalTerm.Parse("2 weeks"), new DateOnly(2026, 3, 2), 5, "i-1", "a", "u-1", At, "c-1"));
        file.AddEvent(CaseEventKinds.CaseOpened, "u-1", At, instanceId: "i-1");
        return file;
    }
}

/// <summary>The import on SQLite: also the secondary indexes (dropped while importing) and the log mode come back.</summary>
public sealed class BulkImporterSqliteTests() : BulkImporterTests(TestDatabase.Sqlite())
{
    [Fact]
    public async Task Import_AfterwardsTheIndexesAndLogModeAreBack()
    {
        await using (var importer = await BulkImporter.BeginAsync(_contexts))
        {
            importer.AddJournal([Entry(41, JournalEvents.InstanceStarted)]);
            await importer.CommitAsync();
        }

        Assert.Equal("wal", Scalar("PRAGMA journal_mode"));
        Assert.Equal(1L, Scalar("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'IX_Journal_CorrelationId'"));
    }

    [Fact]
    public async Task Import_NotCommitted_KeepsItsIndexes()
    {
        var indexes = Scalar("SELECT count(*) FROM sqlite_master WHERE type = 'index'");
        await using (var importer = await BulkImporter.BeginAsync(_contexts))
        {
            importer.AddJournal([Entry(1, JournalEvents.InstanceStarted)]);
        }

        Assert.Equal(indexes, Scalar("SELECT count(*) FROM sqlite_master WHERE type = 'index'"));
    }

    [Fact]
    public async Task Import_DuplicateBsn_FailsAtCommitAndStoresNothing()
    {
        await using (var importer = await BulkImporter.BeginAsync(_contexts))
        {
            await importer.AddSubjectsAsync(Async(
                new CaseSubject { SubjectId = "s-1", Bsn = "999990019", Name = "Bram Nepveld", RegisteredAt = At },
                new CaseSubject { SubjectId = "s-2", Bsn = "999990019", Name = "Cato Nepveld", RegisteredAt = At }));

            // The unique index on the BSN is rebuilt before the commit, and refuses the duplicate there.
            await Assert.ThrowsAsync<SqliteException>(() => importer.CommitAsync());
        }

        await using var db = await _contexts.CreateDbContextAsync();
        Assert.False(await db.CaseSubjects.AnyAsync());
    }
}

/// <summary>The import on PostgreSQL (through EF Core; the journal's identity goes on after the imported numbers).</summary>
[Trait("Category", "PostgreSql")]
public sealed class BulkImporterPostgreSqlTests() : BulkImporterTests(TestDatabase.PostgreSql());
