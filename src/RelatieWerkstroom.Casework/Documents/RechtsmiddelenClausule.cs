using RelatieWerkstroom.Engine.LegalTime;

namespace RelatieWerkstroom.Casework.Documents;

/// <summary>
/// The rechtsmiddelenclausule of a decision (Awb 3:45): which remedy, and the last day to use it. The term is six weeks
/// (Awb 6:7) from the day after the decision was sent (6:8 lid 1), extended by the Algemene termijnenwet when it ends
/// on a weekend day or public holiday. The clause says when the bezwaarschrift must be *ingediend* and states the
/// postal rule of Awb 6:9 lid 2 (posted before the end, received within a week after it), so it never tells the
/// citizen a stricter rule than the law.
/// </summary>
/// <param name="Remedy">Bezwaar or beroep.</param>
/// <param name="Sent">The day the decision is sent (bekendmaking, Awb 3:41).</param>
/// <param name="Term">The term; six weeks unless a special law says otherwise.</param>
/// <param name="LastDay">The last day a bezwaarschrift or beroepschrift is on time.</param>
/// <param name="Text">The clause as it appears in the letter (Dutch).</param>
public sealed record RechtsmiddelenClausule(Rechtsmiddel Remedy, DateOnly Sent, LegalTerm Term, DateOnly LastDay, string Text)
{
    /// <summary>The statutory bezwaar and beroep term (Awb 6:7).</summary>
    public static LegalTerm SixWeeks { get; } = LegalTerm.Weeks(6);

    /// <summary>The clause for a decision with reference <paramref name="reference"/> sent on <paramref name="sent"/>.</summary>
    public static RechtsmiddelenClausule For(Rechtsmiddel remedy, DateOnly sent, string reference, LegalTerm? term = null)
    {
        if (remedy == Rechtsmiddel.Geen)
            throw new ArgumentException("a decision without an administrative remedy has no rechtsmiddelenclausule", nameof(remedy));
        term ??= SixWeeks;
        var lastDay = new LegalClock(remedy == Rechtsmiddel.Bezwaar ? "bezwaartermijn" : "beroepstermijn", "Awb art. 6:7, 6:8", sent, term).Deadline();
        var termText = term.ToDutchString();
        var text = remedy == Rechtsmiddel.Bezwaar
            ? $"""
              Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken. Dat moet binnen {termText} na de dag waarop dit besluit is verzonden (artikel 6:7 en 6:8 Algemene wet bestuursrecht). Dit besluit is verzonden op {DutchText.DateWithWeekday(sent)}. Uw bezwaarschrift moet dus uiterlijk op {DutchText.DateWithWeekday(lastDay)} zijn ingediend. Het is op tijd als wij het uiterlijk op die dag ontvangen. Stuurt u het per post, dan is het ook op tijd als u het uiterlijk op die dag op de post doet en wij het niet later dan een week daarna ontvangen (artikel 6:9 Awb).

              Zet in uw bezwaarschrift in ieder geval uw naam en adres, de datum, het kenmerk van dit besluit ({reference}) en waarom u het er niet mee eens bent, en onderteken het (artikel 6:5 Awb). U kunt uw bezwaar ook digitaal indienen.

              Een bezwaarschrift schort de werking van dit besluit niet op. Kunt u de beslissing op uw bezwaar niet afwachten, dan kunt u de voorzieningenrechter van de rechtbank vragen om een voorlopige voorziening (artikel 8:81 Awb); daarvoor betaalt u griffierecht.
              """
            : $"""
              Bent u het niet eens met deze beslissing op uw bezwaar? Dan kunt u beroep instellen bij de bestuursrechter van de rechtbank (artikel 8:1 Algemene wet bestuursrecht). Dat moet binnen {termText} na de dag waarop deze beslissing is verzonden (artikel 6:7 en 6:8 Awb). Deze beslissing is verzonden op {DutchText.DateWithWeekday(sent)}. Uw beroepschrift moet dus uiterlijk op {DutchText.DateWithWeekday(lastDay)} zijn ingediend. Het is op tijd als de rechtbank het uiterlijk op die dag ontvangt. Stuurt u het per post, dan is het ook op tijd als u het uiterlijk op die dag op de post doet en de rechtbank het niet later dan een week daarna ontvangt (artikel 6:9 Awb).

              Vermeld in uw beroepschrift uw naam en adres, de datum, het kenmerk van deze beslissing ({reference}) en waarom u het er niet mee eens bent, en stuur een kopie van deze beslissing mee (artikel 6:5 Awb). Voor een beroep betaalt u griffierecht. Bij spoed kunt u de voorzieningenrechter vragen om een voorlopige voorziening (artikel 8:81 Awb).
              """;
        return new RechtsmiddelenClausule(remedy, sent, term, lastDay, text);
    }
}
