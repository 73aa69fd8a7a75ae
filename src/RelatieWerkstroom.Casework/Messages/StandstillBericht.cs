namespace RelatieWerkstroom.Casework.Messages;

/// <summary>The standstill notice to one inschrijver: the opschortende termijn and the day it ends (Aanbestedingswet 2012 art. 2.127, 2.130 lid 2).</summary>
/// <param name="TenderId">The tender.</param>
/// <param name="Inschrijver">The inschrijver's reference.</param>
/// <param name="Dagen">The period in calendar days (0: none).</param>
/// <param name="Gunningsdatum">The day the gunningsbeslissing was sent; the period runs from the day after.</param>
/// <param name="Einddatum">The last day of the period, after the Algemene termijnenwet.</param>
/// <param name="Grondslag">The legal basis or policy that sets the period.</param>
public sealed record StandstillBericht(string TenderId, string Inschrijver, int Dagen, DateOnly Gunningsdatum, DateOnly Einddatum, string Grondslag);
