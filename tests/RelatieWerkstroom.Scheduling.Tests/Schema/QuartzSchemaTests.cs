using RelatieWerkstroom.Scheduling.Schema;
using RelatieWerkstroom.Scheduling.Tests.Support;

namespace RelatieWerkstroom.Scheduling.Tests.Schema;

public sealed class QuartzSchemaTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task EnsureCreatedAsync_NewSqliteFile_CreatesEveryJobStoreTable()
    {
        // Act
        await QuartzSchema.EnsureCreatedAsync(SchedulingDatabase.Sqlite, _database.ConnectionString);

        // Assert
        foreach (var table in QuartzSchema.Tables)
            Assert.Equal(1, await _database.CountAsync("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $name",
                ("$name", QuartzSchema.TablePrefix + table)));
    }

    [Fact]
    public async Task EnsureCreatedAsync_RunAgainOnFilledStore_KeepsRows()
    {
        // Arrange
        await QuartzSchema.EnsureCreatedAsync(SchedulingDatabase.Sqlite, _database.ConnectionString);
        await _database.ExecuteAsync("INSERT INTO QRTZ_LOCKS (SCHED_NAME, LOCK_NAME) VALUES ('werkstroom', 'TRIGGER_ACCESS')");

        // Act
        await QuartzSchema.EnsureCreatedAsync(SchedulingDatabase.Sqlite, _database.ConnectionString);

        // Assert
        Assert.Equal(1, await _database.CountAsync("SELECT COUNT(*) FROM QRTZ_LOCKS WHERE SCHED_NAME = 'werkstroom'"));
    }

    [Fact]
    public async Task EnsureCreatedAsync_ManyAtOnce_AllSucceed()
    {
        // Act: processes starting together each run the set-up.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
            QuartzSchema.EnsureCreatedAsync(SchedulingDatabase.Sqlite, _database.ConnectionString + ";Default Timeout=30"))));

        // Assert
        Assert.Equal(QuartzSchema.Tables.Count, await _database.CountAsync("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name LIKE 'QRTZ_%'"));
    }

    [Fact]
    public async Task EnsureCreatedAsync_TriggersTableFromOlderQuartz_AddsNewerColumnsAndKeepsRows()
    {
        // Arrange: the trigger table as Quartz 3.0 defined it, with one stored row.
        await _database.ExecuteAsync("""
            CREATE TABLE QRTZ_TRIGGERS (
                SCHED_NAME TEXT NOT NULL, TRIGGER_NAME TEXT NOT NULL, TRIGGER_GROUP TEXT NOT NULL,
                JOB_NAME TEXT NOT NULL, JOB_GROUP TEXT NOT NULL, DESCRIPTION TEXT NULL,
                NEXT_FIRE_TIME INTEGER NULL, PREV_FIRE_TIME INTEGER NULL, PRIORITY INTEGER NULL,
                TRIGGER_STATE TEXT NOT NULL, TRIGGER_TYPE TEXT NOT NULL, START_TIME INTEGER NOT NULL,
                END_TIME INTEGER NULL, CALENDAR_NAME TEXT NULL, MISFIRE_INSTR INTEGER NULL, JOB_DATA BLOB NULL,
                PRIMARY KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP));
            INSERT INTO QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP, JOB_NAME, JOB_GROUP, TRIGGER_STATE, TRIGGER_TYPE, START_TIME)
            VALUES ('werkstroom', 'bookmark-1', 'timer-bookmarks', 'resume-timer-bookmark', 'relatiewerkstroom', 'WAITING', 'SIMPLE', 1);
            """);

        // Act
        await QuartzSchema.EnsureCreatedAsync(SchedulingDatabase.Sqlite, _database.ConnectionString);

        // Assert
        foreach (var column in new[] { "MISFIRE_ORIG_FIRE_TIME", "EXECUTION_GROUP", "PREFERRED_NODE", "PREFERRED_NODE_AUTO" })
            Assert.Equal(1, await _database.CountAsync("SELECT COUNT(*) FROM pragma_table_info('QRTZ_TRIGGERS') WHERE name = $name", ("$name", column)));
        Assert.Equal(1, await _database.CountAsync("SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE TRIGGER_NAME = 'bookmark-1' AND PREFERRED_NODE_AUTO = 0"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task EnsureCreatedAsync_NoConnectionString_ThrowsClearError(string connectionString)
    {
        // Act
        var error = await Assert.ThrowsAsync<ArgumentException>(() => QuartzSchema.EnsureCreatedAsync(SchedulingDatabase.Sqlite, connectionString));

        // Assert
        Assert.Contains("connection string", error.Message);
    }
}
