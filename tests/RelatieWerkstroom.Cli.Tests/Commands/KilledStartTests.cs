using Microsoft.Data.Sqlite;
using RelatieWerkstroom.Cli.Tests.Support;

namespace RelatieWerkstroom.Cli.Tests.Commands;

/// <summary>What a kill during start-up leaves behind does not block the next command on the same database.</summary>
public sealed class KilledStartTests
{
    [Fact]
    public async Task Run_AfterAStartKilledWhileHoldingTheMigrationLock_FinishesInsteadOfWaitingForever()
    {
        // Arrange: a werkstroom database, and the row EF Core's migration lock leaves when a start is killed inside it.
        using var temp = new TempFolder();
        var db = temp.File("werkstroom.db");
        Assert.Equal(0, (await Werkstroom.RunAsync("import", Werkstroom.Elsa3Samples, "--db", db)).ExitCode);
        await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString()))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, '2026-12-02 05:00:00+00:00')";
            await command.ExecuteNonQueryAsync();
        }

        // Act: the next command (a new process); Werkstroom.RunAsync gives up after two minutes.
        var result = await Werkstroom.RunAsync("run", Werkstroom.Sample("writeline.json"), "--db", db);

        // Assert
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["Dummy Text", "status: Finished"], result.Stdout);
    }
}
