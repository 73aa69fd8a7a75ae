using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Outbox;
using RelatieWerkstroom.Casework.Subjects;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Persistence.Entities;
using RelatieWerkstroom.Persistence.Stores;
using SQLitePCL;

namespace RelatieWerkstroom.Persistence.Import;

/// <summary>
/// Writes a whole data set produced elsewhere (a simulation) into an empty database in one transaction:
/// definitions, journal (with its own sequence numbers), instances with their bookmarks, case files with their clocks,
/// subjects and outbox messages. On SQLite rows go through one prepared INSERT per table, built from the EF Core model
/// (table and column names, value conversions); on another database (PostgreSQL) through EF Core itself, in batches, and
/// the journal's identity sequence is moved past the imported numbers. Either way the rows read back exactly like rows
/// the stores write, and the whole import costs one commit instead of one per burst. Nothing is stored unless
/// <see cref="CommitAsync"/> is reached.
/// </summary>
public sealed class BulkImporter : IAsyncDisposable
{
    // Enough page cache to keep the B-trees being filled in memory; the default 2 MB would send every insert to disk.
    private const int ImportCacheKibibytes = 256 * 1024;

    private readonly WerkstroomDbContext _db;
    // Null on a database other than SQLite: then the rows go through EF Core.
    private readonly SqliteConnection? _connection;
    private readonly DbTransaction _transaction;
    private readonly List<(string Name, string Sql)> _indexes;
    private readonly Dictionary<Type, object> _writers = [];
    private bool _committed;

    private BulkImporter(WerkstroomDbContext db, SqliteConnection? connection, DbTransaction transaction, List<(string, string)> indexes)
    {
        _db = db;
        _connection = connection;
        _transaction = transaction;
        _indexes = indexes;
    }

    /// <summary>Rows written so far, per table.</summary>
    public IReadOnlyDictionary<string, long> RowsWritten => _writers.Values.Cast<ITableWriter>().ToDictionary(w => w.Table, w => w.Rows, StringComparer.Ordinal);

    /// <summary>
    /// Opens the database and a transaction. Refuses (with <see cref="InvalidOperationException"/>) a database that already holds instances, journal entries, case files, subjects or (unless <paramref name="definitionsPresent"/>)
    /// definitions: an import never mixes with other data. With <paramref name="definitionsPresent"/> the database may hold
    /// the definition versions the imported instances run on (a host imports its workflows before it seeds). While importing
    /// into SQLite, the secondary indexes are dropped (and rebuilt, from their own stored SQL, before the commit) and the
    /// database uses a rollback journal instead of its write-ahead log, so every page is written once.
    /// </summary>
    public static async Task<BulkImporter> BeginAsync(IDbContextFactory<WerkstroomDbContext> contexts, bool definitionsPresent = false,
        CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            if ((!definitionsPresent && await db.DefinitionVersions.AnyAsync(cancellationToken)) || await db.Instances.AnyAsync(cancellationToken)
                || await db.Journal.AnyAsync(cancellationToken) || await db.CaseFiles.AnyAsync(cancellationToken) || await db.CaseSubjects.AnyAsync(cancellationToken))
                throw new InvalidOperationException("the database already holds workflow data; import into a new (empty) database");
            if (!db.Database.IsSqlite())
            {
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                var tracked = await db.Database.BeginTransactionAsync(cancellationToken);
                return new BulkImporter(db, null, tracked.GetDbTransaction(), []);
            }
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            // Idle pooled connections keep the file open, and the journal mode only changes when nobody else has it open.
            SqliteConnection.ClearPool(connection);
            await db.Database.OpenConnectionAsync(cancellationToken);
            Execute(connection, "PRAGMA journal_mode=DELETE;");
            Execute(connection, $"PRAGMA cache_size=-{ImportCacheKibibytes};");
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var indexes = new List<(string, string)>();
            using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY rowid";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                    if (tables.Contains(reader.GetString(1))) indexes.Add((reader.GetString(0), reader.GetString(2)));
            }
            foreach (var (name, _) in indexes) Execute(connection, $"DROP INDEX \"{name}\";");
            return new BulkImporter(db, connection, transaction, indexes);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    /// <summary>Adds definition versions (as the definition store would save them at <paramref name="savedAt"/>).</summary>
    public void AddDefinitions(IEnumerable<WorkflowDefinition> versions, DateTimeOffset savedAt)
    {
        var writer = Writer<DefinitionVersionRow>();
        foreach (var version in versions)
            writer.Insert(new DefinitionVersionRow
            {
                VersionId = version.Id,
                DefinitionId = version.DefinitionId,
                Version = version.Version,
                IsLatest = version.IsLatest,
                IsPublished = version.IsPublished,
                Name = version.Name,
                Json = version.ToJson(indented: false),
                CreatedAt = savedAt,
                UpdatedAt = savedAt,
            });
    }

