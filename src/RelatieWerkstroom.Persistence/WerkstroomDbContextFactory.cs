using Microsoft.EntityFrameworkCore;
using RelatieWerkstroom.Persistence.Providers;

namespace RelatieWerkstroom.Persistence;

/// <summary>Creates a fresh context of the configured provider per unit of work (contexts are not thread-safe; this factory is).</summary>
public sealed class WerkstroomDbContextFactory : IDbContextFactory<WerkstroomDbContext>
{
    private readonly Func<WerkstroomDbContext> _create;

    /// <summary>Builds the EF Core options once for the given persistence options.</summary>
    public WerkstroomDbContextFactory(PersistenceOptions options)
    {
        Options = options;
        switch (options.Provider)
        {
            case PersistenceProvider.Sqlite:
                var sqlite = SqliteWerkstroomDbContext.CreateOptions(options);
                _create = () => new SqliteWerkstroomDbContext(sqlite);
                break;
            case PersistenceProvider.PostgreSql:
                var postgres = PostgreSqlWerkstroomDbContext.CreateOptions(options);
                _create = () => new PostgreSqlWerkstroomDbContext(postgres);
                break;
            default:
                throw new InvalidOperationException($"persistence: unknown provider '{options.Provider}' (use Sqlite or PostgreSql)");
        }
    }

    /// <summary>The options the factory was built with.</summary>
    public PersistenceOptions Options { get; }

    /// <inheritdoc />
    public WerkstroomDbContext CreateDbContext() => _create();
}
