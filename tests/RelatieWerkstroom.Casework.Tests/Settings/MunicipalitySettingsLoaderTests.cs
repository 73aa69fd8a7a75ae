using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.Settings;
using RelatieWerkstroom.Casework.Tests.Support;
using RelatieWerkstroom.Engine.LegalTime;

namespace RelatieWerkstroom.Casework.Tests.Settings;

public sealed class MunicipalitySettingsLoaderTests
{
    private const string Valid = """
        {
          // comments are allowed in hand-written settings
          "municipality": "Gemeente Voorbeeld",
          "defaultOptions": { "RW1-DP10": "afwijzen" },
          "terms": { "onderzoekstermijn": "6 weken", "beslistermijn": "2 weeks" },
          "procurementThresholds": { "enkelvoudigOnderhands": 50000, "meervoudigOnderhands": 216000 },
          "teams": [ { "id": "wijkteam-noord", "name": "Wijkteam Noord", "roles": ["consulent", "teamleider"] } ],
          "zaaktypen": { "wmo-maatwerk": "rw1-wmo" },
          "dwangsom": { "tariffs": [ { "validFrom": "2019-01-01", "maxDays": 42, "source": "Awb 4:17 (Stcrt. 2018, 65542)",
              "perDay": [ { "firstDay": 1, "lastDay": 14, "amount": 23 }, { "firstDay": 15, "lastDay": 28, "amount": 35 },
                          { "firstDay": 29, "lastDay": 42, "amount": 45 } ] } ] },
        }
        """;

    [Fact]
    public void Parse_FullSettings_ReadsEverySection()
    {
        // Act
        var settings = MunicipalitySettingsLoader.Parse(Valid);

        // Assert
        Assert.Equal("Gemeente Voorbeeld", settings.Municipality);
        Assert.Equal("afwijzen", settings.DefaultOptionFor("RW1-DP10"));
        Assert.Null(settings.DefaultOptionFor("RW1-DP11"));
        Assert.Equal(LegalTerm.Weeks(6), settings.Term("onderzoekstermijn"));
        Assert.Equal(216000m, settings.ProcurementThresholds["meervoudigOnderhands"]);
        var team = Assert.Single(settings.Teams);
        Assert.Equal(["consulent", "teamleider"], team.Roles);
        Assert.Equal("rw1-wmo", settings.DefinitionIdFor("wmo-maatwerk"));
        Assert.Equal("jeugd", settings.DefinitionIdFor("jeugd"));
        Assert.Equal(1442m, settings.Dwangsom.Tariffs[0].MaxAmount); // 14 x 23 + 14 x 35 + 14 x 45
    }

    [Fact]
    public async Task LoadFile_Voorbeeldstad_ReadsTheSchemaLongForms()
    {
        // Arrange: the expectations come from the file itself, not from the loader.
        var path = RepositoryPaths.VoorbeeldstadSettings;
        var raw = JsonNode.Parse(await File.ReadAllTextAsync(path))!.AsObject();
        var localDefaults = raw["defaultOptions"]!.AsObject();

        // Act
        var settings = await MunicipalitySettingsLoader.LoadFileAsync(path);

        // Assert
        Assert.Equal((string?)raw["municipality"]!["name"], settings.Municipality);
        Assert.Equal(((string)raw["municipality"]!["cbsCode"]!)[2..], settings.Gemeentecode);
        Assert.Equal(localDefaults.Count, settings.DefaultOptions.Count);
        foreach (var (id, entry) in localDefaults)
            Assert.Equal((string?)entry!["option"], settings.DefaultOptionFor(id));
        Assert.Equal(LegalTerm.Parse((string)raw["terms"]!["jeugd-onderzoekstermijn"]!["term"]!), settings.Term("jeugd-onderzoekstermijn"));
        Assert.Equal((decimal)raw["procurementThresholds"]!["leveringenDiensten"]!["enkelvoudigMax"]!,
            settings.ProcurementThresholds["leveringenDiensten.enkelvoudigMax"]);
        Assert.DoesNotContain("currency", settings.ProcurementThresholds.Keys);
        Assert.Equal(raw["teams"]!.AsArray().Count, settings.Teams.Count);
    }

    [Fact]
    public async Task LoadFile_Voorbeeldstad_KeepsEachTermsOriginBasisAndNoteInFileOrder()
    {
        // Arrange: the expectations come from the file itself.
        var path = RepositoryPaths.VoorbeeldstadSettings;
        var raw = JsonNode.Parse(await File.ReadAllTextAsync(path))!["terms"]!.AsObject();

        // Act
        var settings = await MunicipalitySettingsLoader.LoadFileAsync(path);

        // Assert
        Assert.Equal(raw.Select(t => t.Key), settings.TermSettings.Select(t => t.Name));
        foreach (var term in settings.TermSettings)
        {
            var entry = raw[term.Name]!.AsObject();
            Assert.Equal(LegalTerm.Parse((string)entry["term"]!), term.Term);
            Assert.Equal((string?)entry["origin"], term.Origin);
            Assert.Equal((string?)entry["basis"], term.Basis);
            Assert.Equal((string?)entry["note"], term.Note);
            Assert.Equal((string?)entry["clock"], term.Clock);
        }
    }

    [Fact]
    public void Parse_ShortFormTerms_GiveTermsWithoutBasis()
    {
        // Act
        var settings = MunicipalitySettingsLoader.Parse(Valid);

        // Assert
        Assert.Equal(
            [new TermSetting("onderzoekstermijn", LegalTerm.Weeks(6)), new TermSetting("beslistermijn", LegalTerm.Weeks(2))],
            settings.TermSettings);
    }

