namespace RelatieWerkstroom.Casework.Messages;

/// <summary>CDT_BerichtIdentificatie: the sender's id of a delivery and its date.</summary>
/// <param name="Identificatie">Unique per sender (max. 12 characters in iWmo/iJw 3.2).</param>
/// <param name="Dagtekening">The date of the delivery.</param>
public sealed record BerichtIdentificatie(string Identificatie, DateOnly Dagtekening);
