using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RelatieWerkstroom.Casework.Activities.Tasks;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Extensions;
using RelatieWerkstroom.Casework.Outbox;
using RelatieWerkstroom.Casework.Subjects;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Engine.Validation;
using RelatieWerkstroom.Persistence.Extensions;
using RelatieWerkstroom.Casework.Activities;

namespace RelatieWerkstroom.Persistence.Tests.Support;

/// <summary>
/// A casework host over the database stores, composed the way a real host is (AddPersistence, AddCaseworkPersistence,
/// AddCaseFiles, runtime, MediatR). Opening a second one over the same database is what a restart looks like.
/// </summary>
public sealed class CaseworkServices : IAsyncDisposable
{
    public static readonly User Consulent = new("u-anna", "Anna", [Roles.Consulent], "wijkteam-noord");

    private readonly ServiceProvider _provider;

    private CaseworkServices(ServiceProvider provider, ActivityRegistry registry)
    {
        _provider = provider;
        Registry = registry;
        Definitions = new DefinitionService(provider.GetRequiredService<IWorkflowDefinitionStore>(), new DefinitionValidator(registry));
    }

    public ActivityRegistry Registry { get; }

    public DefinitionService Definitions { get; }

    public IServiceProvider Services => _provider;

    public WorkflowRuntime Runtime => _provider.GetRequiredService<WorkflowRuntime>();

    public IWorkflowInstanceStore Instances => _provider.GetRequiredService<IWorkflowInstanceStore>();

    public ICaseFileStore CaseFiles => _provider.GetRequiredService<ICaseFileStore>();

    public ICaseSubjectStore Subjects => _provider.GetRequiredService<ICaseSubjectStore>();

    public IOutbox Outbox => _provider.GetRequiredService<IOutbox>();

    /// <summary>Builds the services over <paramref name="options"/> and applies the migrations.</summary>
    public static Task<CaseworkServices> OpenAsync(PersistenceOptions options, FakeTimeProvider clock, params Type[] extraActivities) =>
        OpenAsync(options, clock, _ => { }, extraActivities);

    /// <summary>Builds the services with extra registrations (e.g. a commit participant that fails) and applies the migrations.</summary>
    public static async Task<CaseworkServices> OpenAsync(PersistenceOptions options, FakeTimeProvider clock, Action<IServiceCollection> configure,
        params Type[] extraActivities)
    {
        var registry = CaseworkActivities.CreateRegistry();
        foreach (var type in extraActivities) registry.Add(type);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        // The documented order: the engine's stores, then the casework stores, then the casework services.
        services.AddPersistence(options);
        services.AddCaseworkPersistence();
        services.AddCaseFiles();
        services.AddSingleton(sp => new WorkflowRuntime(registry, sp.GetRequiredService<IWorkflowDefinitionStore>(),
            sp.GetRequiredService<IWorkflowInstanceStore>(), sp, clock, TextWriter.Null));
        services.AddSingleton<ServiceFactory>(sp => type => sp.GetService(type)!);
        services.AddSingleton<IMediator, Mediator>();
        configure(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        await provider.InitializePersistenceAsync();
        return new CaseworkServices(provider, registry);
    }

    public Task<T> SendAsync<T>(IRequest<T> request) => _provider.GetRequiredService<IMediator>().Send(request);

    public async Task<WorkflowDefinition> ImportAsync(WorkflowDefinition definition) =>
        (await Definitions.ImportAsync([(definition.DefinitionId, definition)]))[0];

    /// <summary>Opens a case of the definition's zaaktype for <see cref="Consulent"/>'s team.</summary>
    public Task<OpenCaseFile.Result> OpenCaseAsync(string definitionId, string? bsn = null, string? name = null) =>
        SendAsync(new OpenCaseFile.Command(definitionId, Consulent.Team, Consulent,
            bsn is null ? null : new OpenCaseFile.SubjectData(bsn, name ?? "Test Persoon"), "Huishoudelijke hulp"));

    public async Task<List<JournalEntry>> JournalAsync(string? instanceId = null)
    {
        var list = new List<JournalEntry>();
        await foreach (var e in _provider.GetRequiredService<IJournalReader>().ReadAsync(0, instanceId)) list.Add(e);
        return list;
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
