namespace RelatieWerkstroom.Casework.Steps.Chain;

/// <summary>
/// What a service step may say about a toewijzing; anything left out comes from the case (form values entered in tasks,
/// the beschikking, a registered verzoek) or from the defaults described on <see cref="SendToewijzing"/>.
/// </summary>
/// <param name="Productcategorie">WMO020/JZ020 code.</param>
/// <param name="Productcode">Productcode; none gives an aspecifieke toewijzing.</param>
/// <param name="Volume">Units per frequentie.</param>
/// <param name="Eenheid">WJ756 code.</param>
/// <param name="Frequentie">WMO757 code.</param>
/// <param name="Budget">Budget in euros.</param>
/// <param name="Ingangsdatum">First day of delivery.</param>
/// <param name="Einddatum">Last day of delivery.</param>
/// <param name="Aanbieder">AGB code of the aanbieder.</param>
/// <param name="ReferentieAanbieder">The aanbieder's reference of the verzoek this answers.</param>
/// <param name="Verwijzer">COD327 code of the verwijzer (iJw).</param>
/// <param name="Uitvoeringsvariant">inspanningsgericht, outputgericht or taakgericht; the settings' variant for the law when not given.</param>
internal sealed record ToewijzingInput(
    string? Productcategorie,
    string? Productcode,
    int? Volume,
    string? Eenheid,
    string? Frequentie,
    decimal? Budget,
    DateOnly? Ingangsdatum,
    DateOnly? Einddatum,
    string? Aanbieder,
    string? ReferentieAanbieder,
    string? Verwijzer,
    string? Uitvoeringsvariant);
