using System.Text;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Documents;
using RelatieWerkstroom.Engine.LegalTime;

namespace RelatieWerkstroom.Casework.Dwangsom;

/// <summary>Writes the beschikking that sets the dwangsom bij niet tijdig beslissen (Awb 4:18), with its calculation per band of days (4:17 lid 2).</summary>
public static class DwangsomVaststellingBuilder
{
    /// <summary>What the letter says.</summary>
    /// <param name="DecisionId">Its reference.</param>
    /// <param name="CaseFileId">The case.</param>
    /// <param name="SubjectId">The applicant's pseudonym.</param>
    /// <param name="Municipality">The deciding municipality.</param>
    /// <param name="Sent">The day it is sent; the bezwaar term runs from it.</param>
    /// <param name="Clock">The beslistermijn the dwangsom is owed on.</param>
    /// <param name="Dwangsom">The final dwangsom.</param>
    /// <param name="Tariff">The tariff in force on the day the ingebrekestelling was received.</param>
    public sealed record Draft(string DecisionId, string CaseFileId, string? SubjectId, string Municipality, DateOnly Sent, CaseClock Clock,
        DwangsomView Dwangsom, DwangsomTariff Tariff);

    /// <summary>The letter: title, Markdown text and its rechtsmiddelenclausule.</summary>
    public static (string Title, string Text, RechtsmiddelenClausule Clause) Build(Draft draft)
    {
        var (dwangsom, clock) = (draft.Dwangsom, draft.Clock);
        var lastDay = dwangsom.LastDay ?? throw new ArgumentException("the dwangsom has no last day: nothing is owed", nameof(draft));
        // Awb 4:19 lid 1: bezwaar or beroep against the decision on the aanvraag also covers this beschikking, and it is a
        // beschikking of its own (1:3), so it gets the clause of that decision: bezwaar, or beroep when the late decision
        // was a beslissing op bezwaar (our reading of 4:19 with 7:1; not settled by a judgment we found).
        var remedy = clock.Name.StartsWith("beslistermijn-bezwaar", StringComparison.OrdinalIgnoreCase) ? Rechtsmiddel.Beroep : Rechtsmiddel.Bezwaar;
        var clause = RechtsmiddelenClausule.For(remedy, draft.Sent, draft.DecisionId);
        var request = remedy == Rechtsmiddel.Beroep ? "uw bezwaarschrift" : "uw aanvraag";
        var addressee = SubjectPlaceholder.For(draft.SubjectId);
        var title = $"Vaststelling dwangsom bij niet tijdig beslissen ({draft.DecisionId})";
        var reason = clock.StoppedOn is { } decided
            ? $"Wij hebben op {DutchText.Date(decided)} beslist. De dwangsom liep tot en met de dag daarvoor, {DutchText.Date(lastDay)}."
            : $"Wij hebben nog niet beslist. De dwangsom is daarom het hoogst mogelijke: {dwangsom.Days} dagen (Awb 4:17 lid 1), tot en met {DutchText.Date(lastDay)}.";
        var text = new StringBuilder()
            .AppendLine($"# {title}").AppendLine()
            .AppendLine("| | |").AppendLine("|---|---|")
            .AppendLine($"| Kenmerk | {draft.DecisionId} |")
            .AppendLine($"| Zaak | {draft.CaseFileId} |")
            .AppendLine($"| Datum | {DutchText.Date(draft.Sent)} |")
            .AppendLine($"| Aan | {addressee} |").AppendLine()
            .AppendLine($"Geachte {addressee},").AppendLine()
            .AppendLine("## Besluit").AppendLine()
            .AppendLine($"Wij stellen vast dat wij u een dwangsom van {DutchText.Money(dwangsom.Amount)} verschuldigd zijn, omdat wij niet op tijd op {request} hebben beslist. "
                + "Wij betalen dit bedrag binnen zes weken aan u uit (artikel 4:87 Awb).")
            .AppendLine()
            .AppendLine("## Berekening").AppendLine()
            .AppendLine((clock.Deadline is { } deadline ? $"De termijn om te beslissen ({clock.LegalBasis}) eindigde op {DutchText.Date(deadline)}. " : "")
                + $"Wij ontvingen uw ingebrekestelling op {DutchText.Date(dwangsom.ReceivedOn)}. Twee weken daarna, vanaf {DutchText.Date(dwangsom.FirstDay)}, "
                + $"zijn wij u een dwangsom verschuldigd voor elke dag dat wij niet beslissen, voor ten hoogste {draft.Tariff.MaxDays} dagen (Awb 4:17 lid 1 en 3). {reason}")
            .AppendLine()
            .AppendLine("| Dagen | Per dag | Bedrag |").AppendLine("|---:|---:|---:|");
        foreach (var tier in draft.Tariff.PerDay.Where(t => t.FirstDay <= dwangsom.Days))
        {
            var days = Math.Min(tier.LastDay, dwangsom.Days) - tier.FirstDay + 1;
            text.AppendLine($"| {days} (dag {tier.FirstDay} tot en met {Math.Min(tier.LastDay, dwangsom.Days)}) | {DutchText.Money(tier.PerDay)} | {DutchText.Money(days * tier.PerDay)} |");
        }
        text.AppendLine($"| **{dwangsom.Days}** (van {DutchText.Date(dwangsom.FirstDay)} tot en met {DutchText.Date(lastDay)}) | | **{DutchText.Money(dwangsom.Amount)}** |")
            .AppendLine()
            .AppendLine($"De bedragen per dag zijn die van {draft.Tariff.Source}: het tarief dat gold op de dag dat wij uw ingebrekestelling ontvingen.").AppendLine()
            .AppendLine("## Wettelijke grondslag").AppendLine()
            .AppendLine("Dit besluit berust op de artikelen 4:17 en 4:18 van de Algemene wet bestuursrecht. Wij stellen de dwangsom vast binnen twee weken na de laatste dag "
                + $"waarover hij verschuldigd was, dat is uiterlijk op {DutchText.Date(dwangsom.VaststellingDueOn ?? DwangsomView.VaststellingDue(lastDay))}. "
                + $"Een bezwaar of beroep tegen het besluit op {request} gaat ook over deze vaststelling, voor zover u die betwist (artikel 4:19 Awb).")
            .AppendLine()
            .AppendLine(remedy == Rechtsmiddel.Bezwaar ? "## Bezwaar maken" : "## Beroep instellen").AppendLine().AppendLine(clause.Text).AppendLine()
            .AppendLine("Met vriendelijke groet,").AppendLine()
            .AppendLine($"het college van burgemeester en wethouders van {draft.Municipality}");
        return (title, text.ToString(), clause);
    }
}
