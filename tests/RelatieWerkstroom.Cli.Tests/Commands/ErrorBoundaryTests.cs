using Microsoft.Data.Sqlite;
using RelatieWerkstroom.Cli.Tests.Support;

namespace RelatieWerkstroom.Cli.Tests.Commands;

/// <summary>
/// Wrong databases and wrong usage end in one line that says what is wrong and where, with the documented exit code,
/// never a .NET stack trace (issue 14, items 5 and 12).
/// </summary>
public sealed class ErrorBoundaryTests
{
    private static string Workflow => Path.Combine(Werkstroom.RepositoryRoot, "workflows", "rw3-meervoudig-onderhandse-aanbesteding.json");

    private static void AssertOneClearLine(Werkstroom.Result result, params string[] expectedWords)
    {
        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain(result.Stderr, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Stderr, l => l.Contains("Unhandled exception", StringComparison.Ordinal));
        var line = Assert.Single(result.Stderr, l => l.StartsWith("werkstroom: ", StringComparison.Ordinal));
        foreach (var word in expectedWords) Assert.Contains(word, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADatabaseThatIsNotASqliteFile_IsNamedAndLeftAsItWas()
    {
        using var temp = new TempFolder();
        var db = temp.Write("notities.db", "dit is een tekstbestand, geen database\n");

        var result = await Werkstroom.RunAsync("run", Workflow, "--db", db);

        AssertOneClearLine(result, db, "not a werkstroom database");
        Assert.Equal("dit is een tekstbestand, geen database\n", File.ReadAllText(db));
    }

    [Fact]
    public async Task ADatabaseThatIsADirectory_SaysSo()
    {
        using var temp = new TempFolder();
        var folder = Directory.CreateDirectory(temp.File("map.db")).FullName;

        var result = await Werkstroom.RunAsync("run", Workflow, "--db", folder);

        AssertOneClearLine(result, folder, "directory");
    }

    [Fact]
    public async Task ATruncatedDatabase_IsReportedAsDamaged()
    {
        using var temp = new TempFolder();
        var db = temp.File("werkstroom.db");
        Assert.Equal(3, (await Werkstroom.RunAsync("run", Workflow, "--db", db)).ExitCode);
        var bytes = File.ReadAllBytes(db);
        File.WriteAllBytes(db, bytes[..(bytes.Length / 2)]);

        var result = await Werkstroom.RunAsync("run", Workflow, "--db", db);

        AssertOneClearLine(result, db);
        Assert.Contains(result.Stderr, l => l.Contains("damaged", StringComparison.Ordinal) || l.Contains("not a werkstroom database", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AMissingRequiredOption_IsAUsageErrorWithExit2()
    {
        var result = await Werkstroom.RunAsync("deadline", "--term", "2 weeks");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(result.Stderr, l => l.StartsWith("werkstroom: ", StringComparison.Ordinal) && l.Contains("--from", StringComparison.Ordinal));
        Assert.Contains(result.Stderr, l => l.Contains("werkstroom deadline --help", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnUnknownCommand_IsAUsageErrorWithExit2()
    {
        var result = await Werkstroom.RunAsync("valideer", "x.json");

        Assert.Equal(2, result.ExitCode);
        Assert.NotEmpty(result.Stderr);
    }

    private static List<string> Tables(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = new SqliteCommand("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", connection);
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    }

    private static void Execute(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = new SqliteCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    // Issue 14 item 6: another application's database once got the werkstroom tables added.
    [Fact]
    public async Task AnotherApplicationsDatabase_IsRefusedAndGetsNoWerkstroomTables()
    {
        using var temp = new TempFolder();
        var db = temp.File("boekhouding.db");
        Execute(db, "CREATE TABLE facturen (id INTEGER PRIMARY KEY, bedrag REAL)");

        var result = await Werkstroom.RunAsync("run", Workflow, "--db", db);

        AssertOneClearLine(result, db, "another application", "facturen");
        Assert.Equal(["facturen"], Tables(db));
    }

    [Fact]
    public async Task ADatabaseWrittenByANewerVersion_IsRefusedUnchanged()
    {
        using var temp = new TempFolder();
        var db = temp.File("werkstroom.db");
        Assert.Equal(3, (await Werkstroom.RunAsync("run", Workflow, "--db", db)).ExitCode);
        Execute(db, "INSERT INTO \"__EFMigrationsHistory\" VALUES ('29990101000000_FromTheFuture', '99.0.0')");
        var before = File.ReadAllBytes(db);

        var result = await Werkstroom.RunAsync("run", Workflow, "--db", db);

        AssertOneClearLine(result, db, "newer version", "29990101000000_FromTheFuture");
        Assert.Equal(before, File.ReadAllBytes(db));
    }

    [Fact]
    public async Task ResumeOnAnEmptyFile_SaysThereIsNoWerkstroomDataAndLeavesTheFileEmpty()
    {
        using var temp = new TempFolder();
        var db = temp.Write("leeg.db", "");

        var result = await Werkstroom.RunAsync("resume", "b1", "--db", db);

        AssertOneClearLine(result, db, "holds no werkstroom data");
        Assert.Equal(0, new FileInfo(db).Length);
    }
}
