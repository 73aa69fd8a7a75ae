using System.Text;
using RelatieWerkstroom.Casework.CaseFiles;

namespace RelatieWerkstroom.Casework.Documents;

/// <summary>
/// Writes a beschikking from a <see cref="BeschikkingDraft"/>: besluit, motivering from the discretion decisions,
/// wettelijke grondslag, dates, the beslistermijn and the rechtsmiddelenclausule (Awb 3:45, 3:46, 6:7).
/// Pure: the same draft gives the same text.
/// </summary>
public static class BeschikkingBuilder
{
    private sealed record Wording(Func<ZaaktypeInfo, string> Sentence, bool Grants);

    private static readonly Dictionary<string, Wording> Decisions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["toekennen"] = new(z => $"Wij kennen u {z.Subject} toe.", true),
        ["gedeeltelijk"] = new(z => $"Wij kennen u {z.Subject} gedeeltelijk toe. Voor het overige wijzen wij uw aanvraag af.", true),
        ["tijdelijk"] = new(z => $"Vooruitlopend op het onderzoek en de beslissing op uw aanvraag kennen wij u met spoed tijdelijk {z.Subject} toe.", true),
        ["afwijzen"] = new(z => $"Wij wijzen uw aanvraag om {z.Subject} af.", false),
        ["weigeren-wlz"] = new(z => $"Wij weigeren {z.Subject}, omdat u zorg kunt krijgen op grond van de Wet langdurige zorg of daarvoor een indicatie kunt aanvragen.", false),
        ["buiten-behandeling"] = new(_ => "Wij nemen uw aanvraag niet in behandeling, omdat de gegevens die wij nodig hebben niet binnen de gestelde termijn zijn ontvangen.", false),
        ["gegrond"] = new(_ => "Wij verklaren uw bezwaar gegrond. Wij herroepen het bestreden besluit en nemen daarvoor in de plaats een nieuw besluit.", true),
        ["deels-gegrond"] = new(_ => "Wij verklaren uw bezwaar gedeeltelijk gegrond. Wij herroepen het bestreden besluit voor zover het bezwaar gegrond is; voor het overige blijft het besluit in stand.", true),
        ["ongegrond"] = new(_ => "Wij verklaren uw bezwaar ongegrond. Het bestreden besluit blijft in stand.", false),
        ["niet-ontvankelijk"] = new(_ => "Wij verklaren uw bezwaar niet-ontvankelijk. Wij komen daarom niet toe aan een inhoudelijke beoordeling.", false),
    };

    /// <summary>Whether the decision code grants (part of) what was asked; unknown codes do not.</summary>
    public static bool Grants(string decision) => Decisions.TryGetValue(decision.Trim(), out var wording) && wording.Grants;

    /// <summary>Writes the beschikking.</summary>
    public static Beschikking Build(BeschikkingDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var zaaktype = draft.Zaaktype;
        var decision = draft.Decision.Trim();
        var wording = Decisions.GetValueOrDefault(decision)
            ?? new Wording(z => $"Wij hebben op uw verzoek om {z.Subject} als volgt besloten: {decision}.", false);
        var addressee = SubjectPlaceholder.For(draft.SubjectId);
        var title = zaaktype.Remedy == Rechtsmiddel.Beroep ? $"Beslissing op bezwaar ({draft.DecisionId})" : $"Beschikking {zaaktype.Title} ({draft.DecisionId})";
        var clause = zaaktype.Remedy == Rechtsmiddel.Geen ? null : RechtsmiddelenClausule.For(zaaktype.Remedy, draft.Sent, draft.DecisionId);

        var text = new StringBuilder();
        text.AppendLine($"# {title}").AppendLine();
        text.AppendLine("| | |").AppendLine("|---|---|");
        text.AppendLine($"| Kenmerk | {draft.DecisionId} |");
        text.AppendLine($"| Zaak | {draft.CaseFileId} |");
        text.AppendLine($"| Datum | {DutchText.Date(draft.Sent)} |");
        text.AppendLine($"| Aan | {addressee} |").AppendLine();
        text.AppendLine($"Geachte {addressee},").AppendLine();

        text.AppendLine("## Besluit").AppendLine();
        text.AppendLine(wording.Sentence(zaaktype));
        if (wording.Grants && draft.Ingangsdatum is { } from)
        {
            text.AppendLine();
            text.AppendLine(draft.Einddatum is { } until
                ? $"Dit besluit geldt van {DutchText.Date(from)} tot en met {DutchText.Date(until)}."
                : $"Dit besluit geldt vanaf {DutchText.Date(from)} voor onbepaalde tijd.");
        }
        text.AppendLine();

        text.AppendLine("## Motivering").AppendLine();
        AppendMotivering(text, draft.Discretion);
        text.AppendLine();

        text.AppendLine("## Wettelijke grondslag").AppendLine();
        text.AppendLine($"Dit besluit berust op {draft.LegalBasis.Trim()}, in samenhang met de Algemene wet bestuursrecht (afdeling 3.7: motivering van besluiten).");
        text.AppendLine();

        text.AppendLine("## Beslistermijn").AppendLine();
        text.AppendLine(Beslistermijn(draft.Beslistermijn, draft.Sent));
        text.AppendLine();

        if (clause is not null)
        {
            text.AppendLine(clause.Remedy == Rechtsmiddel.Bezwaar ? "## Bezwaar maken" : "## Beroep instellen").AppendLine();
            text.AppendLine(clause.Text).AppendLine();
        }

        text.AppendLine("Met vriendelijke groet,").AppendLine();
        text.AppendLine($"het college van burgemeester en wethouders van {draft.Municipality}");
        return new Beschikking(title, text.ToString(), clause, wording.Grants);
    }

    private static void AppendMotivering(StringBuilder text, IReadOnlyList<CaseDecision> decisions)
    {
        if (decisions.Count == 0)
        {
            text.AppendLine("[Motivering: door de behandelaar aan te vullen; in deze zaak zijn geen afwegingen vastgelegd.]");
            return;
        }
        text.AppendLine("Bij dit besluit zijn de volgende afwegingen gemaakt:").AppendLine();
        foreach (var d in decisions)
        {
            var choice = d.Deviation
                ? $"gekozen is voor '{d.Option}', in afwijking van de standaard '{d.DefaultOption}'"
                : $"gekozen is voor '{d.Option}' (de standaard)";
            var basis = string.IsNullOrWhiteSpace(d.LegalBasis) ? "" : $" Grondslag: {d.LegalBasis.Trim()}.";
            var reason = string.IsNullOrWhiteSpace(d.Reason)
                ? " Deze keuze volgt het beleid; een aparte motivering is niet nodig."
                : $" Motivering: {d.Reason.Trim()}";
            text.AppendLine($"- {d.DiscretionId}: {choice}.{basis}{reason}");
        }
    }

    private static string Beslistermijn(BeslistermijnStatus? status, DateOnly sent)
    {
        if (status is null) return "Voor deze zaak is geen beslistermijn vastgelegd.";
        var text = new StringBuilder();
        text.Append($"Uw aanvraag is ontvangen op {DutchText.Date(status.Start)}. Voor dit besluit geldt een beslistermijn van {status.Term.ToDutchString()} ({status.LegalBasis})");
        foreach (var extension in status.Extensions) text.Append($", verdaagd met {extension.ToDutchString()} (artikel 4:14 Awb)");
        if (status.SuspendedDays > 0)
            text.Append($", opgeschort gedurende {status.SuspendedDays} {(status.SuspendedDays == 1 ? "dag" : "dagen")} (artikel 4:15 Awb)");
        text.Append($". De termijn eindigt op {DutchText.Date(status.Deadline)}. ");
        text.Append(status.IsMetOn(sent)
            ? "Dit besluit is binnen de beslistermijn genomen."
            : $"Dit besluit is {sent.DayNumber - status.Deadline.DayNumber} dagen na afloop van de beslistermijn genomen; wij bieden u daarvoor onze excuses aan.");
        return text.ToString();
    }
}
