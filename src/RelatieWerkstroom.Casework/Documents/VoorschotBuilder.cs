using System.Text;

namespace RelatieWerkstroom.Casework.Documents;

/// <summary>Writes the besluit that grants a voorschot on bijstand while the right is not yet established (Participatiewet art. 52).</summary>
public static class VoorschotBuilder
{
    /// <summary>The voorschot letter.</summary>
    /// <param name="decisionId">Its reference.</param>
    /// <param name="caseFileId">The case.</param>
    /// <param name="subjectId">The client's pseudonym.</param>
    /// <param name="municipality">The deciding municipality.</param>
    /// <param name="sent">The day it is sent.</param>
    /// <param name="percentage">The percentage of the norm.</param>
    /// <param name="norm">The monthly norm, when known.</param>
    /// <param name="legalBasis">The legal basis.</param>
    /// <param name="repeat">How it repeats until the decision, e.g. "elke 4 weken tot het besluit".</param>
    /// <param name="termijn">The voorschottermijn, when the case has one.</param>
    public static (string Title, string Text, decimal? Amount, RechtsmiddelenClausule Clause) Build(string decisionId, string caseFileId, string? subjectId,
        string municipality, DateOnly sent, decimal percentage, decimal? norm, string legalBasis, string? repeat, BeslistermijnStatus? termijn)
    {
        decimal? amount = norm is { } n ? Math.Round(n * percentage / 100m, 2, MidpointRounding.AwayFromZero) : null;
        var clause = RechtsmiddelenClausule.For(Rechtsmiddel.Bezwaar, sent, decisionId);
        var addressee = SubjectPlaceholder.For(subjectId);
        var title = $"Voorschot op bijstand ({decisionId})";
        var text = new StringBuilder()
            .AppendLine($"# {title}").AppendLine()
            .AppendLine("| | |").AppendLine("|---|---|")
            .AppendLine($"| Kenmerk | {decisionId} |")
            .AppendLine($"| Zaak | {caseFileId} |")
            .AppendLine($"| Datum | {DutchText.Date(sent)} |")
            .AppendLine($"| Aan | {addressee} |").AppendLine()
            .AppendLine($"Geachte {addressee},").AppendLine()
            .AppendLine("## Besluit").AppendLine()
            .AppendLine(amount is { } a
                ? $"Wij verlenen u een voorschot van {DutchText.Number(percentage)}% van de bijstandsnorm van {DutchText.Money(norm!.Value)} per maand: {DutchText.Money(a)} per maand."
                : $"Wij verlenen u een voorschot van {DutchText.Number(percentage)}% van de bijstandsnorm die voor u geldt. Het bedrag ziet u op uw betaalspecificatie.")
            .AppendLine();
        if (!string.IsNullOrWhiteSpace(repeat)) text.AppendLine($"Zolang wij nog niet op uw aanvraag hebben beslist, verlenen wij het voorschot opnieuw: {repeat.Trim()}.").AppendLine();
        text.AppendLine("## Motivering").AppendLine()
            .AppendLine("Wij hebben uw recht op bijstand nog niet kunnen vaststellen. Zolang dat zo is, verlenen wij binnen vier weken na uw aanvraag een voorschot. "
                + "Het voorschot wordt verrekend met de bijstand waarop u recht blijkt te hebben; hebt u geen recht op bijstand, dan vorderen wij het voorschot terug.")
            .AppendLine()
            .AppendLine("## Wettelijke grondslag").AppendLine()
            .AppendLine($"Dit besluit berust op {legalBasis.Trim()} en afdeling 4.2.8 van de Algemene wet bestuursrecht (voorschotten).").AppendLine();
        if (termijn is not null)
            text.AppendLine("## Termijn").AppendLine()
                .AppendLine($"Uw aanvraag is ontvangen op {DutchText.Date(termijn.Start)}; het voorschot moest uiterlijk op {DutchText.Date(termijn.Deadline)} worden verleend. "
                    + (termijn.IsMetOn(sent) ? "Dat is gelukt." : "Dat is niet gelukt; wij bieden u daarvoor onze excuses aan."))
                .AppendLine();
        text.AppendLine("## Bezwaar maken").AppendLine().AppendLine(clause.Text).AppendLine()
            .AppendLine("Met vriendelijke groet,").AppendLine()
            .AppendLine($"het college van burgemeester en wethouders van {municipality}");
        return (title, text.ToString(), amount, clause);
    }
}
