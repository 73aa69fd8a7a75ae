namespace RelatieWerkstroom.Casework.Registers;

/// <summary>
/// The basisregistraties and sector registers a case consults instead of asking the citizen or aanbieder again
/// (once-only; e.g. Wmo 2015 art. 2.3.8 lid 2): BRP, CAK, Wlz-register, Suwinet, RDW, Kadaster, KvK, AGB, the
/// Waarschuwingsregister zorgfraude.
/// </summary>
public interface IRegisterLookup
{
    /// <summary>Asks <paramref name="register"/> about the pseudonymised subject (or organisation reference) for <paramref name="purpose"/>.</summary>
    Task<RegisterAnswer> LookupAsync(string register, string subjectReference, string purpose, CancellationToken cancellationToken = default);
}
