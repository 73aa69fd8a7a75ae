using System.Globalization;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Messages;
using RelatieWerkstroom.Casework.Providers;
using RelatieWerkstroom.Casework.Time;

namespace RelatieWerkstroom.Casework.Steps.Chain;

/// <summary>Decides every field of a toewijzing from the step's inputs, the case and the settings, and queues it (shared by SendToewijzing and AnswerVerzoekOmToewijzing).</summary>
internal static class ToewijzingComposer
{
    /// <summary>A composed toewijzing and what it was composed from.</summary>
    public sealed record Composed(ToewijzingBericht Bericht, string Kind, string ToewijzingNummer, string AanbiederAgb, string Productcategorie, string? DecisionId);

    /// <summary>Composes and checks the WMO301/JW301; throws a step problem naming what is wrong.</summary>
    public static Composed Compose(StepRun run, CaseFile file, IStandaard standaard, string reden, ToewijzingInput input, DecisionFact? decision,
        IProviderDirectory providers, string? redenWijziging = null)
    {
        var wet = IStandaarden.Wet(standaard);
        var categorie = Category(file, standaard, reden, input.Productcategorie);
        var categories = IStandaarden.Productcategorieen(standaard);
        if (!categories.ContainsKey(categorie))
            throw run.Problem($"productcategorie '{categorie}' is not in the {IStandaarden.Name(standaard)} code list ({string.Join(", ", categories.Keys)})");
        var variant = Variant(run, wet, input.Uitvoeringsvariant);
        var (omvang, defaulted) = Amount(file, standaard, variant, input);
        var verzoek = reden is "verwijzing" or "verzoek" || input.ReferentieAanbieder is not null ? LatestVerzoek(file) : null;
        var agb = input.Aanbieder?.Trim() is { Length: > 0 } a ? a
            : StepRun.FormText(file, "aanbieder", "aanbiederAgb") ?? verzoek?.Aanbieder
            ?? providers.Choose(wet, categorie, file.Id)?.AgbCode
            ?? throw run.Problem($"no aanbieder: give input 'aanbieder' (AGB code) or contract an aanbieder for {wet} productcategorie {categorie}");
        Verwijzer? verwijzer = standaard == IStandaard.IJw
            ? new Verwijzer(input.Verwijzer?.Trim() ?? reden switch { "verwijzing" => "02", "maatregel" => "04", _ => "01" })
            : null;
        var ingang = input.Ingangsdatum ?? decision?.Ingangsdatum ?? run.Today;
        var eind = input.Einddatum ?? decision?.Einddatum;
        var nummer = run.NewNumber(9, "toewijzing");
        var moment = TimeZoneInfo.ConvertTime(run.Now, DutchTime.Zone).DateTime;
        var commentaar = decision is null ? $"Toewijzing ({reden}) zonder beschikking" : $"Beschikking {decision.DecisionId}";
        if (defaulted) commentaar += "; omvang volgens normenkader";

        ToewijzingBericht bericht;
        try
        {
            bericht = ToewijzingBuilder.Build(new ToewijzingOpdracht
            {
                Standaard = standaard,
                Gemeentecode = run.Settings.Gemeentecode ?? IStandaarden.GemeentecodeNietIngesteld,
                AanbiederAgb = agb,
                BerichtId = run.NewNumber(12, "bericht-301"),
                Moment = moment,
                ClientReferentie = file.SubjectId ?? throw run.Problem($"case file '{file.Id}' has no client (subject); a toewijzing is about a client"),
                ToewijzingNummer = nummer,
                Productcategorie = categorie,
                Productcode = input.Productcode?.Trim() ?? StepRun.FormText(file, "productcode"),
                Ingangsdatum = ingang,
                Einddatum = eind,
                Variant = variant,
                Omvang = omvang,
                Budget = input.Budget is { } euros ? (long)Math.Round(euros * 100m, MidpointRounding.AwayFromZero) : null,
                ReferentieAanbieder = input.ReferentieAanbieder?.Trim() ?? verzoek?.Referentie,
                RedenWijziging = redenWijziging,
                Commentaar = commentaar,
                Verwijzer = verwijzer,
            });
        }
        catch (ArgumentException ex)
        {
            throw run.Problem(ex.Message);
        }
        return new Composed(bericht, MessageKinds.For(standaard, bericht.Header.Bericht), nummer, agb, categorie, decision?.DecisionId);
    }

