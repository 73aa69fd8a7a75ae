using System.Globalization;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.Tests.Support;

namespace RelatieWerkstroom.Casework.Tests.ReferenceWorkflows;

/// <summary>Which law each reference workflow models (review item 11) and how its decision points are labelled (item 9).</summary>
public sealed class LawVersionAndDiscretionLabelTests
{
    private static JsonObject Definition(string file) => JsonNode.Parse(ReferenceDefinitions.Text(file))!.AsObject();

    private static JsonObject Activity(string file, string id) =>
        Definition(file)["root"]!["activities"]!.AsArray().OfType<JsonObject>().Single(a => (string?)a["id"] == id);

    private static string? Literal(JsonObject activity, string input) => (string?)activity[input]?["expression"]?["value"];

    [Fact]
    public void LawVersion_EveryReferenceWorkflow_StatesTheTextItModelsAndSinceWhen()
    {
        foreach (var file in ReferenceDefinitions.Files)
        {
            var law = Definition(file)["customProperties"]?["lawVersion"];
            Assert.True(law is not null, $"{file}: customProperties.lawVersion is missing");
            Assert.True(DateOnly.TryParseExact((string?)law["validFrom"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), $"{file}: validFrom");
            Assert.False(string.IsNullOrWhiteSpace((string?)law["text"]), $"{file}: text");
        }
        // RW-5 follows the Participatiewet before "Participatiewet in balans" (1 January 2026) and says so.
        Assert.Contains("vóór Participatiewet in balans", (string?)Definition("rw5-bijstand.json")["customProperties"]!["lawVersion"]!["text"]);
    }

    // Review item 9. Rule-bound checks are rechtstoepassing, not beleidsruimte: the woonplaats under Jeugdwet art. 1.1
    // (2022 definition), the pgb tariff that follows from who gives the care and the verordening, the eigen-bijdrage
    // category of the verordening applied by the CAK, and the inwoner's own choice among contracted providers
    // (Wmo 2.1.2 lid 4 c). They stay as checks but are labelled "rule", so reports leave them out of discretion
    // figures. Awb 4:84 governs deviating from a beleidsregel; only the Wmo normenkader (beleidsregels) is one, so only
    // RW1-DP12 says its default is a beleidsregel. RW5-B4 (7:13 lid 7: advies volgen of afwijken) is real discretion.
    public static TheoryData<string, string, string, string> Labels => new()
    {
        { "rw1-wmo-maatwerkvoorziening.json", "DpAanbieder", "kind", "rule" },
        { "rw1-wmo-maatwerkvoorziening.json", "DpTariefInformeel", "kind", "rule" },
        { "rw1-wmo-maatwerkvoorziening.json", "DpEigenBijdrage", "kind", "rule" },
        { "rw2-jeugdwet-toegang.json", "DpWoonplaatsA", "kind", "rule" },
        { "rw2-jeugdwet-toegang.json", "DpWoonplaatsB", "kind", "rule" },
        { "rw2-jeugdwet-toegang.json", "DpWoonplaatsC", "kind", "rule" },
        { "rw1-wmo-maatwerkvoorziening.json", "DpOmvang", "defaultBasis", "beleidsregel" },
        { "rw1-wmo-maatwerkvoorziening.json", "DpEigenKracht", "kind", "discretion" },
        { "rw1-wmo-maatwerkvoorziening.json", "DpEigenKracht", "defaultBasis", "werkwijze" },
        { "rw5-bezwaar.json", "DpAdvies", "kind", "discretion" },
    };

    [Theory]
    [MemberData(nameof(Labels))]
    public void DecisionPoint_Label_FollowsTheLaw(string file, string id, string input, string expected)
    {
        var value = Literal(Activity(file, id), input) ?? (input == "kind" ? "discretion" : "werkwijze");
        Assert.Equal(expected, value);
    }

    // Review item 9: below the European threshold meervoudig onderhands is the municipality's own choice (its inkoop-
    // en aanbestedingsbeleid), and the toelatingsprocedure's burden follows from the model it chose; the Aanbestedingswet
    // sets principles only. The burden is local, and the Aw article stays in the basis.
    public static TheoryData<string, string, string> LocalBurden => new()
    {
        { "rw3-meervoudig-onderhandse-aanbesteding.json", "Offerteaanvraag", "Aanbestedingswet 2012 art. 1.6" },
        { "rw3-meervoudig-onderhandse-aanbesteding.json", "InschrijvingenOpstellen", "Aanbestedingswet 2012 art. 1.14" },
        { "rw3-meervoudig-onderhandse-aanbesteding.json", "Beoordelen", "Aanbestedingswet 2012 art. 1.15" },
        { "rw4-toelatingsprocedure.json", "AanmeldingOpstellen", "Wmo 2015 art. 3.1-3.5" },
        { "rw4-toelatingsprocedure.json", "Toetsen", "C-410/14" },
    };

    [Theory]
    [MemberData(nameof(LocalBurden))]
    public void Friction_BurdenOfOwnInkoopbeleid_IsLocalAndKeepsTheNationalArticle(string file, string id, string article)
    {
        var friction = Activity(file, id)["customProperties"]!["friction"]!;
        Assert.Equal("local", (string?)friction["origin"]);
        Assert.Contains(article, (string?)friction["basis"]);
    }
}
