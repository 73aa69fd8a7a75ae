using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Benchmarks.Stores;

/// <summary>
/// A plain ADO.NET SQLite instance store for the persisted W2 measurement, used until the EF Core store of
/// RelatieWerkstroom.Persistence is available: one transaction per burst (instance row, bookmarks, operation,
/// journal rows), WAL with <c>synchronous=FULL</c> as benchmarks.md asks. Writers take turns on one connection.
/// </summary>
public sealed class SqliteBenchmarkInstanceStore : IWorkflowInstanceStore, IJournalReader, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _insertInstance;
    private readonly SqliteCommand _updateInstance;
    private readonly SqliteCommand _deleteBookmarks;
    private readonly SqliteCommand _insertBookmark;
    private readonly SqliteCommand _insertOperation;
    private readonly SqliteCommand _insertJournal;

    public SqliteBenchmarkInstanceStore(string path)
    {
        Path = path;
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _connection.Open();
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;");
        Execute("""
            CREATE TABLE IF NOT EXISTS instances (id TEXT PRIMARY KEY, version INTEGER NOT NULL, status INTEGER NOT NULL, correlation_id TEXT, json TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS bookmarks (id TEXT PRIMARY KEY, instance_id TEXT NOT NULL, definition_id TEXT NOT NULL, correlation_id TEXT,
                kind TEXT NOT NULL, name TEXT, due_at TEXT, json TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS bookmarks_instance ON bookmarks (instance_id);
            CREATE TABLE IF NOT EXISTS operations (id TEXT PRIMARY KEY, instance_id TEXT NOT NULL, bookmark_id TEXT, result_json TEXT NOT NULL, created_at TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS operations_bookmark ON operations (bookmark_id);
            CREATE TABLE IF NOT EXISTS journal (sequence INTEGER PRIMARY KEY AUTOINCREMENT, instance_id TEXT NOT NULL, definition_id TEXT NOT NULL,
                definition_version INTEGER NOT NULL, activity_id TEXT, activity_type TEXT, activity_name TEXT, kind TEXT NOT NULL, actor TEXT,
                timestamp TEXT NOT NULL, outcome TEXT, payload TEXT, friction TEXT, correlation_id TEXT);
            CREATE INDEX IF NOT EXISTS journal_instance ON journal (instance_id);
            """);
        _insertInstance = Prepare("INSERT INTO instances (id, version, status, correlation_id, json) VALUES ($id, $version, $status, $correlation, $json)",
            "$id", "$version", "$status", "$correlation", "$json");
        _updateInstance = Prepare("UPDATE instances SET version = $version, status = $status, correlation_id = $correlation, json = $json WHERE id = $id AND version = $expected",
            "$id", "$version", "$status", "$correlation", "$json", "$expected");
        _deleteBookmarks = Prepare("DELETE FROM bookmarks WHERE instance_id = $id", "$id");
        _insertBookmark = Prepare("INSERT INTO bookmarks (id, instance_id, definition_id, correlation_id, kind, name, due_at, json) VALUES ($id, $instance, $definition, $correlation, $kind, $name, $due, $json)",
            "$id", "$instance", "$definition", "$correlation", "$kind", "$name", "$due", "$json");
        _insertOperation = Prepare("INSERT INTO operations (id, instance_id, bookmark_id, result_json, created_at) VALUES ($id, $instance, $bookmark, $result, $created)",
            "$id", "$instance", "$bookmark", "$result", "$created");
        _insertJournal = Prepare("""
            INSERT INTO journal (instance_id, definition_id, definition_version, activity_id, activity_type, activity_name, kind, actor, timestamp, outcome, payload, friction, correlation_id)
            VALUES ($instance, $definition, $version, $activity, $type, $name, $kind, $actor, $timestamp, $outcome, $payload, $friction, $correlation) RETURNING sequence
            """, "$instance", "$definition", "$version", "$activity", "$type", "$name", "$kind", "$actor", "$timestamp", "$outcome", "$payload", "$friction", "$correlation");
    }

    public string Path { get; }

    public async Task<WorkflowInstance?> FindAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT json FROM instances WHERE id = $id";
            command.Parameters.AddWithValue("$id", instanceId);
            return command.ExecuteScalar() is string json ? JsonSerializer.Deserialize<WorkflowInstance>(json, Json.Options) : null;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<StoredBookmark?> FindBookmarkAsync(string bookmarkId, CancellationToken cancellationToken = default) =>
        (await QueryBookmarksAsync("b.id = $p0", [bookmarkId], 1, cancellationToken)).FirstOrDefault();

    public Task<IReadOnlyList<StoredBookmark>> FindBookmarksAsync(BookmarkFilter filter, CancellationToken cancellationToken = default)
    {
        var clauses = new List<string> { "1 = 1" };
        var values = new List<object?>();
        void Add(string column, object? value, string op = "=")
        {
            if (value is null) return;
            clauses.Add($"{column} {op} $p{values.Count}");
            values.Add(value);
        }
        Add("b.kind", filter.Kind);
        Add("b.name", filter.Name);
        Add("b.instance_id", filter.InstanceId);
        Add("b.correlation_id", filter.CorrelationId);
        Add("b.due_at", filter.DueBefore?.UtcDateTime.ToString("O"), "<=");
        return QueryBookmarksAsync(string.Join(" AND ", clauses), values, filter.Take, cancellationToken);
    }

    public Task<OperationRecord?> FindOperationAsync(string operationId, CancellationToken cancellationToken = default) =>
        QueryOperationAsync("id = $p", operationId, cancellationToken);

    public Task<OperationRecord?> FindOperationForBookmarkAsync(string bookmarkId, CancellationToken cancellationToken = default) =>
        QueryOperationAsync("bookmark_id = $p", bookmarkId, cancellationToken);

    public async Task CommitAsync(BurstCommit commit, CancellationToken cancellationToken = default)
    {
        // Serialize outside the lock: only the database work is one-at-a-time.
        var rows = commit.Instances.Select(c => (c, JsonSerializer.Serialize(c.Instance, Json.Options))).ToList();
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var transaction = _connection.BeginTransaction();
            foreach (var (change, json) in rows)
            {
                var instance = change.Instance;
                var command = change.ExpectedVersion == 0 ? _insertInstance : _updateInstance;
                command.Transaction = transaction;
                Set(command, instance.Id, instance.Version, (int)instance.Status, instance.CorrelationId, json);
                if (change.ExpectedVersion != 0) command.Parameters[5].Value = change.ExpectedVersion;
                try
                {
                    if (command.ExecuteNonQuery() != 1) throw Conflict(instance, change);
                }
                catch (SqliteException ex) when (ex.SqliteErrorCode == 19)
                {
                    throw Conflict(instance, change);
                }
                if (change.ExpectedVersion != 0)
                {
                    _deleteBookmarks.Transaction = transaction;
                    Set(_deleteBookmarks, instance.Id);
                    _deleteBookmarks.ExecuteNonQuery();
                }
                foreach (var b in instance.Bookmarks)
                {
                    _insertBookmark.Transaction = transaction;
                    Set(_insertBookmark, b.Id, instance.Id, instance.DefinitionId, instance.CorrelationId, b.Kind, b.Name,
                        b.DueAt?.UtcDateTime.ToString("O"), JsonSerializer.Serialize(b, Json.Options));
                    _insertBookmark.ExecuteNonQuery();
                }
            }
            if (commit.Operation is { } op)
            {
                _insertOperation.Transaction = transaction;
                Set(_insertOperation, op.OperationId, op.InstanceId, op.BookmarkId, op.ResultJson, op.CreatedAt.ToString("O"));
                try
                {
                    _insertOperation.ExecuteNonQuery();
                }
                catch (SqliteException ex) when (ex.SqliteErrorCode == 19)
                {
                    throw new ConcurrencyConflictException($"operation {op.OperationId} was already carried out");
                }
            }
            var sequences = new long[commit.Journal.Count];
            for (var i = 0; i < commit.Journal.Count; i++)
            {
                var e = commit.Journal[i];
                _insertJournal.Transaction = transaction;
                Set(_insertJournal, e.InstanceId, e.DefinitionId, e.DefinitionVersion, e.ActivityId, e.ActivityType, e.ActivityName, e.Kind, e.Actor,
                    e.Timestamp.ToString("O"), e.Outcome, e.PayloadJson, e.FrictionJson, e.CorrelationId);
                sequences[i] = (long)_insertJournal.ExecuteScalar()!;
            }
            transaction.Commit();
            for (var i = 0; i < sequences.Length; i++) commit.Journal[i].Sequence = sequences[i];
        }
        finally
        {
            _gate.Release();
        }
    }

    public async IAsyncEnumerable<JournalEntry> ReadAsync(long afterSequence = 0, string? instanceId = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        List<JournalEntry> entries = [];
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = """
                SELECT sequence, instance_id, definition_id, definition_version, activity_id, activity_type, activity_name, kind, actor, timestamp,
                       outcome, payload, friction, correlation_id
                FROM journal WHERE sequence > $after AND ($instance IS NULL OR instance_id = $instance) ORDER BY sequence
                """;
            command.Parameters.AddWithValue("$after", afterSequence);
            command.Parameters.AddWithValue("$instance", (object?)instanceId ?? DBNull.Value);
            using var reader = command.ExecuteReader();
            while (reader.Read())
                entries.Add(new JournalEntry
                {
                    Sequence = reader.GetInt64(0), InstanceId = reader.GetString(1), DefinitionId = reader.GetString(2), DefinitionVersion = reader.GetInt32(3),
                    ActivityId = Text(reader, 4), ActivityType = Text(reader, 5), ActivityName = Text(reader, 6), Kind = reader.GetString(7),
                    Actor = Text(reader, 8), Timestamp = DateTimeOffset.Parse(reader.GetString(9), System.Globalization.CultureInfo.InvariantCulture),
                    Outcome = Text(reader, 10), PayloadJson = Text(reader, 11), FrictionJson = Text(reader, 12), CorrelationId = Text(reader, 13),
                });
        }
        finally
        {
            _gate.Release();
        }
        foreach (var entry in entries) yield return entry;
    }

    public void Dispose()
    {
        foreach (var command in new[] { _insertInstance, _updateInstance, _deleteBookmarks, _insertBookmark, _insertOperation, _insertJournal })
            command.Dispose();
        _connection.Dispose();
        _gate.Dispose();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(Path + suffix);
    }

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static ConcurrencyConflictException Conflict(WorkflowInstance instance, InstanceChange change) =>
        new($"instance {instance.Id} was changed by someone else (expected version {change.ExpectedVersion})");

    private async Task<IReadOnlyList<StoredBookmark>> QueryBookmarksAsync(string where, IReadOnlyList<object?> values, int take, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = $"SELECT b.instance_id, b.definition_id, b.correlation_id, b.json FROM bookmarks b WHERE {where} ORDER BY b.due_at LIMIT {take}";
            for (var i = 0; i < values.Count; i++) command.Parameters.AddWithValue("$p" + i, values[i]);
            using var reader = command.ExecuteReader();
            var list = new List<StoredBookmark>();
            while (reader.Read())
                list.Add(new StoredBookmark(reader.GetString(0), reader.GetString(1), Text(reader, 2),
                    JsonSerializer.Deserialize<Bookmark>(reader.GetString(3), Json.Options)!));
            return list;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<OperationRecord?> QueryOperationAsync(string where, string value, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = $"SELECT id, instance_id, bookmark_id, result_json, created_at FROM operations WHERE {where} LIMIT 1";
            command.Parameters.AddWithValue("$p", value);
            using var reader = command.ExecuteReader();
            return reader.Read()
                ? new OperationRecord(reader.GetString(0), reader.GetString(1), Text(reader, 2), reader.GetString(3),
                    DateTimeOffset.Parse(reader.GetString(4), System.Globalization.CultureInfo.InvariantCulture))
                : null;
        }
        finally
        {
            _gate.Release();
        }
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        return command;
    }

    private static void Set(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }
}
