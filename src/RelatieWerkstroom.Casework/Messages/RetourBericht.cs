namespace RelatieWerkstroom.Casework.Messages;

/// <summary>A retourbericht (e.g. JW316 on a JW315 verzoek om toewijzing): the technical acknowledgement of a received message.</summary>
/// <param name="Header">The header of the retour (sender: the gemeente).</param>
/// <param name="IdentificatieRetour">The BerichtIdentificatie of the message acknowledged.</param>
/// <param name="DagtekeningRetour">Its dagtekening.</param>
/// <param name="Retourcode">WJ001 code; <c>0200</c> when there is nothing to report.</param>
public sealed record RetourBericht(BerichtHeader Header, string IdentificatieRetour, DateOnly DagtekeningRetour, string Retourcode);
