using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace RelatieWerkstroom.Benchmarks.W1;

/// <summary>What the disk allows: a plain loop of single-row transactions of a given size on SQLite (WAL, synchronous=FULL).</summary>
public static class CommitBound
{
    public static double CommitsPerSecond(int rowBytes, TimeSpan duration)
    {
        var directory = Path.Combine(Path.GetTempPath(), "rw-bound-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            using var connection = new SqliteConnection($"Data Source={Path.Combine(directory, "bound.db")};Pooling=False");
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE Rows (Id INTEGER PRIMARY KEY, Payload BLOB NOT NULL);");
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO Rows (Payload) VALUES ($payload)";
            var payload = insert.Parameters.Add("$payload", SqliteType.Blob);
            var bytes = new byte[rowBytes];
            Random.Shared.NextBytes(bytes);
            payload.Value = bytes;
            var commits = 0;
            var started = Stopwatch.StartNew();
            while (started.Elapsed < duration)
            {
                using var transaction = connection.BeginTransaction();
                insert.Transaction = transaction;
                insert.ExecuteNonQuery();
                transaction.Commit();
                commits++;
            }
            return commits / started.Elapsed.TotalSeconds;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, true);
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
