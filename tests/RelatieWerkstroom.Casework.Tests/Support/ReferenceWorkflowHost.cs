using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Extensions;
using RelatieWerkstroom.Casework.Outbox;
using RelatieWerkstroom.Casework.Settings;
using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Casework.Tests.Support;

/// <summary>
/// The reference workflows of workflows/ imported through <see cref="DefinitionService"/> with the real registry (core +
/// Casework activities) and run with the real service-step handlers (<c>AddCasework</c> + <c>AddCaseFiles</c>) and the
/// settings of Voorbeeldstad, over in-memory stores and a fake clock (Monday 2 March 2026, 10:00 in NL).
/// </summary>
public sealed class ReferenceWorkflowHost : IDisposable
{
    private static readonly Lazy<IReadOnlyList<(string File, string Json)>> Files = new(() =>
        Directory.GetFiles(RepositoryPaths.Workflows, "*.json").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToList());

    private static readonly Lazy<MunicipalitySettings> Voorbeeldstad = new(() =>
        MunicipalitySettingsLoader.LoadFileAsync(RepositoryPaths.VoorbeeldstadSettings).GetAwaiter().GetResult());

    private readonly ServiceProvider _provider;

    private ReferenceWorkflowHost()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IWorkflowDefinitionStore>(DefinitionStore);
        services.AddSingleton<IWorkflowInstanceStore>(Instances);
        services.AddCaseFiles();
        services.AddMunicipalitySettings(Settings);
        services.AddCasework();
        services.AddSingleton(sp => new WorkflowRuntime(Registry, DefinitionStore, sp.GetRequiredService<IWorkflowInstanceStore>(), sp, Clock, TextWriter.Null));
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    /// <summary>Builds the host and imports every workflow of workflows/ (all or nothing).</summary>
    public static async Task<ReferenceWorkflowHost> CreateAsync()
    {
        var host = new ReferenceWorkflowHost();
        var service = new DefinitionService(host.DefinitionStore, new DefinitionValidator(host.Registry));
        var imported = await service.ImportAsync(Files.Value.Select(f => (f.File, WorkflowDefinitionReader.Parse(f.Json))).ToList());
        host.Definitions = imported.ToDictionary(d => d.DefinitionId, StringComparer.Ordinal);
        return host;
    }

    /// <summary>The real registry: core activities and the Casework activities.</summary>
    public ActivityRegistry Registry { get; } = CaseworkHost.CreateRegistry();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public InMemoryWorkflowDefinitionStore DefinitionStore { get; } = new();

    /// <summary>The engine store under the case-file wrapper (journal and bookmarks).</summary>
    public InMemoryWorkflowInstanceStore Instances { get; } = new();

    public MunicipalitySettings Settings { get; } = Voorbeeldstad.Value;

    /// <summary>The imported definitions by definition id.</summary>
    public IReadOnlyDictionary<string, WorkflowDefinition> Definitions { get; private set; } = new Dictionary<string, WorkflowDefinition>();

    public WorkflowRuntime Runtime => _provider.GetRequiredService<WorkflowRuntime>();

    public ICaseFileStore CaseFiles => _provider.GetRequiredService<ICaseFileStore>();

    public IOutbox Outbox => _provider.GetRequiredService<IOutbox>();

    public Task<T> SendAsync<T>(IRequest<T> request) => _provider.GetRequiredService<IMediator>().Send(request);

    /// <summary>The journal entries of one case (every instance run with the case file id as correlation id).</summary>
    public async Task<List<JournalEntry>> JournalAsync(string caseFileId)
    {
        var list = new List<JournalEntry>();
        await foreach (var e in Instances.ReadAsync(0)) if (e.CorrelationId == caseFileId) list.Add(e);
        return list;
    }

    /// <summary>Everything stored about a case, to compare before and after a refused command.</summary>
    public async Task<(long Version, int JournalCount, string CaseFileJson, int Bookmarks)> SnapshotAsync(string caseFileId, string instanceId)
    {
        var instance = (await Instances.FindAsync(instanceId))!;
        var journal = await JournalAsync(caseFileId);
        var file = (await CaseFiles.FindAsync(caseFileId))!;
        return (instance.Version, journal.Count, System.Text.Json.JsonSerializer.Serialize(file, Json.Options), instance.Bookmarks.Count);
    }

    public void Dispose() => _provider.Dispose();
}
