namespace RelatieWerkstroom.Casework.Messages;

/// <summary>
/// Builds a WMO301 or JW301 toewijzing from a <see cref="ToewijzingOpdracht"/> and checks it against the iStandaarden
/// rules that can be checked within the message: the code lists, the dates, and what the uitvoeringsvariant asks of the
/// omvang. Every problem is reported at once in an <see cref="ArgumentException"/>.
/// </summary>
public static class ToewijzingBuilder
{
    private static readonly string[] OutputEenheden = ["82", "83"];

    /// <summary>Builds and checks the message.</summary>
    public static ToewijzingBericht Build(ToewijzingOpdracht opdracht)
    {
        ArgumentNullException.ThrowIfNull(opdracht);
        var problems = new List<string>();
        var bericht = IStandaarden.Bericht(opdracht.Standaard, 301);
        BerichtHeader? header = null;
        try
        {
            header = IStandaarden.Header(bericht, opdracht.Gemeentecode, opdracht.AanbiederAgb, opdracht.BerichtId, DateOnly.FromDateTime(opdracht.Moment));
        }
        catch (ArgumentException ex)
        {
            problems.Add(ex.Message);
        }

        var categories = IStandaarden.Productcategorieen(opdracht.Standaard);
        if (!categories.ContainsKey(opdracht.Productcategorie))
            problems.Add($"productcategorie '{opdracht.Productcategorie}' is not in the {IStandaarden.Name(opdracht.Standaard)} code list ({string.Join(", ", categories.Keys)})");
        if (opdracht.Productcode is { } code && (code.Length != 5 || !code.All(char.IsAsciiLetterOrDigit)))
            problems.Add($"productcode '{code}' must have five letters or digits");
        if (opdracht.Einddatum is { } end && end < opdracht.Ingangsdatum)
            problems.Add($"einddatum {end:yyyy-MM-dd} lies before ingangsdatum {opdracht.Ingangsdatum:yyyy-MM-dd}");
        if (string.IsNullOrWhiteSpace(opdracht.ClientReferentie)) problems.Add("the client reference (pseudonym) is missing");
        if (string.IsNullOrWhiteSpace(opdracht.ToewijzingNummer) || opdracht.ToewijzingNummer.Length > 10 || !opdracht.ToewijzingNummer.All(char.IsAsciiDigit))
            problems.Add($"toewijzingnummer '{opdracht.ToewijzingNummer}' must be one to ten digits");
        if (opdracht.Verwijzer is not null && opdracht.Standaard == IStandaard.IWmo) problems.Add("a verwijzer only exists in iJw");
        if (opdracht.Verwijzer is { } verwijzer && !IStandaarden.Verwijzers.ContainsKey(verwijzer.Type))
            problems.Add($"verwijzer type '{verwijzer.Type}' is not in COD327");
        CheckAmount(opdracht, problems);

        if (problems.Count > 0) throw new ArgumentException($"{bericht} cannot be built: {string.Join("; ", problems)}");
        var moment = opdracht.Moment;
        var product = new ToegewezenProduct(
            opdracht.ToewijzingNummer,
            opdracht.ReferentieAanbieder,
            new Product(opdracht.Productcategorie, opdracht.Variant == Uitvoeringsvariant.Taakgericht ? null : opdracht.Productcode),
            DateOnly.FromDateTime(moment),
            new TimeOnly(moment.Hour, moment.Minute, moment.Second),
            opdracht.Ingangsdatum,
            opdracht.Einddatum,
            opdracht.RedenWijziging,
            opdracht.Omvang,
            opdracht.Budget,
            opdracht.Commentaar,
            opdracht.Verwijzer);
        return new ToewijzingBericht(header!, opdracht.ClientReferentie, [product]);
    }

    private static void CheckAmount(ToewijzingOpdracht opdracht, List<string> problems)
    {
        if (opdracht.Omvang is { } omvang)
        {
            if (omvang.Volume < 1) problems.Add($"volume {omvang.Volume} must be at least 1");
            if (!IStandaarden.Eenheden.ContainsKey(omvang.Eenheid)) problems.Add($"eenheid '{omvang.Eenheid}' is not in WJ756");
            if (!IStandaarden.Frequenties.ContainsKey(omvang.Frequentie)) problems.Add($"frequentie '{omvang.Frequentie}' is not in WMO757");
        }
        if (opdracht.Budget is < 1) problems.Add("a budget must be a positive number of eurocent");
        switch (opdracht.Variant)
        {
            case Uitvoeringsvariant.Inspanningsgericht:
                if (opdracht.Omvang is null) problems.Add("an inspanningsgerichte toewijzing needs an omvang (volume, eenheid, frequentie)");
                else if (OutputEenheden.Contains(opdracht.Omvang.Eenheid)) problems.Add($"eenheid '{opdracht.Omvang.Eenheid}' belongs to outputgericht funding, not inspanningsgericht");
                break;
            case Uitvoeringsvariant.Outputgericht:
                if (opdracht.Omvang is null && opdracht.Budget is null) problems.Add("an outputgerichte toewijzing needs an omvang in stuks or euro's, or a budget");
                else if (opdracht.Omvang is { } o && !OutputEenheden.Contains(o.Eenheid)) problems.Add($"an outputgerichte toewijzing counts in stuks (82) or euro's (83), not eenheid '{o.Eenheid}'");
                break;
            case Uitvoeringsvariant.Taakgericht:
                if (opdracht.Omvang is not null || opdracht.Budget is not null) problems.Add("a taakgerichte toewijzing carries no omvang or budget");
                break;
        }
    }
}
