namespace RelatieWerkstroom.Casework.Messages;

/// <summary>
/// A pgb toekenning for the SVB, which pays the budgethouder's care providers (trekkingsrecht; Wmo 2015 art. 2.6.2,
/// Jeugdwet art. 8.1.8). The budgethouder is the pseudonym; the sender adds the BSN at the boundary.
/// </summary>
/// <param name="Gemeentecode">The gemeente (four digits).</param>
/// <param name="BudgethouderReferentie">The budgethouder's pseudonym.</param>
/// <param name="Beschikkingnummer">The beschikking that granted the pgb.</param>
/// <param name="Wet"><c>Wmo 2015</c> or <c>Jeugdwet</c>.</param>
/// <param name="Productcategorie">WMO020/JZ020 code.</param>
/// <param name="Ingangsdatum">First day of the budget.</param>
/// <param name="Einddatum">Last day, when limited.</param>
/// <param name="Budget">The budget in euros, or null while it is still to be set (see <paramref name="Ontbrekend"/>).</param>
/// <param name="BudgetPeriode">The period the budget covers: <c>maand</c>, <c>jaar</c> or <c>totaal</c>.</param>
/// <param name="TariefInformeleHulp">The tariff for help from the own network: <c>formeel</c> or <c>informeel</c>, when decided.</param>
/// <param name="Ontbrekend">Fields the SVB needs that the case does not give yet; the sender holds the message until they are supplied.</param>
public sealed record PgbToekenning(
    string Gemeentecode,
    string BudgethouderReferentie,
    string Beschikkingnummer,
    string Wet,
    string Productcategorie,
    DateOnly Ingangsdatum,
    DateOnly? Einddatum,
    decimal? Budget,
    string BudgetPeriode,
    string? TariefInformeleHulp,
    IReadOnlyList<string> Ontbrekend);
