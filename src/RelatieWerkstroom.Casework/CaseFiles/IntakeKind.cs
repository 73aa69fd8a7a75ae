using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.Settings;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>
/// What can come in at the front desk and which workflow handles it: a Wmo melding (RW-1), a melding for jeugdhulp
/// (RW-2, route melding) or an aanvraag bijstand (RW-5) — a municipality that maps the zaaktype to another definition in
/// its settings gets that one — and every other published casework workflow that is not a reference workflow (drawn in
/// the designer or imported), under its own definition id.
/// </summary>
/// <param name="Id">Id of the kind, e.g. <c>wmo-melding</c>; for an own workflow its definition id.</param>
/// <param name="Soort">melding or aanvraag.</param>
/// <param name="Zaaktype">The zaaktype of the case it opens.</param>
/// <param name="Title">What it is, in Dutch; for an own workflow its name.</param>
/// <param name="Law">The law it falls under; for an own workflow what its definition says (<c>customProperties.law</c>) or that it is one.</param>
/// <param name="DefinitionId">The workflow that handles it.</param>
/// <param name="Route">The value of RW-2's <c>Route</c> variable, when the workflow has one.</param>
public sealed record IntakeKind(string Id, string Soort, string Zaaktype, string Title, string Law, string DefinitionId, string? Route = null)
{
    /// <summary>The reference kinds, in the order the form offers them.</summary>
    public static IReadOnlyList<IntakeKind> All { get; } =
    [
        new("wmo-melding", "melding", "wmo-maatwerkvoorziening", "Melding Wmo (ondersteuning thuis)", "Wmo 2015", "rw1-wmo-maatwerkvoorziening"),
        new("jeugd-melding", "melding", "jeugdwet-toegang", "Melding jeugdhulp", "Jeugdwet", "rw2-jeugdwet-toegang", "melding"),
        new("bijstand-aanvraag", "aanvraag", "participatiewet-bijstand", "Aanvraag bijstand", "Participatiewet", "rw5-bijstand"),
    ];

    /// <summary>The reference kind with <paramref name="id"/>, or null.</summary>
    public static IntakeKind? Find(string? id) => All.FirstOrDefault(k => string.Equals(k.Id, id?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether this is one of the three reference kinds, whose workflow the settings may replace.</summary>
    public bool IsReference => All.Contains(this);

    /// <summary>
    /// The kind for a published workflow of the municipality's own, or null when <paramref name="definition"/> needs no
    /// case file (no Casework activity), is a reference workflow (<c>customProperties.referenceWorkflow</c>: those are
    /// taken in through <see cref="All"/> or started from another case, such as a bezwaar), or is the workflow a
    /// reference kind or the settings' zaaktype mapping already leads to. Its zaaktype is <c>customProperties.zaaktype</c>,
    /// else the definition id; its soort <c>customProperties.soort</c> (melding or aanvraag, default aanvraag).
    /// </summary>
    public static IntakeKind? ForWorkflow(WorkflowDefinition definition, IMunicipalitySettings settings)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(settings);
        if (!definition.IsPublished || !CaseworkActivities.NeedCaseFile(definition)) return null;
        if (definition.CustomProperties["referenceWorkflow"] is JsonValue flag && flag.TryGetValue<bool>(out var reference) && reference) return null;
        if (All.Any(k => k.DefinitionId == definition.DefinitionId || settings.Zaaktypen.GetValueOrDefault(k.Zaaktype) == definition.DefinitionId)) return null;
        var soort = Text(definition, "soort") is { } s && s.Equals("melding", StringComparison.OrdinalIgnoreCase) ? "melding" : "aanvraag";
        var title = definition.Name is { Length: > 0 } name ? name.Trim() : definition.DefinitionId;
        var law = Text(definition, "law") ?? $"Eigen werkproces, versie {definition.Version}";
        return new(definition.DefinitionId, soort, Text(definition, "zaaktype") ?? definition.DefinitionId, title, law, definition.DefinitionId);
    }

    /// <summary>The reference kinds, then the kinds of the published own workflows by title (one read of the store).</summary>
    public static async Task<IReadOnlyList<IntakeKind>> ListAsync(IWorkflowDefinitionStore definitions, IMunicipalitySettings settings,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var own = (await definitions.ListPublishedAsync(cancellationToken))
            .Select(d => ForWorkflow(d, settings))
            .OfType<IntakeKind>()
            .Where(k => Find(k.Id) is null)
            .OrderBy(k => k.Title, StringComparer.CurrentCulture);
        return [.. All, .. own];
    }

    /// <summary>The reference kind with <paramref name="id"/>, else the kind of the published workflow with that definition id, else null.</summary>
    public static async Task<IntakeKind?> FindAsync(string? id, IWorkflowDefinitionStore definitions, IMunicipalitySettings settings,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        if (Find(id) is { } reference) return reference;
        if (string.IsNullOrWhiteSpace(id) || id.Length > 200) return null;
        return await definitions.FindPublishedAsync(id.Trim(), cancellationToken) is { } published ? ForWorkflow(published, settings) : null;
    }

    private static string? Text(WorkflowDefinition definition, string property) =>
        definition.CustomProperties[property] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
}
