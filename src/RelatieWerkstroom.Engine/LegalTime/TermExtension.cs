namespace RelatieWerkstroom.Engine.LegalTime;

/// <summary>A verdaging of a term by a further term (Awb 4:14, 7:10 lid 3 and 4), with its reason.</summary>
/// <param name="Term">The added term, counted from the end of the term it extends.</param>
/// <param name="Reason">Why the term was extended, for example "Verdaging (Awb 7:10 lid 3)".</param>
/// <param name="NotifiedOn">The day the extension was notified, when known.</param>
/// <param name="FurtherDelayGround">
/// For a further delay beyond the one verdaging of Awb 7:10 lid 3: the ground of lid 4 (for example "instemming indiener").
/// </param>
public sealed record TermExtension(LegalTerm Term, string Reason, DateOnly? NotifiedOn = null, string? FurtherDelayGround = null);
