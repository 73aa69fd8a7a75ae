namespace RelatieWerkstroom.Cli.Tests.Support;

/// <summary>
/// Small caseloads simulated once for all simulate and report tests: the built-in settings twice with the same seed and
/// once with another, and once with settings that make bezwaren and late decisions frequent.
/// </summary>
public sealed class SimulatedCaseloads : IAsyncLifetime
{
    public const int Cases = 60;
    public const int Months = 3;

    // Rare events made common, so that a 60-case run surely holds a bezwaar and a missed deadline.
    public const string FrequentEventsSettings = """
    {
      "bezwaar": { "defaultRate": 0.6, "rates": { "afwijzen": 0.9, "Geen recht": 0.9 } },
      "timing": { "steps": { "BesluitVoorbereiden": { "wait": { "type": "lognormal", "median": "12d", "sigma": 0.4 } } } }
    }
    """;

    private readonly TempFolder _folder = new();

    public Werkstroom.Result Default { get; private set; } = null!;

    public Werkstroom.Result FrequentEvents { get; private set; } = null!;

    public SimulatedDatabase DefaultDatabase => new(_folder.File("default.db"));

    public SimulatedDatabase SameSeedDatabase => new(_folder.File("same-seed.db"));

    public SimulatedDatabase OtherSeedDatabase => new(_folder.File("other-seed.db"));

    public SimulatedDatabase FrequentEventsDatabase => new(_folder.File("frequent.db"));

    public string Folder => _folder.Path;

    public async Task InitializeAsync()
    {
        Default = await SimulateAsync("default.db", 11);
        await SimulateAsync("same-seed.db", 11);
        await SimulateAsync("other-seed.db", 12);
        var settings = _folder.Write("frequent.json", FrequentEventsSettings);
        FrequentEvents = await SimulateAsync("frequent.db", 11, "--config", settings);
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    private async Task<Werkstroom.Result> SimulateAsync(string database, int seed, params string[] extra)
    {
        var result = await Werkstroom.RunAsync([
            "simulate", "--db", _folder.File(database), "--cases", Cases.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--months", Months.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            .. extra]);
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"simulate {database} failed ({result.ExitCode}): {string.Join("\n", result.Stderr.TakeLast(20))}");
        return result;
    }
}
