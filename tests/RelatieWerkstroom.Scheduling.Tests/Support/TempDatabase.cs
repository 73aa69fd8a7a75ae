using Microsoft.Data.Sqlite;
using RelatieWerkstroom.Persistence;

namespace RelatieWerkstroom.Scheduling.Tests.Support;

/// <summary>A SQLite file in a fresh temporary folder, removed afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rw-scheduling-").FullName;

    public string Path => System.IO.Path.Combine(_folder, "werkstroom.db");

    /// <summary>The application database as the EF Core store opens it (with its busy timeout).</summary>
    public PersistenceOptions Persistence => PersistenceOptions.ForSqliteFile(Path);

    /// <summary>The same database's connection string, which the Quartz job store uses too.</summary>
    public string ConnectionString => Persistence.ResolveConnectionString();

    public async Task<long> CountAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A pooled handle may linger for a moment; the temp folder is cleaned by the OS anyway.
        }
    }
}
