using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Outbox;
using RelatieWerkstroom.Casework.Subjects;
using RelatieWerkstroom.Casework.Worklist;
using RelatieWerkstroom.Persistence.Stores;

namespace RelatieWerkstroom.Persistence.Extensions;

/// <summary>Registers the database-backed casework stores (case files, subjects, outbox).</summary>
public static class CaseworkPersistenceExtensions
{
    /// <summary>
    /// Registers <see cref="EFCoreCaseFileStore"/>, <see cref="EFCoreCaseSubjectStore"/>, <see cref="EFCoreOutbox"/> and the
    /// worklist's <see cref="EFCoreWorklistReader"/> (replacing any other case-file, subject, outbox store or worklist reader) and enlists the case-file side of every burst in the
    /// instance store's transaction (<see cref="CaseFileCommitParticipant"/>). Call order:
    /// <c>AddPersistence(options)</c>, then <c>AddCaseworkPersistence()</c>, then Casework's <c>AddCaseFiles()</c>
    /// (which wraps the instance store registered before it and adds in-memory stores only where none are registered).
    /// </summary>
    public static IServiceCollection AddCaseworkPersistence(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(IDbContextFactory<WerkstroomDbContext>)))
            throw new InvalidOperationException("call services.AddPersistence(options) before services.AddCaseworkPersistence()");

        services.RemoveAll<ICaseFileStore>();
        services.RemoveAll<ICaseSubjectStore>();
        services.RemoveAll<IOutbox>();
        services.RemoveAll<IWorklistReader>();
        services.TryAddSingleton<EFCoreCaseFileStore>();
        services.TryAddSingleton<EFCoreCaseSubjectStore>();
        services.TryAddSingleton<EFCoreOutbox>();
        services.AddSingleton<ICaseFileStore>(sp => sp.GetRequiredService<EFCoreCaseFileStore>());
        services.AddSingleton<ICaseSubjectStore>(sp => sp.GetRequiredService<EFCoreCaseSubjectStore>());
        services.AddSingleton<IOutbox>(sp => sp.GetRequiredService<EFCoreOutbox>());
        services.TryAddSingleton<IWorklistReader, EFCoreWorklistReader>();
        // Needs CaseFileSessions, which AddCaseFiles() registers.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommitParticipant, CaseFileCommitParticipant>());
        return services;
    }
}
