using RelatieWerkstroom.Engine.LegalTime;

namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>
/// What kind of term a legal clock measures: who owes the act, whether it is a deadline or a waiting period, where the
/// rule comes from (national, local, contract, internal, as in the friction annotation) and which verdaging the law
/// allows. Recorded on the start of the clock and journalled, so reports count only municipal statutory deadlines as
/// breaches.
/// </summary>
/// <param name="OwedBy">One of <see cref="ClockOwedBy"/>.</param>
/// <param name="TermKind">One of <see cref="ClockTermKind"/>.</param>
/// <param name="Origin">national, local, contract or internal.</param>
/// <param name="Verdaging">The extensions the law allows.</param>
public sealed record ClockProfile(string OwedBy, string TermKind, string Origin, VerdagingRule Verdaging)
{
    /// <summary>The origins a clock can have, as in the friction annotation.</summary>
    public static IReadOnlyList<string> Origins { get; } = ["national", "local", "contract", "internal"];

    /// <summary>A statutory deadline of the bestuursorgaan with no rule on verdaging beyond notice within the term (the default).</summary>
    public static ClockProfile Default { get; } = new(ClockOwedBy.Bestuursorgaan, ClockTermKind.Deadline, "national", VerdagingRule.Any);

    /// <summary>Whether missing the term is a municipal breach (termijnoverschrijding): the bestuursorgaan's statutory deadline.</summary>
    public bool IsMunicipalStatutoryDeadline =>
        OwedBy == ClockOwedBy.Bestuursorgaan && TermKind == ClockTermKind.Deadline && Origin == "national";

    /// <summary>Whether the term belongs to the inwoner: it expires at its legal end and is never a municipal breach.</summary>
    public bool IsCitizensTerm => OwedBy == ClockOwedBy.Inwoner;
}
