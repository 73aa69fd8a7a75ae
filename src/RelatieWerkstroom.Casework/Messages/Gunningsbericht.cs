namespace RelatieWerkstroom.Casework.Messages;

/// <summary>
/// The gunningsbeslissing as it goes to one inschrijver (Aanbestedingswet 2012 art. 1.15 lid 2, 2.130): whether it is
/// the intended winner, its rank and the relevant reasons.
/// </summary>
/// <param name="TenderId">The tender.</param>
/// <param name="Inschrijver">The inschrijver's reference.</param>
/// <param name="Uitkomst"><c>voorgenomen-gunning</c> or <c>afgewezen</c>.</param>
/// <param name="Rang">Its rank (1 = best).</param>
/// <param name="Winnaar">The inschrijver the contract is to be awarded to.</param>
/// <param name="Gunningscriterium">The award criterion.</param>
/// <param name="Redenen">The relevant reasons (for an afgewezen inschrijver: the characteristics and relative advantages of the winning bid).</param>
/// <param name="StandstillDagen">The standstill period the gemeente applies, in calendar days.</param>
/// <param name="DocumentId">The gunningsbeslissing on the case file.</param>
public sealed record Gunningsbericht(
    string TenderId,
    string Inschrijver,
    string Uitkomst,
    int Rang,
    string Winnaar,
    string Gunningscriterium,
    IReadOnlyList<string> Redenen,
    int StandstillDagen,
    string DocumentId);
