namespace RelatieWerkstroom.Casework.Messages;

/// <summary>
/// A WMO301 (iWmo) or JW301 (iJw) toewijzing as it waits in the outbox. The client is the pseudonym only: the sender at
/// the boundary fills Bsn, Geboortedatum, Geslacht, Naam and Contactgegevens from the subject store, so no personal data
/// is kept with the message.
/// </summary>
/// <param name="Header">The message header.</param>
/// <param name="ClientReferentie">The pseudonym (subject id) of the client.</param>
/// <param name="ToegewezenProducten">The assigned products.</param>
public sealed record ToewijzingBericht(BerichtHeader Header, string ClientReferentie, IReadOnlyList<ToegewezenProduct> ToegewezenProducten);
