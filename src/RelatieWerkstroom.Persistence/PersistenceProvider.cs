namespace RelatieWerkstroom.Persistence;

/// <summary>Which database holds the workflow data.</summary>
public enum PersistenceProvider
{
    /// <summary>A SQLite file (WAL, synchronous=FULL): one municipality, one machine.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database: several nodes sharing one store.</summary>
    PostgreSql,
}
