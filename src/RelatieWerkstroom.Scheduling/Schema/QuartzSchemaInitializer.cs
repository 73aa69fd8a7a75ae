using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace RelatieWerkstroom.Scheduling.Schema;

/// <summary>Creates the Quartz tables before any hosted service starts, so the scheduler finds them in place.</summary>
internal sealed class QuartzSchemaInitializer(SchedulingOptions options, ILogger<QuartzSchemaInitializer> logger) : IHostedLifecycleService
{
    /// <inheritdoc />
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await QuartzSchema.EnsureCreatedAsync(options.Database, options.ConnectionString, cancellationToken);
        logger.LogDebug("Quartz job-store tables checked ({Database})", options.Database);
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
