using RelatieWerkstroom.Engine.LegalTime;

namespace RelatieWerkstroom.Casework.Settings;

/// <summary>
/// A named term of the municipality settings with what the settings file says about it: where it comes from and the
/// rule that sets it. A LegalClock names it as <c>setting:&lt;name&gt;</c>.
/// </summary>
/// <param name="Name">The key in <c>terms</c>, e.g. <c>jeugd-onderzoekstermijn</c>.</param>
/// <param name="Term">The length.</param>
/// <param name="Origin">local, contract or internal; null when the settings give only the length.</param>
/// <param name="Basis">The rule that sets the term (verordening, contract, werkinstructie); null when not given.</param>
/// <param name="Note">An explanation for the designer; null when not given.</param>
/// <param name="Workflow">The definition id of the workflow meant to use it, when the settings say so.</param>
/// <param name="Clock">The name of the clock meant to use it, when the settings say so.</param>
public sealed record TermSetting(
    string Name,
    LegalTerm Term,
    string? Origin = null,
    string? Basis = null,
    string? Note = null,
    string? Workflow = null,
    string? Clock = null);
