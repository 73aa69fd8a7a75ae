using System.Text.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RelatieWerkstroom.Casework.Activities.Tasks;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Extensions;
using RelatieWerkstroom.Casework.Outbox;
using RelatieWerkstroom.Casework.Settings;
using RelatieWerkstroom.Casework.Subjects;
using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Engine.Validation;
using RelatieWerkstroom.Casework.Activities;

namespace RelatieWerkstroom.Casework.Tests.Support;

/// <summary>A composed casework host over in-memory stores: DI container, runtime, MediatR with the service step handlers, and a fake clock (Monday 2 March 2026, 10:00 in NL).</summary>
public sealed class CaseworkHost : IDisposable
{
    private readonly ServiceProvider _provider;

    public CaseworkHost(MunicipalitySettings? settings = null, IWorkflowInstanceStore? instanceStore = null, Action<IServiceCollection>? configure = null)
    {
        Instances = new InMemoryWorkflowInstanceStore();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IWorkflowDefinitionStore>(Definitions);
        services.AddSingleton(instanceStore ?? Instances);
        services.AddCaseFiles();
        if (settings is not null) services.AddMunicipalitySettings(settings);
        configure?.Invoke(services);
        // The service step handlers of Casework (registered before the host's own mediator, which wins).
        services.AddCasework();
        services.AddSingleton(sp => new WorkflowRuntime(Registry, Definitions, sp.GetRequiredService<IWorkflowInstanceStore>(), sp, Clock, TextWriter.Null));
        services.AddSingleton<ServiceFactory>(sp => type => sp.GetService(type)!);
        services.AddSingleton<IMediator, Mediator>();
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        DefinitionService = new DefinitionService(Definitions, new DefinitionValidator(Registry));
    }

    public static ActivityRegistry CreateRegistry() =>
        CaseworkActivities.CreateRegistry();

    public ActivityRegistry Registry { get; } = CreateRegistry();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public InMemoryWorkflowDefinitionStore Definitions { get; } = new();

    public InMemoryWorkflowInstanceStore Instances { get; }

    public DefinitionService DefinitionService { get; }

    public IServiceProvider Services => _provider;

    public WorkflowRuntime Runtime => _provider.GetRequiredService<WorkflowRuntime>();

    public ICaseFileStore CaseFiles => _provider.GetRequiredService<ICaseFileStore>();

    public InMemoryCaseSubjectStore Subjects => (InMemoryCaseSubjectStore)_provider.GetRequiredService<ICaseSubjectStore>();

    public IOutbox Outbox => _provider.GetRequiredService<IOutbox>();

    public Task<T> SendAsync<T>(IRequest<T> request) => _provider.GetRequiredService<IMediator>().Send(request);

    public async Task<WorkflowDefinition> ImportAsync(WorkflowDefinition definition) =>
        (await DefinitionService.ImportAsync([(definition.DefinitionId, definition)]))[0];

    public async Task<List<JournalEntry>> JournalAsync(string? instanceId = null)
    {
        var list = new List<JournalEntry>();
        await foreach (var e in Instances.ReadAsync(0, instanceId)) list.Add(e);
        return list;
    }

    public async Task<WorkflowInstance> InstanceAsync(string instanceId) => (await Instances.FindAsync(instanceId))!;

    public async Task<CaseFile> CaseFileAsync(string caseFileId) => (await CaseFiles.FindAsync(caseFileId))!;

    /// <summary>Everything stored about a case, as text, to compare before and after a refused command.</summary>
    public async Task<string> SnapshotAsync(string caseFileId, string instanceId)
    {
        var instance = await InstanceAsync(instanceId);
        var journal = await JournalAsync();
        var file = await CaseFileAsync(caseFileId);
        return JsonSerializer.Serialize(new { instance.Version, Journal = journal.Count, Instance = instance, CaseFile = file }, Json.Options);
    }

    /// <summary>Imports the definition and opens a case file for it as <paramref name="user"/>.</summary>
    public async Task<OpenCaseFile.Result> OpenAsync(WorkflowDefinition definition, Users.User user, string? bsn = null, string? name = null)
    {
        await ImportAsync(definition);
        var subject = bsn is null ? null : new OpenCaseFile.SubjectData(bsn, name ?? "Test Persoon");
        return await SendAsync(new OpenCaseFile.Command(definition.DefinitionId, user.Team, user, subject, "Testzaak"));
    }

    public void Dispose() => _provider.Dispose();
}
