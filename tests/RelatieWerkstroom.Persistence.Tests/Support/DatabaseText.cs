using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace RelatieWerkstroom.Persistence.Tests.Support;

/// <summary>Reads every value of every table as text, to check where a piece of data ended up.</summary>
public static class DatabaseText
{
    /// <summary>The text of each table (all values of all rows), by table name; the migrations history is left out.</summary>
    public static async Task<Dictionary<string, string>> ReadAllTablesAsync(PersistenceOptions options)
    {
        await using var db = new WerkstroomDbContextFactory(options).CreateDbContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = await ListAsync(connection, options.Provider == PersistenceProvider.Sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'");
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables.Where(t => t != "__EFMigrationsHistory"))
        {
            var text = new StringBuilder();
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                for (var i = 0; i < reader.FieldCount; i++)
                    text.Append(reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('\u001f');
            result[table] = text.ToString();
        }
        return result;
    }

    /// <summary>Number of rows in a table.</summary>
    public static async Task<long> CountAsync(PersistenceOptions options, string table)
    {
        await using var db = new WerkstroomDbContextFactory(options).CreateDbContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<List<string>> ListAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) names.Add(reader.GetString(0));
        return names;
    }
}
