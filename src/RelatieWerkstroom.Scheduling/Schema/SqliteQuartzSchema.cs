using Microsoft.Data.Sqlite;

namespace RelatieWerkstroom.Scheduling.Schema;

/// <summary>The QRTZ_* tables in SQLite: times are .NET ticks (INTEGER), flags 0/1, job data a JSON blob.</summary>
internal static class SqliteQuartzSchema
{
    private static readonly string[] Statements =
    [
        """
        CREATE TABLE IF NOT EXISTS QRTZ_JOB_DETAILS (
            SCHED_NAME        TEXT    NOT NULL,
            JOB_NAME          TEXT    NOT NULL,
            JOB_GROUP         TEXT    NOT NULL,
            DESCRIPTION       TEXT    NULL,
            JOB_CLASS_NAME    TEXT    NOT NULL,
            IS_DURABLE        INTEGER NOT NULL,
            IS_NONCONCURRENT  INTEGER NOT NULL,
            IS_UPDATE_DATA    INTEGER NOT NULL,
            REQUESTS_RECOVERY INTEGER NOT NULL,
            JOB_DATA          BLOB    NULL,
            CONSTRAINT PK_QRTZ_JOB_DETAILS PRIMARY KEY (SCHED_NAME, JOB_NAME, JOB_GROUP)
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS QRTZ_TRIGGERS (
            SCHED_NAME             TEXT    NOT NULL,
            TRIGGER_NAME           TEXT    NOT NULL,
            TRIGGER_GROUP          TEXT    NOT NULL,
            JOB_NAME               TEXT    NOT NULL,
            JOB_GROUP              TEXT    NOT NULL,
            DESCRIPTION            TEXT    NULL,
            NEXT_FIRE_TIME         INTEGER NULL,
            PREV_FIRE_TIME         INTEGER NULL,
            PRIORITY               INTEGER NULL,
            TRIGGER_STATE          TEXT    NOT NULL,
            TRIGGER_TYPE           TEXT    NOT NULL,
            START_TIME             INTEGER NOT NULL,
            END_TIME               INTEGER NULL,
            CALENDAR_NAME          TEXT    NULL,
            MISFIRE_INSTR          INTEGER NULL,
            MISFIRE_ORIG_FIRE_TIME INTEGER NULL,
            EXECUTION_GROUP        TEXT    NULL,
            PREFERRED_NODE         TEXT    NULL,
            PREFERRED_NODE_AUTO    INTEGER NOT NULL DEFAULT 0,
            JOB_DATA               BLOB    NULL,
            CONSTRAINT PK_QRTZ_TRIGGERS PRIMARY KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
            CONSTRAINT FK_QRTZ_TRIGGERS_JOB FOREIGN KEY (SCHED_NAME, JOB_NAME, JOB_GROUP)
                REFERENCES QRTZ_JOB_DETAILS (SCHED_NAME, JOB_NAME, JOB_GROUP)
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS QRTZ_SIMPLE_TRIGGERS (
            SCHED_NAME      TEXT    NOT NULL,
            TRIGGER_NAME    TEXT    NOT NULL,
            TRIGGER_GROUP   TEXT    NOT NULL,
            REPEAT_COUNT    INTEGER NOT NULL,
            REPEAT_INTERVAL INTEGER NOT NULL,
            TIMES_TRIGGERED INTEGER NOT NULL,
            CONSTRAINT PK_QRTZ_SIMPLE_TRIGGERS PRIMARY KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
            CONSTRAINT FK_QRTZ_SIMPLE_TRIGGERS FOREIGN KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)
                REFERENCES QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP) ON DELETE CASCADE
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS QRTZ_SIMPROP_TRIGGERS (
            SCHED_NAME    TEXT    NOT NULL,
            TRIGGER_NAME  TEXT    NOT NULL,
            TRIGGER_GROUP TEXT    NOT NULL,
            STR_PROP_1    TEXT    NULL,
            STR_PROP_2    TEXT    NULL,
            STR_PROP_3    TEXT    NULL,
            INT_PROP_1    INTEGER NULL,
            INT_PROP_2    INTEGER NULL,
            LONG_PROP_1   INTEGER NULL,
            LONG_PROP_2   INTEGER NULL,
            DEC_PROP_1    NUMERIC NULL,
            DEC_PROP_2    NUMERIC NULL,
            BOOL_PROP_1   INTEGER NULL,
            BOOL_PROP_2   INTEGER NULL,
            TIME_ZONE_ID  TEXT    NULL,
            CONSTRAINT PK_QRTZ_SIMPROP_TRIGGERS PRIMARY KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
            CONSTRAINT FK_QRTZ_SIMPROP_TRIGGERS FOREIGN KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)
                REFERENCES QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP) ON DELETE CASCADE
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS QRTZ_CRON_TRIGGERS (
            SCHED_NAME      TEXT NOT NULL,
            TRIGGER_NAME    TEXT NOT NULL,
            TRIGGER_GROUP   TEXT NOT NULL,
            CRON_EXPRESSION TEXT NOT NULL,
            TIME_ZONE_ID    TEXT NULL,
            CONSTRAINT PK_QRTZ_CRON_TRIGGERS PRIMARY KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
            CONSTRAINT FK_QRTZ_CRON_TRIGGERS FOREIGN KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)
                REFERENCES QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP) ON DELETE CASCADE
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS QRTZ_BLOB_TRIGGERS (
            SCHED_NAME    TEXT NOT NULL,
            TRIGGER_NAME  TEXT NOT NULL,
            TRIGGER_GROUP TEXT NOT NULL,
            BLOB_DATA     BLOB NULL,
            CONSTRAINT PK_QRTZ_BLOB_TRIGGERS PRIMARY KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
            CONSTRAINT FK_QRTZ_BLOB_TRIGGERS FOREIGN KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)
                REFERENCES QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP) ON DELETE CASCADE
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS QRTZ_CALENDARS (
            SCHED_NAME    TEXT NOT NULL,
            CALENDAR_NAME TEXT NOT NULL,
            CALENDAR      BLOB NOT NULL,
            CONSTRAINT PK_QRTZ_CALENDARS PRIMARY KEY (SCHED_NAME, CALENDAR_NAME)
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS QRTZ_PAUSED_TRIGGER_GRPS (
            SCHED_NAME    TEXT NOT NULL,
            TRIGGER_GROUP TEXT NOT NULL,
            CONSTRAINT PK_QRTZ_PAUSED_TRIGGER_GRPS PRIMARY KEY (SCHED_NAME, TRIGGER_GROUP)
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS QRTZ_FIRED_TRIGGERS (
            SCHED_NAME        TEXT    NOT NULL,
            ENTRY_ID          TEXT    NOT NULL,
            TRIGGER_NAME      TEXT    NOT NULL,
            TRIGGER_GROUP     TEXT    NOT NULL,
            INSTANCE_NAME     TEXT    NOT NULL,
            FIRED_TIME        INTEGER NOT NULL,
            SCHED_TIME        INTEGER NOT NULL,
            PRIORITY          INTEGER NOT NULL,
            STATE             TEXT    NOT NULL,
            JOB_NAME          TEXT    NULL,
            JOB_GROUP         TEXT    NULL,
            IS_NONCONCURRENT  INTEGER NULL,
            REQUESTS_RECOVERY INTEGER NULL,
            EXECUTION_GROUP   TEXT    NULL,
            CONSTRAINT PK_QRTZ_FIRED_TRIGGERS PRIMARY KEY (SCHED_NAME, ENTRY_ID)
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS QRTZ_SCHEDULER_STATE (
            SCHED_NAME        TEXT    NOT NULL,
            INSTANCE_NAME     TEXT    NOT NULL,
            LAST_CHECKIN_TIME INTEGER NOT NULL,
            CHECKIN_INTERVAL  INTEGER NOT NULL,
            CONSTRAINT PK_QRTZ_SCHEDULER_STATE PRIMARY KEY (SCHED_NAME, INSTANCE_NAME)
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS QRTZ_LOCKS (
            SCHED_NAME TEXT NOT NULL,
            LOCK_NAME  TEXT NOT NULL,
            CONSTRAINT PK_QRTZ_LOCKS PRIMARY KEY (SCHED_NAME, LOCK_NAME)
        )
        """,
        // SQLite enforces the cascades above only when the connection turns foreign keys on; this trigger
        // removes a trigger's schedule rows either way.
        """
        CREATE TRIGGER IF NOT EXISTS QRTZ_TRIGGERS_REMOVE_SCHEDULE AFTER DELETE ON QRTZ_TRIGGERS
        BEGIN
            DELETE FROM QRTZ_SIMPLE_TRIGGERS  WHERE SCHED_NAME = OLD.SCHED_NAME AND TRIGGER_NAME = OLD.TRIGGER_NAME AND TRIGGER_GROUP = OLD.TRIGGER_GROUP;
            DELETE FROM QRTZ_SIMPROP_TRIGGERS WHERE SCHED_NAME = OLD.SCHED_NAME AND TRIGGER_NAME = OLD.TRIGGER_NAME AND TRIGGER_GROUP = OLD.TRIGGER_GROUP;
            DELETE FROM QRTZ_CRON_TRIGGERS    WHERE SCHED_NAME = OLD.SCHED_NAME AND TRIGGER_NAME = OLD.TRIGGER_NAME AND TRIGGER_GROUP = OLD.TRIGGER_GROUP;
            DELETE FROM QRTZ_BLOB_TRIGGERS    WHERE SCHED_NAME = OLD.SCHED_NAME AND TRIGGER_NAME = OLD.TRIGGER_NAME AND TRIGGER_GROUP = OLD.TRIGGER_GROUP;
        END
        """,
        // Indexes for what the job store asks most: the next triggers to fire, misfires, a job's triggers,
        // a group's triggers, and the fired rows of one scheduler instance or one job.
        "CREATE INDEX IF NOT EXISTS IX_QRTZ_TRIGGERS_STATE_NEXT ON QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_STATE, NEXT_FIRE_TIME)",
        "CREATE INDEX IF NOT EXISTS IX_QRTZ_TRIGGERS_NEXT_MISFIRE ON QRTZ_TRIGGERS (SCHED_NAME, MISFIRE_INSTR, NEXT_FIRE_TIME)",
        "CREATE INDEX IF NOT EXISTS IX_QRTZ_TRIGGERS_JOB ON QRTZ_TRIGGERS (SCHED_NAME, JOB_NAME, JOB_GROUP)",
        "CREATE INDEX IF NOT EXISTS IX_QRTZ_TRIGGERS_GROUP ON QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_GROUP)",
        "CREATE INDEX IF NOT EXISTS IX_QRTZ_JOB_DETAILS_GROUP ON QRTZ_JOB_DETAILS (SCHED_NAME, JOB_GROUP)",
        "CREATE INDEX IF NOT EXISTS IX_QRTZ_FIRED_TRIGGERS_INSTANCE ON QRTZ_FIRED_TRIGGERS (SCHED_NAME, INSTANCE_NAME, REQUESTS_RECOVERY)",
        "CREATE INDEX IF NOT EXISTS IX_QRTZ_FIRED_TRIGGERS_JOB ON QRTZ_FIRED_TRIGGERS (SCHED_NAME, JOB_NAME, JOB_GROUP)",
        "CREATE INDEX IF NOT EXISTS IX_QRTZ_FIRED_TRIGGERS_TRIGGER ON QRTZ_FIRED_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)",
    ];

