using System.Text;
using RelatieWerkstroom.Casework.Messages;

namespace RelatieWerkstroom.Casework.Documents;

/// <summary>
/// Writes the gunningsbeslissing (Aanbestedingswet 2012 art. 1.15 lid 2, 2.130): the letter to each inschrijver with its
/// rank and the relevant reasons, and the decision with the ranking stored with the case.
/// </summary>
public static class GunningsbeslissingBuilder
{
    /// <summary>The outcome for the intended winner.</summary>
    public const string VoorgenomenGunning = "voorgenomen-gunning";

    /// <summary>The outcome for every other inschrijver.</summary>
    public const string Afgewezen = "afgewezen";

    /// <summary>A ranked inschrijver: its reference, rank (1 = best) and score when scored.</summary>
    public sealed record Ranked(string Inschrijver, int Rang, decimal? Score);

    /// <summary>One letter per inschrijver, in rank order; <paramref name="ranked"/> must contain <paramref name="winner"/>.</summary>
    public static IReadOnlyList<Gunningsbericht> Letters(string tenderId, IReadOnlyList<Ranked> ranked, string winner, string criterium, int standstillDays, string documentId)
    {
        var winning = ranked.Single(r => r.Inschrijver == winner);
        return [.. ranked.OrderBy(r => r.Rang).Select(r => new Gunningsbericht(tenderId, r.Inschrijver, r.Inschrijver == winner ? VoorgenomenGunning : Afgewezen,
            r.Rang, winner, criterium, Reasons(r, winning, criterium), standstillDays, documentId))];
    }

    /// <summary>The decision with the ranking (markdown, Dutch).</summary>
    public static string Render(string municipality, string tenderId, string? procedure, DateOnly date, string criterium, string winner,
        IReadOnlyList<Gunningsbericht> letters, int standstillDays)
    {
        var text = new StringBuilder()
            .AppendLine($"# Gunningsbeslissing ({tenderId})").AppendLine()
            .AppendLine("| | |").AppendLine("|---|---|")
            .AppendLine($"| Aanbestedende dienst | {municipality} |")
            .AppendLine($"| Procedure | {procedure ?? "aanbesteding"} |")
            .AppendLine($"| Datum | {DutchText.Date(date)} |")
            .AppendLine($"| Gunningscriterium | {criterium} |").AppendLine()
            .AppendLine("## Besluit").AppendLine()
            .AppendLine($"Wij zijn voornemens de opdracht te gunnen aan {winner}. Alle inschrijvers ontvangen deze beslissing met de relevante redenen "
                + "(artikel 1.15 lid 2 en 2.130 Aanbestedingswet 2012).")
            .AppendLine().AppendLine("## Rangschikking").AppendLine()
            .AppendLine("| Rang | Inschrijver | Uitkomst |").AppendLine("|---|---|---|");
        foreach (var letter in letters) text.AppendLine($"| {letter.Rang} | {letter.Inschrijver} | {letter.Uitkomst} |");
        text.AppendLine().AppendLine("## Opschortende termijn").AppendLine()
            .AppendLine(standstillDays > 0
                ? $"Wij sluiten de overeenkomst niet eerder dan na een opschortende termijn van {standstillDays} kalenderdagen. Het precieze einde van die termijn staat in het standstillbericht."
                : "Er geldt geen opschortende termijn.");
        return text.ToString();
    }

    private static List<string> Reasons(Ranked own, Ranked winning, string criterium)
    {
        if (own.Inschrijver == winning.Inschrijver)
            return [$"Uw inschrijving is als eerste gerangschikt op het gunningscriterium {criterium}.",
                "Dit is een voornemen tot gunning; de overeenkomst wordt pas gesloten na afloop van de opschortende termijn."];
        var reasons = new List<string>
        {
            $"Uw inschrijving is als {own.Rang}e gerangschikt op het gunningscriterium {criterium}; de inschrijving van {winning.Inschrijver} is als eerste gerangschikt.",
        };
        if (own.Score is { } score && winning.Score is { } best)
            reasons.Add($"Uw score is {DutchText.Number(score)}; de score van de winnende inschrijving is {DutchText.Number(best)}.");
        reasons.Add("De kenmerken en relatieve voordelen van de winnende inschrijving staan per subcriterium in het bijgevoegde beoordelingsverslag.");
        return reasons;
    }
}
