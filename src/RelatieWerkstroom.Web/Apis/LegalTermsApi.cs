using Microsoft.AspNetCore.Http.HttpResults;
using RelatieWerkstroom.Casework.Settings;

namespace RelatieWerkstroom.Web.Apis;

/// <summary>
/// <c>GET /api/legal-terms</c>: the named terms of the municipality settings the host runs with, read-only, for the
/// designer's term picker (a LegalClock's term <c>setting:name</c>).
/// </summary>
public static class LegalTermsApi
{
    /// <summary>One named term: its length in English (as a definition writes it) and in Dutch, and what it rests on.</summary>
    /// <param name="Name">The name a LegalClock refers to as <c>setting:name</c>.</param>
    /// <param name="Term">The length as a definition writes it, e.g. <c>6 weeks</c>.</param>
    /// <param name="TermNl">The length in Dutch, e.g. <c>6 weken</c>.</param>
    /// <param name="Amount">The number of units.</param>
    /// <param name="Unit">hours, days, weeks, months or years.</param>
    /// <param name="Origin">local, contract or internal; null when the settings do not say.</param>
    /// <param name="Basis">The rule that sets the term; null when the settings do not say.</param>
    /// <param name="Note">An explanation from the settings.</param>
    /// <param name="Workflow">The definition id of the workflow the settings mean it for.</param>
    /// <param name="Clock">The clock name the settings mean it for.</param>
    public sealed record LegalTermEntry(
        string Name,
        string Term,
        string TermNl,
        int Amount,
        string Unit,
        string? Origin,
        string? Basis,
        string? Note,
        string? Workflow,
        string? Clock);

    /// <summary>The named terms with the municipality they belong to.</summary>
    public sealed record LegalTermList(string Municipality, IReadOnlyList<LegalTermEntry> Terms);

    /// <summary>Maps the endpoint.</summary>
    public static RouteGroupBuilder MapLegalTermsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/legal-terms", (IMunicipalitySettings settings) => TypedResults.Ok(List(settings)))
            .WithTags("Ontwerpen").WithSummary("Benoemde termijnen uit de instellingen van de gemeente (alleen lezen)");
        return api;
    }

    private static LegalTermList List(IMunicipalitySettings settings) => new(
        settings.Municipality,
        [.. settings.TermSettings.Select(t => new LegalTermEntry(
            t.Name, t.Term.ToString(), t.Term.ToDutchString(), t.Term.Amount, t.Term.Unit.ToString().ToLowerInvariant(),
            t.Origin, t.Basis, t.Note, t.Workflow, t.Clock))]);
}