    // Columns later Quartz 3 releases added; a database set up for an older release gets them here.
    private static readonly (string Table, string Column, string Definition)[] AddedColumns =
    [
        ("QRTZ_TRIGGERS", "MISFIRE_ORIG_FIRE_TIME", "INTEGER NULL"),
        ("QRTZ_TRIGGERS", "EXECUTION_GROUP", "TEXT NULL"),
        ("QRTZ_TRIGGERS", "PREFERRED_NODE", "TEXT NULL"),
        ("QRTZ_TRIGGERS", "PREFERRED_NODE_AUTO", "INTEGER NOT NULL DEFAULT 0"),
        ("QRTZ_TRIGGERS", "JOB_DATA", "BLOB NULL"),
        ("QRTZ_FIRED_TRIGGERS", "EXECUTION_GROUP", "TEXT NULL"),
    ];

    public static async Task EnsureCreatedAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        // BEGIN IMMEDIATE: a second process starting at the same moment waits instead of half-creating.
        await using var transaction = connection.BeginTransaction(deferred: false);
        foreach (var sql in Statements)
            await ExecuteAsync(connection, transaction, sql, cancellationToken);
        foreach (var (table, column, definition) in AddedColumns)
        {
            if (!await HasColumnAsync(connection, transaction, table, column, cancellationToken))
                await ExecuteAsync(connection, transaction, $"ALTER TABLE {table} ADD COLUMN {column} {definition}", cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<bool> HasColumnAsync(SqliteConnection connection, SqliteTransaction transaction, string table, string column, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COUNT(*) FROM pragma_table_info($table) WHERE name = $column COLLATE NOCASE";
        command.Parameters.AddWithValue("$table", table);
        command.Parameters.AddWithValue("$column", column);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken)) > 0;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
