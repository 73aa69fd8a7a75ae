using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Persistence.Stores;

namespace RelatieWerkstroom.Persistence.Extensions;

/// <summary>Registers the database-backed stores.</summary>
public static class PersistenceExtensions
{
    /// <summary>
    /// Registers the context factory, the instance store (as <see cref="IWorkflowInstanceStore"/> and
    /// <see cref="IJournalReader"/>), the definition store and the <see cref="PersistenceInitializer"/>.
    /// Call <see cref="InitializePersistenceAsync"/> at start to apply migrations. For case files, follow with
    /// <see cref="CaseworkPersistenceExtensions.AddCaseworkPersistence"/> and then Casework's <c>AddCaseFiles()</c>.
    /// </summary>
    public static IServiceCollection AddPersistence(this IServiceCollection services, PersistenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Fail at registration, not at the first query, when the options name no database.
        options.ResolveConnectionString();
        var factory = new WerkstroomDbContextFactory(options);
        services.AddSingleton(options);
        services.AddSingleton(factory);
        services.AddSingleton<IDbContextFactory<WerkstroomDbContext>>(factory);
        services.AddSingleton<PersistenceInitializer>();
        services.AddSingleton<EFCoreWorkflowInstanceStore>();
        services.AddSingleton<IWorkflowInstanceStore>(sp => sp.GetRequiredService<EFCoreWorkflowInstanceStore>());
        services.AddSingleton<IJournalReader>(sp => sp.GetRequiredService<EFCoreWorkflowInstanceStore>());
        services.AddSingleton(sp => new EFCoreWorkflowDefinitionStore(
            sp.GetRequiredService<IDbContextFactory<WerkstroomDbContext>>(), sp.GetService<TimeProvider>()));
        services.AddSingleton<IWorkflowDefinitionStore>(sp => sp.GetRequiredService<EFCoreWorkflowDefinitionStore>());
        return services;
    }

    /// <summary>
    /// Applies pending migrations (creating the database when missing, unless <paramref name="requireExisting"/>); call once
    /// at start. Refuses a database of another application or of a newer version (<see cref="DatabaseRefusedException"/>).
    /// </summary>
    public static Task InitializePersistenceAsync(this IServiceProvider services, CancellationToken cancellationToken = default, bool requireExisting = false) =>
        services.GetRequiredService<PersistenceInitializer>().InitializeAsync(cancellationToken, requireExisting);
}
