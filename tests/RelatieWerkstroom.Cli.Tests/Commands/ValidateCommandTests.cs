using RelatieWerkstroom.Cli.Tests.Support;

namespace RelatieWerkstroom.Cli.Tests.Commands;

/// <summary><c>werkstroom validate</c>: exit codes and the FILE: ACTIVITY_ID: PATH: MESSAGE contract.</summary>
public sealed class ValidateCommandTests
{
    [Fact]
    public async Task Validate_AllSamples_ExitsZero()
    {
        var files = Directory.GetFiles(Werkstroom.Elsa3Samples, "*.json");
        Assert.Equal(7, files.Length);

        var result = await Werkstroom.RunAsync(["validate", .. files]);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Stderr);
    }

    [Fact]
    public async Task Validate_ParentUsingAWorkflowAsActivity_PassesWithItsChildAndNamesTheStepWithout()
    {
        // tests/fixtures/elsa3-oracle: the child is options.usableAsActivity; checked together they are imported together.
        var folder = Path.Combine(Werkstroom.RepositoryRoot, "tests", "fixtures", "elsa3-oracle");
        var parent = Path.Combine(folder, "wfa-ouder-uitkomst.json");

        var together = await Werkstroom.RunAsync("validate", parent, Path.Combine(folder, "wfa-beoordeling.json"));
        var alone = await Werkstroom.RunAsync("validate", parent);

        Assert.Equal(0, together.ExitCode);
        Assert.Empty(together.Stderr);
        Assert.NotEqual(0, alone.ExitCode);
        Assert.Contains(alone.Stderr, line => line.Contains("eerste: workflowDefinitionId:") && line.Contains("'wfa-beoordeling'"));
    }

    [Fact]
    public async Task Validate_ReferenceWorkflows_ExitsZero()
    {
        var files = Directory.GetFiles(Path.Combine(Werkstroom.RepositoryRoot, "workflows"), "*.json");

        var result = await Werkstroom.RunAsync(["validate", .. files]);

        Assert.True(files.Length >= 6, "the five reference workflows and the bezwaar sub-flow");
        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Stderr);
        Assert.Contains($"{files.Length} definition(s) valid", string.Join("\n", result.Stdout));
    }

    [Fact]
    public async Task ValidateStrict_ReferenceWorkflows_ExitsZero()
    {
        var files = Directory.GetFiles(Path.Combine(Werkstroom.RepositoryRoot, "workflows"), "*.json");

        var result = await Werkstroom.RunAsync(["validate", "--strict", .. files]);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Stderr);
        Assert.Contains($"{files.Length} definition(s) valid (strict)", string.Join("\n", result.Stdout));
    }

    [Fact]
    public async Task ValidateStrict_ElsaSampleWithoutAnnotations_PrintsEachProblemAndExits1()
    {
        var sample = Werkstroom.Sample("writeline.json");

        var result = await Werkstroom.RunAsync("validate", "--strict", sample);

        Assert.Equal(1, result.ExitCode);
        Assert.All(result.Stderr, l => Assert.StartsWith(sample + ": ", l));
        Assert.Contains(result.Stderr, l => l.Contains(": customProperties.friction: the friction annotation is missing", StringComparison.Ordinal));
        Assert.Contains(result.Stderr, l => l.Contains("reaches an Elsa.End", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_DefinitionWithSeveralProblems_PrintsOneLinePerProblemAndExits1()
    {
        using var temp = new TempFolder();
        var bad = temp.Write("bad.json", """
        { "definitionId": "bad", "root": { "type": "Elsa.Flowchart", "id": "f",
          "activities": [
            { "id": "a", "type": "Elsa.WriteLine", "text": { "typeName": "String", "expression": { "type": "Literal", "value": "x" } } },
            { "id": "b", "type": "Elsa.Unknown" },
            { "id": "c", "type": "Elsa.Delay", "timeSpan": { "typeName": "TimeSpan", "expression": { "type": "Literal", "value": "soon" } } } ],
          "connections": [
            { "source": { "activity": "a", "port": "Done" }, "target": { "activity": "b", "port": "In" } },
            { "source": { "activity": "a", "port": "Nope" }, "target": { "activity": "c", "port": "In" } },
            { "source": { "activity": "a", "port": "Done" }, "target": { "activity": "ghost", "port": "In" } } ] } }
        """);
        var good = Werkstroom.Sample("writeline.json");

        var result = await Werkstroom.RunAsync("validate", good, bad);

        Assert.Equal(1, result.ExitCode);
        Assert.All(result.Stderr, l => Assert.StartsWith(bad + ": ", l));
        Assert.Contains($"{bad}: b: type: unknown activity type 'Elsa.Unknown'", result.Stderr);
        Assert.Contains(result.Stderr, l => l.StartsWith($"{bad}: c: timeSpan: ", StringComparison.Ordinal));
        Assert.Contains(result.Stderr, l => l.StartsWith($"{bad}: a: connections[1].source.port: ", StringComparison.Ordinal));
        Assert.Contains(result.Stderr, l => l.StartsWith($"{bad}: a: connections[2].target: ", StringComparison.Ordinal) && l.Contains("ghost"));
        Assert.Contains(result.Stderr, l => l.StartsWith($"{bad}: c: activities[2]: ", StringComparison.Ordinal) && l.Contains("cannot be reached"));
    }

    // Issue 13: what Elsa 3 imports and runs is a warning (printed, exit 0); Elsa 3.8 runs this file to the end.
    [Fact]
    public async Task Validate_HalfConfiguredNodesElsaRuns_WarnsAndExitsZero()
    {
        var file = Path.Combine(Werkstroom.RepositoryRoot, "tests", "fixtures", "elsa3-oracle", "warnings-only.json");

        var result = await Werkstroom.RunAsync("validate", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(3, result.Stderr.Length);
        Assert.All(result.Stderr, l => Assert.Contains(": warning: ", l));
        Assert.Contains(result.Stderr, l => l.StartsWith($"{file}: empty: text: warning: 'empty': 'text' is niet ingevuld, dus schrijft de stap een lege regel", StringComparison.Ordinal));
        Assert.Equal("1 definition(s) valid, 3 warning(s)", result.LastLine);
    }

    // Issue 13: the bezwaar sub-flow as Elsa 3.8 saved it (36 NotFoundActivity placeholders) was 30 errors; now it is valid.
    [Fact]
    public async Task Validate_BezwaarSavedByElsa_ExitsZero()
    {
        var file = Path.Combine(Werkstroom.RepositoryRoot, "tests", "fixtures", "elsa3-saved", "rw5-bezwaar.elsa.json");

        var result = await Werkstroom.RunAsync("validate", "--strict", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Stderr);
    }

    [Fact]
    public async Task Validate_FileThatIsNotJson_ReportsLineAndColumn()
    {
        using var temp = new TempFolder();
        var broken = temp.Write("broken.json", "{ \"root\": [ }");

        var result = await Werkstroom.RunAsync("validate", broken);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Stderr);
        Assert.StartsWith($"{broken}: -: line 1, column ", line);
    }

    // Issue 14 item 8: a FIFO once made `validate` wait forever, and an unreadable file ended in a stack trace.
    [Fact]
    public async Task Validate_APipeAnUnreadableAndAGoodFile_NamesTheFirstTwoAndStillChecksTheThird()
    {
        using var temp = new TempFolder();
        var pipe = temp.File("pipe.json");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [pipe])) await mkfifo.WaitForExitAsync();
        var locked = temp.Write("locked.json", File.ReadAllText(Werkstroom.Sample("writeline.json")));
        File.SetUnixFileMode(locked, UnixFileMode.None);
        var good = Werkstroom.Sample("writeline.json");

        var result = await Werkstroom.RunAsync("validate", pipe, locked, good);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Stderr, l => l.StartsWith($"{pipe}: ", StringComparison.Ordinal) && l.Contains("not a regular file", StringComparison.Ordinal));
        // root reads every file, so the permission check only holds for other users.
        if (Environment.UserName != "root")
            Assert.Contains(result.Stderr, l => l.StartsWith($"{locked}: ", StringComparison.Ordinal) && l.Contains("cannot read the file", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Stderr, l => l.StartsWith(good, StringComparison.Ordinal));
        Assert.DoesNotContain(result.Stderr, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }

    // Issue 14 item 7: one crash once stopped a whole `validate a.json b.json …`. Random bytes, cut and edited samples
    // in one call: every broken file gets its own line that names a place, and no stack trace shows.
    [Fact]
    public async Task Validate_SixtyRandomAndMangledFilesAtOnce_EachBrokenFileNamedWithAPlaceAndNoStackTrace()
    {
        using var temp = new TempFolder();
        var random = new Random(20261203);
        var sample = File.ReadAllText(Werkstroom.Sample("workflow1.json"));
        var files = new List<string>();
        for (var i = 0; i < 60; i++)
        {
            var bytes = (i % 3) switch
            {
                0 => RandomBytes(random, 1 + random.Next(400)),
                1 => System.Text.Encoding.UTF8.GetBytes(sample[..random.Next(1, sample.Length)]),
                _ => Mangle(System.Text.Encoding.UTF8.GetBytes(sample), random),
            };
            var file = temp.File($"kapot-{i:00}.json");
            await File.WriteAllBytesAsync(file, bytes);
            files.Add(file);
        }
        var good = Werkstroom.Sample("writeline.json");

        var result = await Werkstroom.RunAsync(["validate", .. files, good]);

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain(result.Stderr, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal) || l.Contains("Exception", StringComparison.Ordinal));
        foreach (var file in files.Where((_, i) => i % 3 != 2))
            Assert.Contains(result.Stderr, l => l.StartsWith($"{file}: ", StringComparison.Ordinal));
        Assert.All(result.Stderr, line =>
        {
            // FILE: ACTIVITY_ID: PATH: MESSAGE, where the activity or the path says where.
            var parts = line.Split(": ", 4);
            Assert.True(parts.Length == 4, $"not FILE: ACTIVITY: PATH: MESSAGE: {line}");
            Assert.True(parts[1] != "-" || parts[2] != "-", $"names no place: {line}");
        });
        Assert.DoesNotContain(result.Stderr, l => l.StartsWith(good, StringComparison.Ordinal));
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    // Overwrites a few bytes of the text with random ones, as a bad disk or a careless editor would.
    private static byte[] Mangle(byte[] bytes, Random random)
    {
        for (var n = 1 + random.Next(4); n > 0; n--) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        return bytes;
    }
}
