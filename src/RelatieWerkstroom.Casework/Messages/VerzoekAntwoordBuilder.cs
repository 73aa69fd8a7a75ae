namespace RelatieWerkstroom.Casework.Messages;

/// <summary>Builds the gemeente's answers on a verzoek om toewijzing or wijziging: the 319 antwoordbericht and the 316 retourbericht.</summary>
public static class VerzoekAntwoordBuilder
{
    /// <summary>A WMO319/JW319 that refuses the verzoek with a WJ759 reason.</summary>
    public static VerzoekAntwoordBericht Afwijzing(IStandaard standaard, string gemeentecode, string aanbiederAgb, string berichtId, DateOnly dagtekening,
        string referentieAanbieder, string reden)
    {
        var problems = new List<string>();
        if (!IStandaarden.RedenenAfwijzingVerzoek.ContainsKey(reden))
            problems.Add($"reden '{reden}' is not in WJ759 ({string.Join(", ", IStandaarden.RedenenAfwijzingVerzoek.Keys)})");
        if (string.IsNullOrWhiteSpace(referentieAanbieder)) problems.Add("the aanbieder's reference of the verzoek is missing");
        var header = Header(IStandaarden.Bericht(standaard, 319), gemeentecode, aanbiederAgb, berichtId, dagtekening, problems);
        if (problems.Count > 0) throw new ArgumentException($"{IStandaarden.Bericht(standaard, 319)} cannot be built: {string.Join("; ", problems)}");
        return new VerzoekAntwoordBericht(header!, referentieAanbieder, IStandaarden.VerzoekAfgewezen, reden);
    }

    /// <summary>A retourbericht (WMO316/JW316) that acknowledges the verzoek without remarks (retourcode 0200).</summary>
    public static RetourBericht Retour(string bericht, string gemeentecode, string aanbiederAgb, string berichtId, DateOnly dagtekening,
        string identificatieVerzoek, DateOnly dagtekeningVerzoek)
    {
        var problems = new List<string>();
        var header = Header(bericht, gemeentecode, aanbiederAgb, berichtId, dagtekening, problems);
        if (dagtekeningVerzoek > dagtekening) problems.Add($"the verzoek is dated {dagtekeningVerzoek:yyyy-MM-dd}, after its retour");
        if (problems.Count > 0) throw new ArgumentException($"{bericht} cannot be built: {string.Join("; ", problems)}");
        return new RetourBericht(header!, identificatieVerzoek, dagtekeningVerzoek, IStandaarden.RetourcodeGoedgekeurd);
    }

    private static BerichtHeader? Header(string bericht, string gemeentecode, string agb, string id, DateOnly dagtekening, List<string> problems)
    {
        try
        {
            return IStandaarden.Header(bericht, gemeentecode, agb, id, dagtekening);
        }
        catch (ArgumentException ex)
        {
            problems.Add(ex.Message);
            return null;
        }
    }
}
