using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using RelatieWerkstroom.Persistence;
using RelatieWerkstroom.Persistence.Import;

namespace RelatieWerkstroom.Simulation.Seeding;

/// <summary>
/// Runs a simulation straight into a database (SQLite, or PostgreSQL): the journal is written while the simulation runs, then the
/// instances with their open bookmarks, the case files with their clocks, the fake subjects and the outbox, all in one
/// transaction (nothing is stored when anything fails). The database must hold no workflow data yet.
/// </summary>
public static class CaseloadImport
{
    /// <summary>What was simulated and stored.</summary>
    /// <param name="Outcome">The simulation's counts.</param>
    /// <param name="RowsWritten">Rows per table.</param>
    /// <param name="Simulated">Time spent simulating (with the journal written alongside).</param>
    /// <param name="Stored">Time spent storing the rest and committing.</param>
    /// <param name="End">The simulation clock at the end (the request's end moment).</param>
    public sealed record Result(SimulationOutcome Outcome, IReadOnlyDictionary<string, long> RowsWritten, TimeSpan Simulated, TimeSpan Stored, DateTimeOffset End);

    /// <summary>
    /// Simulates <paramref name="request"/> and stores the result. <paramref name="run"/> runs the simulator (to show
    /// progress; by default <c>simulator.RunAsync()</c>). Definitions are stored too unless the request's are
    /// <see cref="SimulationRequest.DefinitionsAreStoredVersions"/> (then the database holds them already).
    /// Throws <see cref="InvalidOperationException"/> when the database already holds workflow data,
    /// and what the simulation throws for bad settings or definitions.
    /// </summary>
    public static async Task<Result> SimulateIntoAsync(IDbContextFactory<WerkstroomDbContext> contexts, SimulationRequest request,
        Func<CaseloadSimulator, CancellationToken, Task<SimulationOutcome>>? run = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        ArgumentNullException.ThrowIfNull(request);
        run ??= (simulator, ct) => simulator.RunAsync(null, ct);
        await using var importer = await BulkImporter.BeginAsync(contexts, definitionsPresent: request.DefinitionsAreStoredVersions, cancellationToken);
        var total = Stopwatch.StartNew();
        var spool = new JournalSpool(importer.AddJournal);
        await using var simulator = new CaseloadSimulator(request, spool.Add);
        SimulationOutcome outcome;
        try
        {
            outcome = await run(simulator, cancellationToken);
        }
        finally
        {
            // The spool's writer must stop before the importer goes, also when the simulation failed.
            await spool.CompleteAsync();
        }
        var simulated = total.Elapsed;
        if (!request.DefinitionsAreStoredVersions) importer.AddDefinitions(simulator.StoredDefinitions, request.StartMoment);
        importer.AddInstances(simulator.Instances.Instances);
        await importer.AddCaseFilesAsync(simulator.CaseFilesAsync(), cancellationToken);
        await importer.AddSubjectsAsync(simulator.SubjectsAsync(), cancellationToken);
        await importer.AddOutboxAsync(simulator.OutboxAsync(), cancellationToken);
        await importer.CommitAsync(cancellationToken);
        return new Result(outcome, importer.RowsWritten, simulated, total.Elapsed - simulated, simulator.Now);
    }
}
