using RelatieWerkstroom.Engine.LegalTime;

namespace RelatieWerkstroom.Casework.Documents;

/// <summary>
/// The rechtsmiddelenclausule of a decision (Awb 3:45): which remedy, and the last day to use it. The term is six weeks
/// (Awb 6:7) from the day after the decision was sent (6:8 lid 1), extended by the Algemene termijnenwet when it ends
/// on a weekend day or public holiday.
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
              Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken. Dat moet binnen {termText} na de dag waarop dit besluit is verzonden (artikel 6:7 en 6:8 Algemene wet bestuursrecht). Uw bezwaarschrift moet dus uiterlijk op {DutchText.DateWithWeekday(lastDay)} bij ons zijn ontvangen.

              Zet in uw bezwaarschrift in ieder geval uw naam en adres, de datum, het kenmerk van dit besluit ({reference}) en waarom u het er niet mee eens bent, en onderteken het (artikel 6:5 Awb). U kunt uw bezwaar ook digitaal indienen.

              Een bezwaarschrift schort de werking van dit besluit niet op. Kunt u de beslissing op uw bezwaar niet afwachten, dan kunt u de voorzieningenrechter van de rechtbank vragen om een voorlopige voorziening (artikel 8:81 Awb); daarvoor betaalt u griffierecht.
              """
            : $"""
              Bent u het niet eens met deze beslissing op uw bezwaar? Dan kunt u beroep instellen bij de rechtbank, sector bestuursrecht (artikel 8:1 Algemene wet bestuursrecht). Dat moet binnen {termText} na de dag waarop deze beslissing is verzonden (artikel 6:7 en 6:8 Awb). Uw beroepschrift moet dus uiterlijk op {DutchText.DateWithWeekday(lastDay)} bij de rechtbank zijn ontvangen.

              Vermeld in uw beroepschrift uw naam en adres, de datum, het kenmerk van deze beslissing ({reference}) en waarom u het er niet mee eens bent, en stuur een kopie van deze beslissing mee (artikel 6:5 Awb). Voor een beroep betaalt u griffierecht. Bij spoed kunt u de voorzieningenrechter vragen om een voorlopige voorziening (artikel 8:81 Awb).
              """;
        return new RechtsmiddelenClausule(remedy, sent, term, lastDay, text);
    }
}
