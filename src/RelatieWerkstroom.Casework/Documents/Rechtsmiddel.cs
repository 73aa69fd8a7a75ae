namespace RelatieWerkstroom.Casework.Documents;

/// <summary>Which remedy a letter points to.</summary>
public enum Rechtsmiddel
{
    /// <summary>Bezwaar bij het college (Awb 6:4, 6:7): against a primary decision.</summary>
    Bezwaar,

    /// <summary>Beroep bij de rechtbank (Awb 8:1, 6:7): against a beslissing op bezwaar.</summary>
    Beroep,

    /// <summary>No administrative remedy (a decision under private law, such as a procurement or admission decision).</summary>
    Geen,
}
