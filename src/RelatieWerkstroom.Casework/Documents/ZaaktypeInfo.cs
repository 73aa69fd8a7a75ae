namespace RelatieWerkstroom.Casework.Documents;

/// <summary>How letters name a zaaktype: the title, the law, what is asked for, and which legal remedy follows a decision.</summary>
/// <param name="Zaaktype">The zaaktype code, e.g. <c>wmo-maatwerkvoorziening</c>.</param>
/// <param name="Title">The title of the case in a letter, e.g. "Maatwerkvoorziening Wmo 2015".</param>
/// <param name="Wet">The law, e.g. <c>Wmo 2015</c>; also the domain key of <c>uitvoeringsvarianten</c>.</param>
/// <param name="Subject">What was asked for, as the object of a sentence ("een maatwerkvoorziening").</param>
/// <param name="Remedy">The remedy against a decision in this case.</param>
public sealed record ZaaktypeInfo(string Zaaktype, string Title, string Wet, string Subject, Rechtsmiddel Remedy)
{
    private static readonly Dictionary<string, ZaaktypeInfo> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["wmo-maatwerkvoorziening"] = new("wmo-maatwerkvoorziening", "Maatwerkvoorziening Wmo 2015", "Wmo 2015", "een maatwerkvoorziening", Rechtsmiddel.Bezwaar),
        ["jeugdwet-toegang"] = new("jeugdwet-toegang", "Individuele voorziening jeugdhulp", "Jeugdwet", "een individuele voorziening jeugdhulp", Rechtsmiddel.Bezwaar),
        ["participatiewet-bijstand"] = new("participatiewet-bijstand", "Algemene bijstand", "Participatiewet", "algemene bijstand", Rechtsmiddel.Bezwaar),
        ["bezwaar"] = new("bezwaar", "Beslissing op bezwaar", "Algemene wet bestuursrecht", "een herziening van het bestreden besluit", Rechtsmiddel.Beroep),
        ["toelatingsprocedure"] = new("toelatingsprocedure", "Toelatingsprocedure Wmo en Jeugd", "Contractstandaard toelatingsprocedure", "toelating als aanbieder", Rechtsmiddel.Geen),
        ["meervoudig-onderhandse-aanbesteding"] = new("meervoudig-onderhandse-aanbesteding", "Meervoudig onderhandse aanbesteding",
            "Aanbestedingswet 2012", "de opdracht", Rechtsmiddel.Geen),
    };

    /// <summary>The description of a known zaaktype, or a neutral one that still yields a valid letter.</summary>
    public static ZaaktypeInfo For(string? zaaktype)
    {
        var code = string.IsNullOrWhiteSpace(zaaktype) ? "onbekend" : zaaktype.Trim();
        return Known.TryGetValue(code, out var info) ? info : new ZaaktypeInfo(code, code, "Algemene wet bestuursrecht", "de gevraagde voorziening", Rechtsmiddel.Bezwaar);
    }
}
