using RelatieWerkstroom.Cli.Tests.Support;

namespace RelatieWerkstroom.Cli.Tests.Commands;

/// <summary>A waiting instance is resumed by a NEW process against the same SQLite file.</summary>
public sealed class ResumeCommandTests
{
    private const string WaitForEvent = """
    { "definitionId": "wacht-op-besluit", "name": "Wacht op besluit",
      "variables": [ { "id": "v1", "name": "Besluit", "typeName": "Object" } ],
      "root": { "type": "Elsa.Flowchart", "id": "f",
        "activities": [
          { "id": "voor", "type": "Elsa.WriteLine", "text": { "typeName": "String", "expression": { "type": "Literal", "value": "melding ontvangen" } } },
          { "id": "wacht", "type": "Elsa.Event", "eventName": { "typeName": "String", "expression": { "type": "Literal", "value": "besluit" } },
            "result": { "typeName": "Object", "memoryReference": { "id": "v1" } } },
          { "id": "na", "type": "Elsa.WriteLine", "text": { "typeName": "String", "expression": { "type": "JavaScript", "value": "'besluit: ' + getBesluit().keuze" } } } ],
        "connections": [
          { "source": { "activity": "voor", "port": "Done" }, "target": { "activity": "wacht", "port": "In" } },
          { "source": { "activity": "wacht", "port": "Done" }, "target": { "activity": "na", "port": "In" } } ] } }
    """;

    [Fact]
    public async Task Resume_InNewProcessAgainstSameDatabase_FinishesTheWaitingInstance()
    {
        using var temp = new TempFolder();
        var file = temp.Write("wacht.json", WaitForEvent);
        var db = temp.File("werkstroom.db");

        var first = await Werkstroom.RunAsync("run", file, "--db", db);
        Assert.Equal(3, first.ExitCode);
        Assert.Equal(["melding ontvangen", "status: Suspended"], first.Stdout);
        var bookmark = BookmarkId(first);

        var second = await Werkstroom.RunAsync("resume", bookmark, "--db", db, "--payload", """{"keuze":"toekennen"}""", "--operation-id", "op-1");

        Assert.Equal(0, second.ExitCode);
        Assert.Equal(["besluit: toekennen", "status: Finished"], second.Stdout);
    }

    [Fact]
    public async Task Resume_SameOperationIdTwice_RunsOnceAndReportsTheFirstResult()
    {
        using var temp = new TempFolder();
        var file = temp.Write("wacht.json", WaitForEvent);
        var db = temp.File("werkstroom.db");
        var bookmark = BookmarkId(await Werkstroom.RunAsync("run", file, "--db", db));

        var once = await Werkstroom.RunAsync("resume", bookmark, "--db", db, "--payload", """{"keuze":"afwijzen"}""", "--operation-id", "op-7");
        var again = await Werkstroom.RunAsync("resume", bookmark, "--db", db, "--payload", """{"keuze":"afwijzen"}""", "--operation-id", "op-7");

        Assert.Equal(["besluit: afwijzen", "status: Finished"], once.Stdout);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(["status: Finished"], again.Stdout);
        Assert.Contains(again.Stderr, l => l.Contains("already carried out"));
    }

    [Fact]
    public async Task Resume_DifferentOperationAfterBookmarkWasUsed_IsRefusedAsConflict()
    {
        using var temp = new TempFolder();
        var file = temp.Write("wacht.json", WaitForEvent);
        var db = temp.File("werkstroom.db");
        var bookmark = BookmarkId(await Werkstroom.RunAsync("run", file, "--db", db));
        await Werkstroom.RunAsync("resume", bookmark, "--db", db, "--payload", """{"keuze":"toekennen"}""", "--operation-id", "op-a");

        var late = await Werkstroom.RunAsync("resume", bookmark, "--db", db, "--payload", """{"keuze":"afwijzen"}""", "--operation-id", "op-b");

        Assert.Equal(1, late.ExitCode);
        Assert.Contains(late.Stderr, l => l.StartsWith("resume refused:", StringComparison.Ordinal) && l.Contains("op-a"));
    }

    private static string BookmarkId(Werkstroom.Result result)
    {
        var line = Assert.Single(result.Stderr, l => l.StartsWith("bookmark: ", StringComparison.Ordinal));
        return line.Split(' ')[1];
    }
}
