namespace RelatieWerkstroom.Casework.Messages;

/// <summary>A payment order for the uitkeringsadministratie (e.g. a voorschot on bijstand); the client is the pseudonym, the sender adds the bank account at the boundary.</summary>
/// <param name="Gemeentecode">The gemeente (four digits).</param>
/// <param name="ClientReferentie">The client's pseudonym.</param>
/// <param name="Besluitnummer">The decision the payment rests on.</param>
/// <param name="Soort">What is paid, e.g. <c>voorschot-bijstand</c>.</param>
/// <param name="Bedrag">The amount in euros, or null when the sender applies <paramref name="Percentage"/> to the client's norm.</param>
/// <param name="Percentage">The percentage of the norm.</param>
/// <param name="Periode">The period the amount covers, e.g. <c>maand</c>.</param>
/// <param name="Ingangsdatum">From when.</param>
/// <param name="Grondslag">The legal basis.</param>
public sealed record Betaalopdracht(
    string Gemeentecode,
    string ClientReferentie,
    string Besluitnummer,
    string Soort,
    decimal? Bedrag,
    decimal Percentage,
    string Periode,
    DateOnly Ingangsdatum,
    string Grondslag);