    /// <summary>Adds journal entries with the sequence numbers they carry (which must be above zero and unique).</summary>
    public void AddJournal(IEnumerable<JournalEntry> entries)
    {
        var writer = Writer<JournalRow>();
        foreach (var entry in entries)
        {
            if (entry.Sequence <= 0) throw new ArgumentException("journal entries need their sequence number before they are imported", nameof(entries));
            var row = RowMapper.ToRow(entry);
            row.Sequence = entry.Sequence;
            writer.Insert(row);
        }
    }

    /// <summary>Adds instances in their final state, with their open bookmarks.</summary>
    public void AddInstances(IEnumerable<WorkflowInstance> instances)
    {
        var rows = Writer<InstanceRow>();
        var bookmarks = Writer<BookmarkRow>();
        foreach (var instance in instances)
        {
            rows.Insert(RowMapper.ToRow(instance, instance.Version));
            foreach (var bookmark in instance.Bookmarks) bookmarks.Insert(RowMapper.ToRow(instance, bookmark));
        }
    }

    /// <summary>Adds case files with their clocks.</summary>
    public async Task AddCaseFilesAsync(IAsyncEnumerable<CaseFile> caseFiles, CancellationToken cancellationToken = default)
    {
        var rows = Writer<CaseFileRow>();
        var clocks = Writer<CaseClockRow>();
        await foreach (var file in caseFiles.WithCancellation(cancellationToken))
        {
            var row = CaseFileMapper.ToNewRow(file);
            row.Version = file.Version;
            rows.Insert(row);
            foreach (var clock in row.Clocks) clocks.Insert(clock);
        }
    }

    /// <summary>Adds subjects (the only table with personal data).</summary>
    public async Task AddSubjectsAsync(IAsyncEnumerable<CaseSubject> subjects, CancellationToken cancellationToken = default)
    {
        var writer = Writer<CaseSubjectRow>();
        await foreach (var subject in subjects.WithCancellation(cancellationToken)) writer.Insert(CaseFileMapper.ToRow(subject));
    }

    /// <summary>Adds outbox messages (after the case files they belong to).</summary>
    public async Task AddOutboxAsync(IAsyncEnumerable<OutboxMessage> messages, CancellationToken cancellationToken = default)
    {
        var writer = Writer<OutboxMessageRow>();
        await foreach (var message in messages.WithCancellation(cancellationToken)) writer.Insert(CaseFileMapper.ToRow(message));
    }

