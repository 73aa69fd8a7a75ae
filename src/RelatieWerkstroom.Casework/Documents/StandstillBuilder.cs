using System.Text;
using RelatieWerkstroom.Engine.LegalTime;

namespace RelatieWerkstroom.Casework.Documents;

/// <summary>
/// The opschortende termijn after a gunningsbeslissing (Aanbestedingswet 2012 art. 2.127, 2.130 lid 2): its last day and
/// the notice. The period counts calendar days from the day after the gunningsbeslissing was sent; an end on a
/// Saturday, Sunday or public holiday moves to the next working day (Algemene termijnenwet).
/// </summary>
public static class StandstillBuilder
{
    /// <summary>The last day of a standstill period of <paramref name="days"/> calendar days after <paramref name="sent"/> (0: none, the day itself).</summary>
    public static DateOnly EndOf(DateOnly sent, int days) =>
        days == 0 ? sent : new LegalClock("opschortende termijn", "Aanbestedingswet 2012 art. 2.127", sent, LegalTerm.Days(days)).Deadline();

    /// <summary>The basis of the period: the law from 20 days (above the threshold), otherwise local policy.</summary>
    public static string Basis(int days) => days >= 20 ? "Aanbestedingswet 2012 art. 2.127 en inkoopbeleid" : "inkoopbeleid (onder de Europese drempel)";

    /// <summary>The notice (markdown, Dutch).</summary>
    public static string Render(string municipality, string tenderId, DateOnly sent, int days)
    {
        var end = EndOf(sent, days);
        var naive = sent.AddDays(days);
        var text = new StringBuilder()
            .AppendLine($"# Opschortende termijn ({tenderId})").AppendLine()
            .AppendLine("| | |").AppendLine("|---|---|")
            .AppendLine($"| Aanbestedende dienst | {municipality} |")
            .AppendLine($"| Gunningsbeslissing verzonden | {DutchText.Date(sent)} |")
            .AppendLine($"| Termijn | {days} kalenderdagen |")
            .AppendLine($"| Einde termijn | {DutchText.DateWithWeekday(end)} |")
            .AppendLine($"| Grondslag | {Basis(days)} |").AppendLine();
        text.AppendLine(days == 0
            ? "Er geldt geen opschortende termijn; de overeenkomst kan worden gesloten."
            : $"De opschortende termijn van {days} kalenderdagen begint op de dag na verzending van de gunningsbeslissing en eindigt op {DutchText.DateWithWeekday(end)}."
              + (end != naive ? $" De termijn zou eindigen op {DutchText.DateWithWeekday(naive)}; volgens de Algemene termijnenwet schuift het einde naar de eerstvolgende werkdag." : "")
              + " Wij sluiten de overeenkomst niet voor het einde van deze termijn. Wie het niet eens is met de gunningsbeslissing, kan binnen deze termijn een kort geding"
              + " aanhangig maken (artikel 2.131 Aanbestedingswet 2012).");
        return text.ToString();
    }
}
