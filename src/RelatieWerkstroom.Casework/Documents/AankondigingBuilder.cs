using System.Text;
using RelatieWerkstroom.Casework.Messages;

namespace RelatieWerkstroom.Casework.Documents;

/// <summary>Renders an <see cref="Aankondiging"/> as the notice stored with the case.</summary>
public static class AankondigingBuilder
{
    /// <summary>The notice text (markdown, Dutch).</summary>
    public static string Render(Aankondiging notice)
    {
        var text = new StringBuilder()
            .AppendLine($"# Aankondiging {notice.Procedure} ({notice.TenderId})").AppendLine()
            .AppendLine("| | |").AppendLine("|---|---|")
            .AppendLine($"| Aanbestedende dienst | {notice.Aanbestedendedienst} |")
            .AppendLine($"| Procedure | {notice.Procedure} |")
            .AppendLine($"| Publicatie | {notice.Publicatie ?? "aankondiging"} via {notice.Kanaal} |")
            .AppendLine($"| Onderwerp | {notice.Omschrijving ?? "(geen omschrijving)"} |")
            .AppendLine($"| Geraamde waarde | {(notice.GeraamdeWaarde is { } v ? DutchText.Money(v) + " excl. btw" : "niet vastgelegd")} |")
            .AppendLine($"| Publicatiedatum | {DutchText.Date(notice.Publicatiedatum)} |")
            .AppendLine($"| Sluitingsdatum | {(notice.Sluitingsdatum is { } d ? DutchText.Date(d) : "doorlopende toelating")} |").AppendLine()
            .AppendLine("## Drempelwaarden").AppendLine();
        foreach (var (name, amount) in notice.Drempels.OrderBy(d => d.Value).ThenBy(d => d.Key, StringComparer.Ordinal))
            text.AppendLine($"- {name}: {DutchText.Money(amount)}");
        text.AppendLine().AppendLine("## Toetsing").AppendLine();
        foreach (var line in notice.Toetsing) text.AppendLine($"- {line}");
        return text.ToString();
    }
}