    [Fact]
    public void Parse_DefaultOptionObjectWithoutOption_ReportsTheOptionPath()
    {
        // Act
        var ex = Assert.Throws<SettingsFormatException>(() => MunicipalitySettingsLoader.Parse(
            """{ "municipality": "X", "defaultOptions": { "RW1-DP13": { "source": "Beleidsregel" } } }"""));

        // Assert
        Assert.Contains(ex.Problems, p => p.Path == "defaultOptions.RW1-DP13.option" && p.Message.Contains("non-empty string"));
    }

    public static TheoryData<string, string, string> BadSettings => new()
    {
        { """{ "defaultOptions": {} }""", "municipality", "the municipality name is required" },
        { """{ "municipality": "X", "terms": { "onderzoek": "zes weken" } }""", "terms.onderzoek", "'zes weken' is not a term" },
        { """{ "municipality": "X", "procurementThresholds": { "meervoudig": -1 } }""", "procurementThresholds.meervoudig", "non-negative amount" },
        { """{ "municipality": "X", "teams": [ { "id": "a" }, { "id": "A" } ] }""", "teams[1].id", "duplicate team id 'A'" },
        { """{ "municipality": "X", "teams": [ { "name": "Zonder id" } ] }""", "teams[0].id", "a team needs an id" },
        { """{ "municipality": "X", "defaultOption": { "RW1-DP10": "ja" } }""", "defaultOption", "unknown setting 'defaultOption'" },
        { """{ "municipality": "X", "defaultOptions": { "RW1-DP10": 3 } }""", "defaultOptions.RW1-DP10", "must be a non-empty string" },
        { """{ "municipality": "X", "dwangsom": { "tariffs": [ { "validFrom": "2009-10-01", "maxDays": 42, "source": "Awb", "perDay": [ { "firstDay": 1, "lastDay": 14, "amount": 20 } ] } ] } }""",
            "dwangsom.tariffs[0]", "cover 14 days but the maximum is 42" },
        { """[ "municipality" ]""", "", "settings must be a JSON object" },
        { """{ "municipality": { "name": "X", "cbsCode": "0363X" } }""", "municipality.cbsCode", "'0363X' is not a CBS gemeentecode" },
        { """{ "municipality": { "cbsCode": "GM0363" } }""", "municipality.name", "the municipality name is required" },
        { """{ "municipality": "X", "standstill": { "defaultDays": -1 } }""", "standstill.defaultDays", "0 or more" },
        { """{ "municipality": "X", "uitvoeringsvarianten": { "Jeugdwet": "lumpsum" } }""", "uitvoeringsvarianten.Jeugdwet", "'lumpsum' is not an uitvoeringsvariant" },
        { """{ "municipality": "X", "bijstandsnormen": { "alleenstaande": 0 } }""", "bijstandsnormen.alleenstaande", "positive amount" },
    };

    [Fact]
    public void Parse_MunicipalityObjectAndStepSettings_ReadsGemeentecodeStandstillVariantsAndNorms()
    {
        // Arrange
        const string json = """
            {
              "municipality": { "name": "Voorbeeldstad", "cbsCode": "GM0363", "region": "Regio Voorbeeld" },
              "standstill": { "defaultDays": 15, "allowedDays": [0, 15], "source": "Inkoopbeleid" },
              "uitvoeringsvarianten": { "Wmo 2015": "inspanningsgericht", "Jeugdwet": "outputgericht" },
              "bijstandsnormen": { "alleenstaande": 1300.00 }
            }
            """;

        // Act
        var settings = MunicipalitySettingsLoader.Parse(json);

        // Assert
        Assert.Equal(("Voorbeeldstad", "0363", 15), (settings.Municipality, settings.Gemeentecode, settings.StandstillDays));
        Assert.Equal("outputgericht", settings.Uitvoeringsvarianten["Jeugdwet"]);
        Assert.Equal(1300.00m, settings.Bijstandsnormen["alleenstaande"]);
    }

    [Fact]
    public void Parse_WithoutStepSettings_UsesTwentyStandstillDaysAndNoGemeentecode()
    {
        // Act
        var settings = MunicipalitySettingsLoader.Parse("""{ "municipality": "X" }""");

        // Assert
        Assert.Equal((20, null), (settings.StandstillDays, settings.Gemeentecode));
    }

    [Theory]
    [MemberData(nameof(BadSettings))]
    public void Parse_BadSettings_ReportsProblemAtItsPath(string json, string path, string message)
    {
        // Act
        var ex = Assert.Throws<SettingsFormatException>(() => MunicipalitySettingsLoader.Parse(json, "voorbeeld.json"));

        // Assert
        Assert.Contains(ex.Problems, p => p.Path == path && p.Message.Contains(message));
        Assert.StartsWith("voorbeeld.json: ", ex.Message);
    }

    [Fact]
    public async Task Load_FromSettingsDirectory_ReadsTheMunicipalityFile()
    {
        // Arrange
        var directory = Directory.CreateTempSubdirectory("settings-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(directory.FullName, "voorbeeld.json"), Valid);

            // Act
            var settings = await MunicipalitySettingsLoader.LoadAsync(directory.FullName, "voorbeeld");
            var missing = await Assert.ThrowsAsync<SettingsFormatException>(() => MunicipalitySettingsLoader.LoadAsync(directory.FullName, "elders"));

            // Assert
            Assert.Equal("Gemeente Voorbeeld", settings.Municipality);
            Assert.Contains("file not found", missing.Message);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
