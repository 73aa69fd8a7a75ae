using System.Text;

namespace RelatieWerkstroom.Casework.Documents;

/// <summary>
/// Writes the decision on an aanmelding in a toelatingsprocedure. It is contractual (Contractstandaard
/// toelatingsprocedure), so it points to the complaint procedure and the civil court, not to bezwaar.
/// </summary>
public static class ToelatingsbesluitBuilder
{
    /// <summary>The letter (markdown, Dutch); a refusal lists <paramref name="reasons"/>.</summary>
    public static string Render(string municipality, string? procedure, string? tenderId, string aanbieder, DateOnly date, bool admitted, IReadOnlyList<string> reasons)
    {
        var text = new StringBuilder()
            .AppendLine($"# Besluit op uw aanmelding ({aanbieder})").AppendLine()
            .AppendLine("| | |").AppendLine("|---|---|")
            .AppendLine($"| Aanbestedende dienst | {municipality} |")
            .AppendLine($"| Procedure | {procedure ?? "toelating"}{(tenderId is null ? "" : $" ({tenderId})")} |")
            .AppendLine($"| Aanbieder | {aanbieder} |")
            .AppendLine($"| Datum | {DutchText.Date(date)} |").AppendLine()
            .AppendLine("## Besluit").AppendLine();
        if (admitted)
        {
            text.AppendLine($"Uw aanmelding voldoet aan de toelatingseisen. Wij laten u toe als aanbieder met ingang van {DutchText.Date(date)}. "
                + "U ontvangt de overeenkomst en de informatie over het berichtenverkeer (AGB-code, iWmo/iJw via VECOZO) en de productcodes.");
        }
        else
        {
            text.AppendLine("Wij laten u niet toe als aanbieder, om de volgende redenen:").AppendLine();
            foreach (var reason in reasons) text.AppendLine($"- {reason}");
        }
        text.AppendLine().AppendLine("## Niet eens met dit besluit?").AppendLine()
            .AppendLine("Dit besluit valt onder de overeenkomst en het inkoopdocument, niet onder de Algemene wet bestuursrecht; bezwaar maken is niet mogelijk. "
                + "U kunt een klacht indienen volgens de klachtenregeling in het inkoopdocument of het geschil voorleggen aan de civiele rechter. "
                + "U kunt zich op elk moment opnieuw aanmelden.");
        return text.ToString();
    }
}
