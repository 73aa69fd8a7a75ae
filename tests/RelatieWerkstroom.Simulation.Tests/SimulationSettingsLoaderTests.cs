using RelatieWerkstroom.Simulation;

namespace RelatieWerkstroom.Simulation.Tests;

public sealed class SimulationSettingsLoaderTests
{
    [Fact]
    public void Parse_EmptyObject_GivesTheBuiltInSettings()
    {
        var settings = SimulationSettingsLoader.Parse("{}");

        Assert.Equal(SimulationSettings.Default.Workflows, settings.Workflows);
        Assert.Equal(SimulationSettings.Default.Start, settings.Start);
        Assert.Equal(5, settings.Workflows.Count);
    }

    [Fact]
    public void Parse_PartialMaps_MergeKeyByKeyAndListsReplace()
    {
        var settings = SimulationSettingsLoader.Parse("""
        {
          // comments are allowed
          "start": "2027-02-01",
          "teams": [ { "id": "wijkteam-oost", "deviationRate": 0.3, "staffPerRole": 2 } ],
          "actions": { "AanvraagCompleet": { "Aanvulling nodig": 0.5 } },
          "bezwaar": { "rates": { "afwijzen": 0.4 } },
          "timing": { "roles": { "jurist": { "wait": { "type": "fixed", "value": "1d" } } } },
        }
        """);

        Assert.Equal(new DateOnly(2027, 2, 1), settings.Start);
        Assert.Equal([new SimulatedTeam("wijkteam-oost", 0.3, 2)], settings.Teams);
        Assert.Equal(0.5, settings.Actions["AanvraagCompleet"]["Aanvulling nodig"]);
        Assert.Equal(SimulationSettings.Default.Actions["BesluitVoorbereiden"], settings.Actions["BesluitVoorbereiden"]);
        Assert.Equal(0.4, settings.BezwaarRates["afwijzen"]);
        Assert.Equal(SimulationSettings.Default.BezwaarRates["Geen recht"], settings.BezwaarRates["Geen recht"]);
        Assert.Equal(TimeSpan.FromDays(1), settings.RoleTiming["jurist"].Wait!.Median);
        Assert.Equal(SimulationSettings.Default.RoleTiming["consulent"], settings.RoleTiming["consulent"]);
    }

    [Fact]
    public void Parse_StartVariablesAndFormValues_AreRead()
    {
        var settings = SimulationSettingsLoader.Parse("""
        {
          "workflows": [ { "definitionId": "rw2-jeugdwet-toegang", "share": 1, "teams": ["jeugdteam"],
                           "startVariables": { "Route": { "melding": 3, "verwijzing": 1 } } } ],
          "formValues": { "sluitingsdatum": { "daysAhead": { "type": "fixed", "value": "3w" } }, "raming": { "min": 10, "max": 20 },
                          "winnaar": { "text": "Bureau Nep BV" } }
        }
        """);

        var route = Assert.Single(settings.Workflows).StartVariables["Route"];
        Assert.Equal(3, route["melding"]);
        Assert.Equal(TimeSpan.FromDays(21), settings.FormValues["sluitingsdatum"].DaysAhead!.Median);
        Assert.Equal((10L, 20L), (settings.FormValues["raming"].Min!.Value, settings.FormValues["raming"].Max!.Value));
        Assert.Equal("Bureau Nep BV", settings.FormValues["winnaar"].Text);
        Assert.Equal(SimulationSettings.Default.FormValues["looptijd"], settings.FormValues["looptijd"]);
    }

    [Fact]
    public void Team_NotListed_GetsTheDefaultDeviationRate()
    {
        var settings = SimulationSettingsLoader.Parse("""{ "defaultDeviationRate": 0.25 }""");

        Assert.Equal(0.25, settings.Team("elders").DeviationRate);
        Assert.Equal(0.10, settings.Team("WIJKTEAM-NOORD").DeviationRate);
    }

    public static TheoryData<string, string> Invalid => new()
    {
        { """{ "teamz": [] }""", "teamz: unknown setting" },
        { """{ "start": "5 januari" }""", "start: start must be a date" },
        { """{ "workflows": [ { "definitionId": "rw1", "share": -1, "teams": ["a"] } ] }""", "workflows[0].share" },
        { """{ "workflows": [ { "definitionId": "rw1", "share": 1 } ] }""", "workflows[0].teams" },
        { """{ "actions": { "AanvraagCompleet": { "Aanvulling nodig": 0.7, "Anders": 0.6 } } }""", "actions.AanvraagCompleet: the chances add up to more than 1" },
        { """{ "discretion": { "RW1-DP1": { "deviationFactor": 11 } } }""", "discretion.RW1-DP1.deviationFactor" },
        { """{ "herindicatie": { "unchangedRate": "vaak" } }""", "herindicatie.unchangedRate" },
        { """{ "timing": { "steps": { "Onderzoek": { "wait": { "type": "lognormal", "median": "2d" } } } } }""", "timing.steps.Onderzoek.wait.sigma" },
        { """{ "workflows": [ { "definitionId": "rw2", "share": 1, "teams": ["a"], "startVariables": { "Route": { "melding": 0 } } } ] }""", "workflows[0].startVariables.Route" },
        { """{ "formValues": { "raming": { "min": 20, "max": 10 } } }""", "formValues.raming" },
        { "[1, 2]", "must be a JSON object" },
        { "{ \"start\": ", "not valid JSON" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Parse_Invalid_ThrowsNamingThePath(string json, string expected)
    {
        var error = Assert.Throws<SimulationSettingsException>(() => SimulationSettingsLoader.Parse(json, "simulation.json"));

        Assert.StartsWith("simulation.json: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_ShippedSettings_AreValid()
    {
        var path = Path.Combine(Support.RepositoryPaths.Workflows, "settings", "simulation.json");

        var settings = SimulationSettingsLoader.LoadFile(path);

        Assert.Contains(settings.Workflows, w => w.DefinitionId == "rw1-wmo-maatwerkvoorziening");
    }
}
