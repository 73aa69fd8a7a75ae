using System.Text;
using RelatieWerkstroom.Engine.LegalTime;

namespace RelatieWerkstroom.Casework.Documents;

/// <summary>Writes the ontvangstbevestiging of a melding, aanvraag or bezwaarschrift (Wmo 2015 art. 2.3.2 lid 1, Awb 6:14).</summary>
public static class OntvangstbevestigingBuilder
{
    /// <summary>The letter and, when <paramref name="termijn"/> is a term, the day the next step is due.</summary>
    /// <param name="caseFileId">The case.</param>
    /// <param name="zaaktype">What kind of case.</param>
    /// <param name="soort">What came in.</param>
    /// <param name="received">The day it came in.</param>
    /// <param name="today">The day of the letter.</param>
    /// <param name="termijn">A term (e.g. "6 weken"), or text such as "volgens verordening", or null.</param>
    /// <param name="informatie">Points the letter must make.</param>
    /// <param name="subjectId">The citizen's pseudonym.</param>
    /// <param name="municipality">The municipality.</param>
    public static (string Title, string Text, DateOnly? TermEnd) Build(string caseFileId, ZaaktypeInfo zaaktype, string soort, DateOnly received, DateOnly today,
        string? termijn, IReadOnlyList<string>? informatie, string? subjectId, string municipality)
    {
        DateOnly? termEnd = null;
        LegalTerm? term = null;
        if (termijn is { Length: > 0 } && LegalTerm.TryParse(termijn, out var parsed, out _) && parsed.Unit != LegalTermUnit.Hours)
        {
            term = parsed;
            termEnd = new LegalClock("termijn", "", received, parsed).Deadline();
        }
        var addressee = SubjectPlaceholder.For(subjectId);
        var basis = soort.Contains("bezwaar", StringComparison.OrdinalIgnoreCase) ? "artikel 6:14 Algemene wet bestuursrecht"
            : zaaktype.Wet == "Wmo 2015" && soort == "melding" ? "artikel 2.3.2 lid 1 Wmo 2015"
            : "de Algemene wet bestuursrecht";
        var text = new StringBuilder()
            .AppendLine($"# Ontvangstbevestiging {soort}").AppendLine()
            .AppendLine("| | |").AppendLine("|---|---|")
            .AppendLine($"| Zaak | {caseFileId} |")
            .AppendLine($"| Onderwerp | {zaaktype.Title} |")
            .AppendLine($"| Datum | {DutchText.Date(today)} |")
            .AppendLine($"| Aan | {addressee} |").AppendLine()
            .AppendLine($"Geachte {addressee},").AppendLine()
            .AppendLine($"Wij hebben uw {soort} op {DutchText.Date(received)} ontvangen. Met deze brief bevestigen wij de ontvangst ({basis}). "
                + $"Uw zaaknummer is {caseFileId}; wilt u dat noemen als u contact met ons opneemt?")
            .AppendLine().AppendLine("## Wat gebeurt er nu?").AppendLine();
        if (termEnd is { } end)
            text.AppendLine($"Wij handelen uw {soort} af binnen {term!.ToDutchString()}, dat is uiterlijk op {DutchText.Date(end)}.");
        else if (termijn is { Length: > 0 })
            text.AppendLine($"Voor de afhandeling geldt de termijn {termijn}.");
        else
            text.AppendLine("Wij laten u weten wanneer u een beslissing kunt verwachten.");
        if (informatie is { Count: > 0 })
        {
            text.AppendLine().AppendLine("Goed om te weten:").AppendLine();
            foreach (var point in informatie.Where(p => !string.IsNullOrWhiteSpace(p))) text.AppendLine($"- {point.Trim()}");
        }
        text.AppendLine().AppendLine("Met vriendelijke groet,").AppendLine()
            .AppendLine($"het college van burgemeester en wethouders van {municipality}");
        return ($"Ontvangstbevestiging {soort}", text.ToString(), termEnd);
    }
}