    /// <summary>Stages the toewijzing in the outbox and journals it.</summary>
    public static string Queue(StepRun run, CaseFile file, Composed composed)
    {
        var message = run.Message(file.Id, composed.Kind, composed.AanbiederAgb, MessageJson.Serialize(composed.Bericht));
        var ids = new JsonObject { ["toewijzingId"] = composed.ToewijzingNummer, ["providerId"] = composed.AanbiederAgb };
        if (composed.DecisionId is { } decisionId) ids["decisionId"] = decisionId;
        run.Queue(message, ids, new JsonObject { ["productcategorie"] = composed.Productcategorie });
        return message.Id;
    }

    /// <summary>
    /// The productcategorie: the input, a form value <c>productcategorie</c>, or derived: iJw from the reden (spoed 46,
    /// maatregel 48) or the kind of help decided on the case (ambulant 45, dagbehandeling 41, verblijf 43, pleegzorg or
    /// gezinshuis 44), otherwise 45; iWmo 02 (Begeleiding).
    /// </summary>
    public static string Category(CaseFile file, IStandaard standaard, string reden, string? input)
    {
        if (input?.Trim() is { Length: > 0 } given) return given;
        if (StepRun.FormText(file, "productcategorie") is { } form) return form;
        if (standaard == IStandaard.IWmo) return "02";
        if (reden == "spoed") return "46";
        if (reden == "maatregel") return "48";
        foreach (var decision in Enumerable.Reverse(file.Decisions))
        {
            var category = decision.Option.ToLowerInvariant() switch
            {
                "ambulant" => "45",
                "dagbehandeling" => "41",
                "verblijf" or "residentieel" => "43",
                "pleegzorg" or "gezinshuis" => "44",
                _ => null,
            };
            if (category is not null) return category;
        }
        return "45";
    }

    private static Uitvoeringsvariant Variant(StepRun run, string wet, string? input)
    {
        var text = input?.Trim() is { Length: > 0 } given ? given : run.Settings.Uitvoeringsvarianten.GetValueOrDefault(wet) ?? "inspanningsgericht";
        return text.ToLowerInvariant() switch
        {
            "inspanningsgericht" or "inspanning" => Uitvoeringsvariant.Inspanningsgericht,
            "outputgericht" or "output" => Uitvoeringsvariant.Outputgericht,
            "taakgericht" or "taak" => Uitvoeringsvariant.Taakgericht,
            _ => throw run.Problem($"'{text}' is not an uitvoeringsvariant; use inspanningsgericht, outputgericht or taakgericht"),
        };
    }

    private static (Omvang? Omvang, bool Defaulted) Amount(CaseFile file, IStandaard standaard, Uitvoeringsvariant variant, ToewijzingInput input)
    {
        if (variant == Uitvoeringsvariant.Taakgericht) return (null, false);
        var volume = input.Volume ?? Number(StepRun.FormText(file, "volume", "omvang"));
        var eenheid = input.Eenheid?.Trim() ?? StepRun.FormText(file, "eenheid");
        var frequentie = input.Frequentie?.Trim() ?? StepRun.FormText(file, "frequentie");
        if (variant == Uitvoeringsvariant.Outputgericht && input.Budget is not null && volume is null && eenheid is null) return (null, false);
        var defaulted = volume is null || eenheid is null || frequentie is null;
        return variant == Uitvoeringsvariant.Inspanningsgericht
            ? (new Omvang(volume ?? (standaard == IStandaard.IWmo ? 3 : 2), eenheid ?? "04", frequentie ?? "2"), defaulted)
            : (new Omvang(volume ?? 1, eenheid ?? "82", frequentie ?? "6"), defaulted);
    }

    private static int? Number(string? text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? (int)Math.Round(value) : null;

    /// <summary>The latest registered verzoek om toewijzing or wijziging: the aanbieder's reference, its AGB code and date.</summary>
    public static (string? Referentie, string? Aanbieder, DateOnly? Date)? LatestVerzoek(CaseFile file)
    {
        var entry = file.Events.LastOrDefault(e => e.Kind == CaseEventKinds.MeldingRegistered
            && e.Details?["soort"] is JsonValue s && s.TryGetValue<string>(out var soort) && soort.StartsWith("verzoek", StringComparison.OrdinalIgnoreCase));
        if (entry?.Details is not { } d) return null;
        string? Text(string name) => d[name] is JsonValue v && v.TryGetValue<string>(out var t) ? t : null;
        DateOnly? date = Text("meldingDate") is { } iso && DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed : null;
        return (Text("referentieAanbieder"), Text("aanbieder"), date);
    }
}
