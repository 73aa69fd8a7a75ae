using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace RelatieWerkstroom.Cli.Tests.Support;

/// <summary>Reads what <c>werkstroom simulate</c> stored, straight from the SQLite file.</summary>
public sealed class SimulatedDatabase(string path)
{
    public string Path { get; } = path;

    /// <summary>SHA-256 over every journal row (every column), in sequence order.</summary>
    public string JournalHash()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Query("SELECT * FROM Journal ORDER BY Sequence", reader =>
        {
            for (var i = 0; i < reader.FieldCount; i++)
                hash.AppendData(Encoding.UTF8.GetBytes((reader.IsDBNull(i) ? "\u0000" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)) + "\u001f"));
            hash.AppendData("\n"u8);
        });
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    public long Count(string sql) => Scalar<long>(sql);

    public List<string> Strings(string sql)
    {
        var values = new List<string>();
        Query(sql, reader => values.Add(reader.IsDBNull(0) ? "" : reader.GetString(0)));
        return values;
    }

    public List<(string Bsn, string Name)> Subjects()
    {
        var subjects = new List<(string, string)>();
        Query("SELECT Bsn, Name FROM CaseSubjects", reader => subjects.Add((reader.GetString(0), reader.GetString(1))));
        return subjects;
    }

    /// <summary>Every text outside the subjects table: journal, instances, bookmarks, case files, clocks, outbox.</summary>
    public string EverythingButSubjects()
    {
        var text = new StringBuilder();
        foreach (var sql in new[]
        {
            "SELECT coalesce(InstanceId,'') || coalesce(ActivityId,'') || coalesce(Actor,'') || coalesce(Outcome,'') || coalesce(PayloadJson,'') || coalesce(CorrelationId,'') FROM Journal",
            "SELECT StateJson FROM Instances",
            "SELECT coalesce(PayloadJson,'') FROM Bookmarks",
            "SELECT coalesce(Title,'') || ContentJson FROM CaseFiles",
            "SELECT TransitionsJson FROM CaseClocks",
            "SELECT Payload || coalesce(Recipient,'') FROM OutboxMessages",
        })
            Query(sql, reader => text.Append(reader.GetString(0)).Append('\n'));
        return text.ToString();
    }

    private T Scalar<T>(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    private void Query(string sql, Action<SqliteDataReader> row)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read()) row(reader);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
