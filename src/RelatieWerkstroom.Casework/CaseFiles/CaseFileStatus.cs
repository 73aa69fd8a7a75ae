namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>Whether a case file is being worked on.</summary>
public enum CaseFileStatus
{
    /// <summary>Open.</summary>
    Open,

    /// <summary>Closed (afgesloten).</summary>
    Closed,
}
