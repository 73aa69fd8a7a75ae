namespace RelatieWerkstroom.Casework.Validation;

/// <summary>Why a casework command was refused (the web layer maps these to 404, 403 and 409).</summary>
public enum RefusalKind
{
    /// <summary>The case file, task or subject does not exist (or no longer).</summary>
    NotFound,

    /// <summary>The user may not see or do this (other team, missing role).</summary>
    Forbidden,

    /// <summary>The state does not allow it (claimed by someone else, case still running).</summary>
    Conflict,
}
