namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>
/// What can come in at the front desk and which reference workflow handles it: a Wmo melding (RW-1), a melding for
/// jeugdhulp (RW-2, route melding) or an aanvraag bijstand (RW-5). A municipality that maps the zaaktype to another
/// definition in its settings gets that one.
/// </summary>
/// <param name="Id">Id of the kind, e.g. <c>wmo-melding</c>.</param>
/// <param name="Soort">melding or aanvraag.</param>
/// <param name="Zaaktype">The zaaktype of the case it opens.</param>
/// <param name="Title">What it is, in Dutch.</param>
/// <param name="Law">The law it falls under.</param>
/// <param name="DefinitionId">The reference workflow that handles it.</param>
/// <param name="Route">The value of RW-2's <c>Route</c> variable, when the workflow has one.</param>
public sealed record IntakeKind(string Id, string Soort, string Zaaktype, string Title, string Law, string DefinitionId, string? Route = null)
{
    /// <summary>The kinds, in the order the form offers them.</summary>
    public static IReadOnlyList<IntakeKind> All { get; } =
    [
        new("wmo-melding", "melding", "wmo-maatwerkvoorziening", "Melding Wmo (ondersteuning thuis)", "Wmo 2015", "rw1-wmo-maatwerkvoorziening"),
        new("jeugd-melding", "melding", "jeugdwet-toegang", "Melding jeugdhulp", "Jeugdwet", "rw2-jeugdwet-toegang", "melding"),
        new("bijstand-aanvraag", "aanvraag", "participatiewet-bijstand", "Aanvraag bijstand", "Participatiewet", "rw5-bijstand"),
    ];

    /// <summary>The kind with <paramref name="id"/>, or null.</summary>
    public static IntakeKind? Find(string? id) => All.FirstOrDefault(k => string.Equals(k.Id, id?.Trim(), StringComparison.OrdinalIgnoreCase));
}
