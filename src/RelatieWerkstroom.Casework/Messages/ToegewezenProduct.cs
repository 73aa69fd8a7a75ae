namespace RelatieWerkstroom.Casework.Messages;

/// <summary>One product the gemeente assigns to the aanbieder in a WMO301 or JW301 toewijzing.</summary>
/// <param name="ToewijzingNummer">The gemeente's number of the assignment (LDT_Nummer).</param>
/// <param name="ReferentieAanbieder">The aanbieder's reference of the verzoek om toewijzing this answers, if any.</param>
/// <param name="Product">Productcategorie and optional productcode.</param>
/// <param name="Toewijzingsdatum">The day the gemeente fixed the toewijzing.</param>
/// <param name="Toewijzingstijd">The time it did so.</param>
/// <param name="Ingangsdatum">The first day the product is delivered.</param>
/// <param name="Einddatum">The last day, when limited.</param>
/// <param name="RedenWijziging">JZ002/WMO002 code when this changes an earlier toewijzing.</param>
/// <param name="Omvang">How much (inspanningsgericht and outputgericht); null for taakgericht.</param>
/// <param name="Budget">Budget in eurocent, when assigned as a budget.</param>
/// <param name="Commentaar">Free text for the aanbieder (no personal data).</param>
/// <param name="Verwijzer">Who referred (iJw only).</param>
public sealed record ToegewezenProduct(
    string ToewijzingNummer,
    string? ReferentieAanbieder,
    Product Product,
    DateOnly Toewijzingsdatum,
    TimeOnly Toewijzingstijd,
    DateOnly Ingangsdatum,
    DateOnly? Einddatum,
    string? RedenWijziging,
    Omvang? Omvang,
    long? Budget,
    string? Commentaar,
    Verwijzer? Verwijzer);
