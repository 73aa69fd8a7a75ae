namespace RelatieWerkstroom.Cli.Simulation;

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
    string? Decision);
