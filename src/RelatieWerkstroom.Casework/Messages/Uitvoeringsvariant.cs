namespace RelatieWerkstroom.Casework.Messages;

/// <summary>How the contract funds the aanbieder, which decides what a toewijzing must say about the amount of support.</summary>
public enum Uitvoeringsvariant
{
    /// <summary>Inspanningsgericht: paid per unit of time or effort; the toewijzing carries an omvang (volume, eenheid, frequentie).</summary>
    Inspanningsgericht,

    /// <summary>Outputgericht: paid per product or result; the toewijzing carries an omvang in stuks (output) or euro's, or a budget.</summary>
    Outputgericht,

    /// <summary>Taakgericht: lump-sum funding; the toewijzing names only the category, without omvang or productcode.</summary>
    Taakgericht,
}
