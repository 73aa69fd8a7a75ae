namespace RelatieWerkstroom.Casework.Messages;

/// <summary>
/// The notification to the CAK (iEb exchange) that a Wmo maatwerkvoorziening or pgb starts, so the CAK can set and
/// collect the eigen bijdrage (Wmo 2015 art. 2.1.4). The client is the pseudonym; the sender adds the BSN at the boundary.
/// </summary>
/// <param name="Gemeentecode">The gemeente (four digits).</param>
/// <param name="ClientReferentie">The client's pseudonym.</param>
/// <param name="Beschikkingnummer">The beschikking that granted the voorziening.</param>
/// <param name="Leveringsvorm"><c>ZIN</c> (zorg in natura) or <c>PGB</c>.</param>
/// <param name="Productcategorie">WMO020 code, when a toewijzing was sent.</param>
/// <param name="ToewijzingNummer">The toewijzing, when one was sent.</param>
/// <param name="Ingangsdatum">First day of the voorziening.</param>
/// <param name="Einddatum">Last day, when limited.</param>
/// <param name="Vrijgesteld">Whether the gemeente exempted the client from the eigen bijdrage (local policy).</param>
/// <param name="Grondslag">The legal basis of the bijdrage.</param>
public sealed record EigenBijdrageMelding(
    string Gemeentecode,
    string ClientReferentie,
    string Beschikkingnummer,
    string Leveringsvorm,
    string? Productcategorie,
    string? ToewijzingNummer,
    DateOnly Ingangsdatum,
    DateOnly? Einddatum,
    bool Vrijgesteld,
    string Grondslag);
