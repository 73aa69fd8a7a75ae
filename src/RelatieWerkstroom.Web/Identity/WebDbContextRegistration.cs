using Microsoft.EntityFrameworkCore;
using RelatieWerkstroom.Persistence;

namespace RelatieWerkstroom.Web.Identity;

/// <summary>Registers the <see cref="WebDbContext"/> of the configured provider on the application database.</summary>
public static class WebDbContextRegistration
{
    /// <summary>Adds the provider's context as <see cref="WebDbContext"/> (scoped, as Identity's stores expect).</summary>
    public static IServiceCollection AddWebDbContext(this IServiceCollection services, PersistenceOptions options)
    {
        var connection = options.ResolveConnectionString();
        if (options.Provider == PersistenceProvider.PostgreSql)
        {
            services.AddDbContext<PostgreSqlWebDbContext>(db => db.UseNpgsql(connection, n => n.MigrationsHistoryTable(WebDbContext.MigrationsHistoryTable)));
            services.AddScoped<WebDbContext>(sp => sp.GetRequiredService<PostgreSqlWebDbContext>());
        }
        else
        {
            services.AddDbContext<SqliteWebDbContext>(db => db.UseSqlite(connection, s => s.MigrationsHistoryTable(WebDbContext.MigrationsHistoryTable)));
            services.AddScoped<WebDbContext>(sp => sp.GetRequiredService<SqliteWebDbContext>());
        }
        return services;
    }
}
