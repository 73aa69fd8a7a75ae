namespace RelatieWerkstroom.Casework.Messages;

/// <summary>CDT_Omvang: how much support, e.g. 3 uur (04) per week (2).</summary>
/// <param name="Volume">Whole number of units.</param>
/// <param name="Eenheid">WJ756 code.</param>
/// <param name="Frequentie">WMO757 code.</param>
public sealed record Omvang(int Volume, string Eenheid, string Frequentie);
