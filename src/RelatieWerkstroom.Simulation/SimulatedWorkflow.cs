namespace RelatieWerkstroom.Simulation;

/// <summary>One workflow in the simulated caseload: how many of the arriving cases it gets and who handles them.</summary>
/// <param name="DefinitionId">The workflow definition started for the case.</param>
/// <param name="Zaaktype">The zaaktype of the case file.</param>
/// <param name="Share">Its share of the arrivals (shares are normalised over all workflows).</param>
/// <param name="Teams">The teams that own its cases, chosen evenly.</param>
/// <param name="HasSubject">Whether a case is about a citizen (a fake BSN and name), or about a tender or provider.</param>
/// <param name="Title">The case file title (no personal data).</param>
/// <param name="Decision">The discretion id or task activity id whose choice is the case's decision (bezwaar rates and herindicaties follow it).</param>
public sealed record SimulatedWorkflow(
    string DefinitionId,
    string Zaaktype,
    double Share,
    IReadOnlyList<string> Teams,
    bool HasSubject,
    string Title,
    string? Decision)
{
    /// <summary>
    /// Workflow variables set when a case opens, each drawn from its values with the given shares, e.g. the route of a
    /// Jeugdwet case: <c>{ "Route": { "melding": 0.65, "verwijzing": 0.25, "maatregel": 0.1 } }</c>.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> StartVariables { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, double>>();
}
