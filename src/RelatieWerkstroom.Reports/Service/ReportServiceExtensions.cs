using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Persistence;

namespace RelatieWerkstroom.Reports.Service;

/// <summary>Registers the report use case on a container composed with <c>AddPersistence</c>.</summary>
public static class ReportServiceExtensions
{
    /// <summary>Registers <see cref="FrictionReports"/> with the municipality's <paramref name="settings"/>.</summary>
    public static IServiceCollection AddFrictionReports(this IServiceCollection services, ReportSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        services.AddSingleton(settings);
        services.AddSingleton(sp => new FrictionReports(
            sp.GetRequiredService<IDbContextFactory<WerkstroomDbContext>>(),
            sp.GetRequiredService<IJournalReader>(),
            sp.GetRequiredService<IWorkflowDefinitionStore>(),
            sp.GetRequiredService<ReportSettings>(),
            sp.GetService<TimeProvider>()));
        return services;
    }
}
