using Npgsql;

namespace RelatieWerkstroom.Scheduling.Schema;

/// <summary>The qrtz_* tables in PostgreSQL: times are .NET ticks (BIGINT), flags BOOLEAN, job data BYTEA.</summary>
internal static class PostgresQuartzSchema
{
    // Any constant will do; it only has to be the same for every node that starts at the same time.
    private const long SchemaLockKey = 0x5157_5254_5a53_4348;

    private static readonly string[] Statements =
    [
        """
        CREATE TABLE IF NOT EXISTS qrtz_job_details (
            sched_name        TEXT    NOT NULL,
            job_name          TEXT    NOT NULL,
            job_group         TEXT    NOT NULL,
            description       TEXT    NULL,
            job_class_name    TEXT    NOT NULL,
            is_durable        BOOLEAN NOT NULL,
            is_nonconcurrent  BOOLEAN NOT NULL,
            is_update_data    BOOLEAN NOT NULL,
            requests_recovery BOOLEAN NOT NULL,
            job_data          BYTEA   NULL,
            CONSTRAINT pk_qrtz_job_details PRIMARY KEY (sched_name, job_name, job_group)
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS qrtz_triggers (
            sched_name             TEXT    NOT NULL,
            trigger_name           TEXT    NOT NULL,
            trigger_group          TEXT    NOT NULL,
            job_name               TEXT    NOT NULL,
            job_group              TEXT    NOT NULL,
            description            TEXT    NULL,
            next_fire_time         BIGINT  NULL,
            prev_fire_time         BIGINT  NULL,
            priority               INTEGER NULL,
            trigger_state          TEXT    NOT NULL,
            trigger_type           TEXT    NOT NULL,
            start_time             BIGINT  NOT NULL,
            end_time               BIGINT  NULL,
            calendar_name          TEXT    NULL,
            misfire_instr          INTEGER NULL,
            misfire_orig_fire_time BIGINT  NULL,
            execution_group        TEXT    NULL,
            preferred_node         TEXT    NULL,
            preferred_node_auto    BOOLEAN NOT NULL DEFAULT FALSE,
            job_data               BYTEA   NULL,
            CONSTRAINT pk_qrtz_triggers PRIMARY KEY (sched_name, trigger_name, trigger_group),
            CONSTRAINT fk_qrtz_triggers_job FOREIGN KEY (sched_name, job_name, job_group)
                REFERENCES qrtz_job_details (sched_name, job_name, job_group)
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS qrtz_simple_triggers (
            sched_name      TEXT   NOT NULL,
            trigger_name    TEXT   NOT NULL,
            trigger_group   TEXT   NOT NULL,
            repeat_count    BIGINT NOT NULL,
            repeat_interval BIGINT NOT NULL,
            times_triggered BIGINT NOT NULL,
            CONSTRAINT pk_qrtz_simple_triggers PRIMARY KEY (sched_name, trigger_name, trigger_group),
            CONSTRAINT fk_qrtz_simple_triggers FOREIGN KEY (sched_name, trigger_name, trigger_group)
                REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS qrtz_simprop_triggers (
            sched_name    TEXT    NOT NULL,
            trigger_name  TEXT    NOT NULL,
            trigger_group TEXT    NOT NULL,
            str_prop_1    TEXT    NULL,
            str_prop_2    TEXT    NULL,
            str_prop_3    TEXT    NULL,
            int_prop_1    INTEGER NULL,
            int_prop_2    INTEGER NULL,
            long_prop_1   BIGINT  NULL,
            long_prop_2   BIGINT  NULL,
            dec_prop_1    NUMERIC NULL,
            dec_prop_2    NUMERIC NULL,
            bool_prop_1   BOOLEAN NULL,
            bool_prop_2   BOOLEAN NULL,
            time_zone_id  TEXT    NULL,
            CONSTRAINT pk_qrtz_simprop_triggers PRIMARY KEY (sched_name, trigger_name, trigger_group),
            CONSTRAINT fk_qrtz_simprop_triggers FOREIGN KEY (sched_name, trigger_name, trigger_group)
                REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS qrtz_cron_triggers (
            sched_name      TEXT NOT NULL,
            trigger_name    TEXT NOT NULL,
            trigger_group   TEXT NOT NULL,
            cron_expression TEXT NOT NULL,
            time_zone_id    TEXT NULL,
            CONSTRAINT pk_qrtz_cron_triggers PRIMARY KEY (sched_name, trigger_name, trigger_group),
            CONSTRAINT fk_qrtz_cron_triggers FOREIGN KEY (sched_name, trigger_name, trigger_group)
                REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS qrtz_blob_triggers (
            sched_name    TEXT  NOT NULL,
            trigger_name  TEXT  NOT NULL,
            trigger_group TEXT  NOT NULL,
            blob_data     BYTEA NULL,
            CONSTRAINT pk_qrtz_blob_triggers PRIMARY KEY (sched_name, trigger_name, trigger_group),
            CONSTRAINT fk_qrtz_blob_triggers FOREIGN KEY (sched_name, trigger_name, trigger_group)
                REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS qrtz_calendars (
            sched_name    TEXT  NOT NULL,
            calendar_name TEXT  NOT NULL,
            calendar      BYTEA NOT NULL,
            CONSTRAINT pk_qrtz_calendars PRIMARY KEY (sched_name, calendar_name)
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS qrtz_paused_trigger_grps (
            sched_name    TEXT NOT NULL,
            trigger_group TEXT NOT NULL,
            CONSTRAINT pk_qrtz_paused_trigger_grps PRIMARY KEY (sched_name, trigger_group)
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS qrtz_fired_triggers (
            sched_name        TEXT    NOT NULL,
            entry_id          TEXT    NOT NULL,
            trigger_name      TEXT    NOT NULL,
            trigger_group     TEXT    NOT NULL,
            instance_name     TEXT    NOT NULL,
            fired_time        BIGINT  NOT NULL,
            sched_time        BIGINT  NOT NULL,
            priority          INTEGER NOT NULL,
            state             TEXT    NOT NULL,
            job_name          TEXT    NULL,
            job_group         TEXT    NULL,
            is_nonconcurrent  BOOLEAN NULL,
            requests_recovery BOOLEAN NULL,
            execution_group   TEXT    NULL,
            CONSTRAINT pk_qrtz_fired_triggers PRIMARY KEY (sched_name, entry_id)
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS qrtz_scheduler_state (
            sched_name        TEXT   NOT NULL,
            instance_name     TEXT   NOT NULL,
            last_checkin_time BIGINT NOT NULL,
            checkin_interval  BIGINT NOT NULL,
            CONSTRAINT pk_qrtz_scheduler_state PRIMARY KEY (sched_name, instance_name)
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS qrtz_locks (
            sched_name TEXT NOT NULL,
            lock_name  TEXT NOT NULL,
            CONSTRAINT pk_qrtz_locks PRIMARY KEY (sched_name, lock_name)
        )
        """,
        // Columns later Quartz 3 releases added; a database set up for an older release gets them here.
        "ALTER TABLE qrtz_triggers ADD COLUMN IF NOT EXISTS misfire_orig_fire_time BIGINT NULL",
        "ALTER TABLE qrtz_triggers ADD COLUMN IF NOT EXISTS execution_group TEXT NULL",
        "ALTER TABLE qrtz_triggers ADD COLUMN IF NOT EXISTS preferred_node TEXT NULL",
        "ALTER TABLE qrtz_triggers ADD COLUMN IF NOT EXISTS preferred_node_auto BOOLEAN NOT NULL DEFAULT FALSE",
        "ALTER TABLE qrtz_triggers ADD COLUMN IF NOT EXISTS job_data BYTEA NULL",
        "ALTER TABLE qrtz_fired_triggers ADD COLUMN IF NOT EXISTS execution_group TEXT NULL",
        // Indexes for what the job store asks most: the next triggers to fire, misfires, a job's triggers,
        // a group's triggers, and the fired rows of one node (cluster recovery) or one job.
        "CREATE INDEX IF NOT EXISTS ix_qrtz_triggers_state_next ON qrtz_triggers (sched_name, trigger_state, next_fire_time)",
        "CREATE INDEX IF NOT EXISTS ix_qrtz_triggers_next_misfire ON qrtz_triggers (sched_name, misfire_instr, next_fire_time)",
        "CREATE INDEX IF NOT EXISTS ix_qrtz_triggers_job ON qrtz_triggers (sched_name, job_name, job_group)",
        "CREATE INDEX IF NOT EXISTS ix_qrtz_triggers_group ON qrtz_triggers (sched_name, trigger_group)",
        "CREATE INDEX IF NOT EXISTS ix_qrtz_job_details_group ON qrtz_job_details (sched_name, job_group)",
        "CREATE INDEX IF NOT EXISTS ix_qrtz_fired_triggers_instance ON qrtz_fired_triggers (sched_name, instance_name, requests_recovery)",
        "CREATE INDEX IF NOT EXISTS ix_qrtz_fired_triggers_job ON qrtz_fired_triggers (sched_name, job_name, job_group)",
        "CREATE INDEX IF NOT EXISTS ix_qrtz_fired_triggers_trigger ON qrtz_fired_triggers (sched_name, trigger_name, trigger_group)",
    ];

    public static async Task EnsureCreatedAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Two nodes starting together would otherwise race on CREATE TABLE IF NOT EXISTS (a unique-violation
        // in the catalog); the lock makes the second wait and then find everything in place.
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction))
        {
            lockCommand.Parameters.AddWithValue("key", SchemaLockKey);
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }
        foreach (var sql in Statements)
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }
}
