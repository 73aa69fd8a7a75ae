using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;
using RelatieWerkstroom.Scheduling.Extensions;
using RelatieWerkstroom.Scheduling.Jobs;
using RelatieWerkstroom.Scheduling.Tests.Support;
using RelatieWerkstroom.Scheduling.Timers;

namespace RelatieWerkstroom.Scheduling.Tests.Extensions;

[Collection(QuartzCollection.Name)]
public sealed class SchedulingExtensionsTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    public static TheoryData<JobKey, Type, bool> Jobs => new()
    {
        { SchedulingKeys.ResumeTimerBookmark, typeof(ResumeTimerBookmarkJob), false },
        { SchedulingKeys.SyncTimerBookmarks, typeof(SyncTimerBookmarksJob), true },
        { SchedulingKeys.DeadlineWarning, typeof(DeadlineWarningJob), true },
        { SchedulingKeys.DeadlineBreach, typeof(DeadlineBreachJob), true },
    };

    public static TheoryData<TriggerKey, JobKey, string> RecurringTriggers => new()
    {
        { SchedulingKeys.SyncTimerBookmarksTrigger, SchedulingKeys.SyncTimerBookmarks, nameof(SchedulingOptions.TimerSyncInterval) },
        { SchedulingKeys.DeadlineWarningTrigger, SchedulingKeys.DeadlineWarning, nameof(SchedulingOptions.LegalClockScanInterval) },
        { SchedulingKeys.DeadlineBreachTrigger, SchedulingKeys.DeadlineBreach, nameof(SchedulingOptions.LegalClockScanInterval) },
    };

    [Theory]
    [MemberData(nameof(Jobs))]
    public void AddScheduling_Always_RegistersDurableJobUnderNamedKey(JobKey key, Type jobType, bool disallowsConcurrency)
    {
        // Arrange
        var services = new ServiceCollection();

        // Act
        services.AddScheduling(Options());
        using var provider = services.BuildServiceProvider();

        // Assert
        var job = Assert.Single(QuartzOptionsOf(provider).JobDetails, j => j.Key.Equals(key));
        Assert.Equal(jobType, job.JobType);
        Assert.True(job.Durable);
        Assert.Equal(disallowsConcurrency, job.ConcurrentExecutionDisallowed);
    }

    [Theory]
    [MemberData(nameof(RecurringTriggers))]
    public void AddScheduling_Always_RegistersRecurringTriggerUnderNamedKey(TriggerKey key, JobKey job, string intervalSetting)
    {
        // Arrange
        var services = new ServiceCollection();
        var options = Options();
        options.TimerSyncInterval = TimeSpan.FromSeconds(45);
        options.LegalClockScanInterval = TimeSpan.FromMinutes(20);

        // Act
        services.AddScheduling(options);
        using var provider = services.BuildServiceProvider();

        // Assert
        var trigger = Assert.IsAssignableFrom<ISimpleTrigger>(Assert.Single(QuartzOptionsOf(provider).Triggers, t => t.Key.Equals(key)));
        Assert.Equal(job, trigger.JobKey);
        Assert.Equal(SimpleTriggerImplRepeatsForever, trigger.RepeatCount);
        var expected = intervalSetting == nameof(SchedulingOptions.TimerSyncInterval) ? options.TimerSyncInterval : options.LegalClockScanInterval;
        Assert.Equal(expected, trigger.RepeatInterval);
    }

    [Fact]
    public void AddScheduling_Always_RegistersOnlyTheNamedJobsAndTriggers()
    {
        // Arrange
        var services = new ServiceCollection();

        // Act
        services.AddScheduling(Options());
        using var provider = services.BuildServiceProvider();

        // Assert
        var quartz = QuartzOptionsOf(provider);
        Assert.Equal(4, quartz.JobDetails.Count);
        Assert.Equal(3, quartz.Triggers.Count);
        Assert.True(Assert.Single(quartz.JobDetails, j => j.Key.Equals(SchedulingKeys.ResumeTimerBookmark)).RequestsRecovery);
    }

    [Fact]
    public void AddScheduling_Sqlite_ConfiguresPersistentJsonStoreWithoutClustering()
    {
        // Arrange
        var services = new ServiceCollection();
        var options = Options();

        // Act
        services.AddScheduling(options);
        using var provider = services.BuildServiceProvider();

        // Assert
        var quartz = QuartzOptionsOf(provider);
        Assert.Contains("JobStoreTX", quartz["quartz.jobStore.type"]);
        Assert.Contains("SQLiteDelegate", quartz["quartz.jobStore.driverDelegateType"]);
        Assert.Contains("SystemTextJson", quartz["quartz.serializer.type"]);
        Assert.Equal(options.ConnectionString, quartz["quartz.dataSource.default.connectionString"]);
        Assert.Equal(options.SchedulerName, quartz["quartz.scheduler.instanceName"]);
        Assert.NotEqual("true", quartz.GetValueOrDefault("quartz.jobStore.clustered"));
    }

    [Fact]
    public void AddScheduling_PostgreSql_ConfiguresClusteredStoreWithOwnNodeIds()
    {
        // Arrange
        var services = new ServiceCollection();
        var options = Options();
        options.Database = SchedulingDatabase.PostgreSql;
        options.ConnectionString = "Host=localhost;Database=werkstroom";

        // Act
        services.AddScheduling(options);
        using var provider = services.BuildServiceProvider();

        // Assert
        var quartz = QuartzOptionsOf(provider);
        Assert.Contains("PostgreSQLDelegate", quartz["quartz.jobStore.driverDelegateType"]);
        Assert.Equal("true", quartz["quartz.jobStore.clustered"]);
        Assert.Equal("AUTO", quartz["quartz.scheduler.instanceId"]);
    }

    [Fact]
    public void AddScheduling_Always_RegistersSchedulerServicesAndHostedServices()
    {
        // Arrange
        var services = new ServiceCollection();
        services.AddLogging();
        var engine = EngineState.InMemory();
        services.AddSingleton<Engine.Stores.IWorkflowInstanceStore>(engine.Instances);

        // Act
        services.AddScheduling(Options());
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        // Assert
        using var scope = provider.CreateScope();
        Assert.IsType<QuartzTimerScheduler>(scope.ServiceProvider.GetRequiredService<ITimerScheduler>());
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
        // The schema initializer comes first, so the tables exist before Quartz validates them.
        var hosted = services.Where(d => d.ServiceType == typeof(IHostedService)).Select(d => d.ImplementationType?.Name).ToList();
        Assert.Equal("QuartzSchemaInitializer", hosted[0]);
        Assert.Contains(nameof(QuartzHostedService), hosted);
        Assert.True(provider.GetRequiredService<IOptions<QuartzHostedServiceOptions>>().Value.WaitForJobsToComplete);
    }

    [Fact]
    public async Task AddScheduling_HostStarted_StoresJobsAndTriggersInTheDatabase()
    {
        // Arrange
        var engine = EngineState.InMemory();

        // Act
        await using (await SchedulingHost.StartAsync(engine, SchedulingHost.Options(_database)))
        {
        }

        // Assert
        foreach (var key in new[] { SchedulingKeys.ResumeTimerBookmark, SchedulingKeys.SyncTimerBookmarks, SchedulingKeys.DeadlineWarning, SchedulingKeys.DeadlineBreach })
            Assert.Equal(1, await _database.CountAsync("SELECT COUNT(*) FROM QRTZ_JOB_DETAILS WHERE JOB_NAME = $name AND JOB_GROUP = $group",
                ("$name", key.Name), ("$group", key.Group)));
        Assert.Equal(3, await _database.CountAsync("SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE TRIGGER_GROUP = $group", ("$group", SchedulingKeys.Group)));
    }

    public static TheoryData<string, Action<SchedulingOptions>> InvalidOptions => new()
    {
        { nameof(SchedulingOptions.ConnectionString), o => o.ConnectionString = " " },
        { nameof(SchedulingOptions.SchedulerName), o => o.SchedulerName = "" },
        { nameof(SchedulingOptions.TimerSyncInterval), o => o.TimerSyncInterval = TimeSpan.Zero },
        { nameof(SchedulingOptions.MisfireThreshold), o => o.MisfireThreshold = TimeSpan.FromSeconds(-1) },
        { nameof(SchedulingOptions.LegalClockScanInterval), o => o.LegalClockScanInterval = TimeSpan.Zero },
        { nameof(SchedulingOptions.TimerBatchSize), o => o.TimerBatchSize = 0 },
        { nameof(SchedulingOptions.WarningWorkingDays), o => o.WarningWorkingDays = -1 },
        { nameof(SchedulingOptions.TimeZoneId), o => o.TimeZoneId = "Europe/Atlantis" },
        { nameof(SchedulingOptions.Database), o => o.Database = (SchedulingDatabase)7 },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void AddScheduling_InvalidSetting_ThrowsNamingTheSetting(string setting, Action<SchedulingOptions> spoil)
    {
        // Arrange
        var services = new ServiceCollection();
        var options = Options();
        spoil(options);

        // Act
        var error = Assert.Throws<ArgumentException>(() => services.AddScheduling(options));

        // Assert
        Assert.Equal(setting, error.ParamName);
        Assert.Contains(setting, error.Message);
        Assert.Empty(services);
    }

    // SimpleTriggerImpl.RepeatIndefinitely
    private const int SimpleTriggerImplRepeatsForever = -1;

    private SchedulingOptions Options() => new() { ConnectionString = _database.ConnectionString, SchedulerName = "registration-test" };

    private static QuartzOptions QuartzOptionsOf(IServiceProvider provider) => provider.GetRequiredService<IOptions<QuartzOptions>>().Value;
}