    /// <summary>Rebuilds the indexes and commits everything added; afterwards the database is back in write-ahead-log mode.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        foreach (var writer in _writers.Values.Cast<ITableWriter>()) writer.Dispose();
        if (_connection is null)
        {
            await _db.SaveChangesAsync(cancellationToken);
            await MoveIdentitiesPastImportedRowsAsync(cancellationToken);
            await _transaction.CommitAsync(cancellationToken);
            _committed = true;
            return;
        }
        foreach (var (_, sql) in _indexes) Execute(_connection, sql);
        await _transaction.CommitAsync(cancellationToken);
        _committed = true;
        Execute(_connection, "PRAGMA journal_mode=WAL;");
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var writer in _writers.Values.Cast<ITableWriter>()) writer.Dispose();
        if (!_committed)
        {
            // Rolling back also restores the dropped indexes.
            await _transaction.RollbackAsync();
            if (_connection is not null) Execute(_connection, "PRAGMA journal_mode=WAL;");
        }
        await _transaction.DisposeAsync();
        await _db.Database.CloseConnectionAsync();
        await _db.DisposeAsync();
        if (_connection is not null) SqliteConnection.ClearPool(_connection);
    }

    // The journal's numbers were given, not drawn from its identity column (PostgreSQL: identity by default): the
    // sequence must go on after the highest one, or the stores' next entry would collide with an imported one.
    private async Task MoveIdentitiesPastImportedRowsAsync(CancellationToken cancellationToken)
    {
        if (!_db.Database.IsNpgsql()) return;
        foreach (var entity in _db.Model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            if (table is null || entity.FindPrimaryKey()?.Properties is not [{ ValueGenerated: ValueGenerated.OnAdd } key]
                || key.ClrType != typeof(long) && key.ClrType != typeof(int)) continue;
            var column = key.GetColumnName(StoreObjectIdentifier.Table(table, entity.GetSchema()));
            var sql = $"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), GREATEST(COALESCE(MAX(\"{column}\"), 0), 1), MAX(\"{column}\") IS NOT NULL) FROM \"{table}\"";
            await _db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private IRowWriter<T> Writer<T>() where T : class
    {
        if (_committed) throw new InvalidOperationException("the import is committed; start a new one to add more");
        if (!_writers.TryGetValue(typeof(T), out var writer))
        {
            var entity = _db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not part of the database model");
            writer = _connection is null ? new TrackedTableWriter<T>(entity, _db) : new TableWriter<T>(entity, _connection);
            _writers[typeof(T)] = writer;
        }
        return (IRowWriter<T>)writer;
    }

    private interface ITableWriter : IDisposable
    {
        string Table { get; }

        long Rows { get; }
    }

    private interface IRowWriter<in T> : ITableWriter
    {
        void Insert(T row);
    }

    // Through EF Core (a database without SQLite's raw API): rows are added to the context and saved in batches. Only a
    // table without navigations saves and forgets what is tracked, so a case file is never saved apart from its clocks.
    private sealed class TrackedTableWriter<T>(IEntityType entity, WerkstroomDbContext db) : IRowWriter<T> where T : class
    {
        private const int BatchSize = 2000;
        private readonly bool _canFlush = !entity.GetNavigations().Any() && !entity.GetSkipNavigations().Any();

        public string Table { get; } = entity.GetTableName() ?? throw new InvalidOperationException($"{entity.DisplayName()} has no table");

        public long Rows { get; private set; }

        public void Insert(T row)
        {
            db.Add(row);
            Rows++;
            if (!_canFlush || Rows % BatchSize != 0) return;
            db.SaveChanges();
            db.ChangeTracker.Clear();
        }

        public void Dispose()
        {
        }
    }

    // One prepared INSERT per table, bound by position through SQLite's own API: the ADO.NET layer would look every
    // parameter up by name for every row, which costs more than the insert itself at millions of rows.
    private sealed class TableWriter<T> : IRowWriter<T> where T : class
    {
        private readonly sqlite3 _handle;
        private readonly sqlite3_stmt _statement;
        private readonly (IProperty Property, ValueConverter? Converter)[] _columns;

        public TableWriter(IEntityType entity, SqliteConnection connection)
        {
            Table = entity.GetTableName() ?? throw new InvalidOperationException($"{entity.DisplayName()} has no table");
            var store = StoreObjectIdentifier.Table(Table, entity.GetSchema());
            _columns = [.. entity.GetProperties().Where(p => !p.IsShadowProperty()).Select(p => (p, p.GetTypeMapping().Converter))];
            var names = _columns.Select(c => "\"" + c.Property.GetColumnName(store) + "\"");
            var sql = $"INSERT INTO \"{Table}\" ({string.Join(", ", names)}) VALUES ({string.Join(", ", _columns.Select((_, i) => "?" + (i + 1)))})";
            _handle = connection.Handle ?? throw new InvalidOperationException("the import connection is not open");
            Check(raw.sqlite3_prepare_v2(_handle, sql, out _statement), "prepare");
        }

        public string Table { get; }

        public long Rows { get; private set; }

        public void Insert(T row)
        {
            for (var i = 0; i < _columns.Length; i++)
            {
                var (property, converter) = _columns[i];
                var value = property.GetGetter().GetClrValue(row);
                if (value is not null && converter is not null) value = converter.ConvertToProvider(value);
                Bind(i + 1, value, property);
            }
            var rc = raw.sqlite3_step(_statement);
            raw.sqlite3_reset(_statement);
            if (rc != raw.SQLITE_DONE) Check(rc, $"insert into {Table}");
            Rows++;
        }

        public void Dispose() => _statement.Dispose();

        // The same storage classes Microsoft.Data.Sqlite gives these types, so EF Core reads the rows back unchanged.
        private void Bind(int index, object? value, IProperty property)
        {
            var rc = value switch
            {
                null => raw.sqlite3_bind_null(_statement, index),
                string text => raw.sqlite3_bind_text(_statement, index, text),
                long number => raw.sqlite3_bind_int64(_statement, index, number),
                int number => raw.sqlite3_bind_int64(_statement, index, number),
                bool flag => raw.sqlite3_bind_int64(_statement, index, flag ? 1 : 0),
                double number => raw.sqlite3_bind_double(_statement, index, number),
                DateOnly day => raw.sqlite3_bind_text(_statement, index, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                byte[] bytes => raw.sqlite3_bind_blob(_statement, index, bytes),
                _ => throw new InvalidOperationException(
                    $"{Table}.{property.Name}: the bulk import cannot store a {value.GetType().Name}; add it to BulkImporter's bindings"),
            };
            Check(rc, $"bind {Table}.{property.Name}");
        }

        private void Check(int rc, string what)
        {
            if (rc != raw.SQLITE_OK)
                throw new InvalidOperationException($"bulk import: {what} failed: {raw.sqlite3_errmsg(_handle).utf8_to_string()} (SQLite error {rc})");
        }
    }
}
