namespace RelatieWerkstroom.Casework.Steps.Procurement;

/// <summary>An inschrijving as the award step reads it: the inschrijver's reference and, when scored, its score and rank.</summary>
/// <param name="Inschrijver">The inschrijver's reference (company name or KvK number).</param>
/// <param name="Score">The score on the award criterion, when scored.</param>
/// <param name="Rang">The rank (1 = best); derived from the order or the scores when not given.</param>
public sealed record Inschrijving(string Inschrijver, decimal? Score = null, int? Rang = null);
