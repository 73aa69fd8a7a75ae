using Microsoft.Data.Sqlite;

namespace RelatieWerkstroom.Persistence;

/// <summary>Where and how workflow data is stored.</summary>
public sealed class PersistenceOptions
{
    /// <summary>The database provider.</summary>
    public PersistenceProvider Provider { get; set; } = PersistenceProvider.Sqlite;

    /// <summary>A full connection string; for SQLite it may be left empty when <see cref="FilePath"/> is set.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>SQLite only: the database file (created with its folder when missing).</summary>
    public string? FilePath { get; set; }

    /// <summary>How long a writer waits for another writer's lock before giving up (SQLite busy timeout, command timeout).</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Options for a SQLite database file.</summary>
    public static PersistenceOptions ForSqliteFile(string path) => new() { Provider = PersistenceProvider.Sqlite, FilePath = path };

    /// <summary>Options for a PostgreSQL database.</summary>
    public static PersistenceOptions ForPostgreSql(string connectionString) =>
        new() { Provider = PersistenceProvider.PostgreSql, ConnectionString = connectionString };

    /// <summary>The connection string to use; throws with a clear message when the options name no database.</summary>
    public string ResolveConnectionString()
    {
        if (BusyTimeout <= TimeSpan.Zero)
            throw new InvalidOperationException($"persistence: BusyTimeout must be positive, got {BusyTimeout}");
        switch (Provider)
        {
            case PersistenceProvider.Sqlite when !string.IsNullOrWhiteSpace(ConnectionString):
                return ConnectionString;
            case PersistenceProvider.Sqlite when !string.IsNullOrWhiteSpace(FilePath):
                return new SqliteConnectionStringBuilder
                {
                    DataSource = Path.GetFullPath(FilePath),
                    Mode = SqliteOpenMode.ReadWriteCreate,
                    Pooling = true,
                    DefaultTimeout = (int)Math.Ceiling(BusyTimeout.TotalSeconds),
                }.ToString();
            case PersistenceProvider.Sqlite:
                throw new InvalidOperationException("persistence: SQLite needs a FilePath or a ConnectionString; neither is set");
            case PersistenceProvider.PostgreSql when !string.IsNullOrWhiteSpace(ConnectionString):
                return ConnectionString;
            case PersistenceProvider.PostgreSql:
                throw new InvalidOperationException("persistence: PostgreSQL needs a ConnectionString; none is set");
            default:
                throw new InvalidOperationException($"persistence: unknown provider '{Provider}' (use Sqlite or PostgreSql)");
        }
    }
}
