namespace RelatieWerkstroom.Casework.Registers;

/// <summary>What a register said about the person or organisation asked for.</summary>
public enum RegisterStatus
{
    /// <summary>The register knows the subject (BRP: ingeschreven; Wlz-register: has an indicatie; KvK: ingeschreven).</summary>
    Bekend,

    /// <summary>The register does not know the subject.</summary>
    Onbekend,

    /// <summary>The register could not be consulted (not connected, no answer); the data must be asked for another way.</summary>
    NietBeschikbaar,
}
