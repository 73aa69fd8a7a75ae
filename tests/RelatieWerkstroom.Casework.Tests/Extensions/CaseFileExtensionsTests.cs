using MediatR;
using Microsoft.Extensions.DependencyInjection;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Extensions;
using RelatieWerkstroom.Casework.Settings;
using RelatieWerkstroom.Casework.Validation;
using RelatieWerkstroom.Casework.Worklist;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Casework.Tests.Extensions;

public sealed class CaseFileExtensionsTests
{
    [Fact]
    public void AddCaseFiles_EngineStoreRegisteredBefore_IsWrappedOnceAndStaysTheSameStore()
    {
        // Arrange
        var engineStore = new InMemoryWorkflowInstanceStore();
        var services = new ServiceCollection();
        services.AddSingleton<IWorkflowInstanceStore>(_ => engineStore);

        // Act
        services.AddCaseFiles();
        services.AddCaseFiles();
        using var provider = services.BuildServiceProvider(); // the runtime the handlers need is the host's to register

        // Assert
        var store = Assert.IsType<CaseworkInstanceStore>(provider.GetRequiredService<IWorkflowInstanceStore>());
        Assert.Same(engineStore, store.Inner);
        Assert.True(provider.GetRequiredService<CaseFileSessions>().IsAttached);
    }

    [Fact]
    public void AddCaseFiles_Slices_HaveHandlersAndValidators()
    {
        // Arrange
        var services = new ServiceCollection();
        services.AddSingleton<IWorkflowInstanceStore>(new InMemoryWorkflowInstanceStore());

        // Act
        services.AddCaseFiles();

        // Assert
        Assert.Contains(services, d => d.ServiceType == typeof(IRequestHandler<CompleteTask.Command, Engine.Runtime.RunResult>));
        Assert.Contains(services, d => d.ServiceType == typeof(IRequestHandler<GetWorklist.Query, IReadOnlyList<WorklistItem>>));
        Assert.Contains(services, d => d.ServiceType == typeof(ICommandValidator<OpenCaseFile.Command>));
    }

    [Fact]
    public void AddMunicipalitySettings_AfterAddCaseFiles_ReplacesTheDefault()
    {
        // Arrange
        var settings = new MunicipalitySettings { Municipality = "Gemeente Voorbeeld" };
        var services = new ServiceCollection().AddCaseFiles();

        // Act
        services.AddMunicipalitySettings(settings);
        using var provider = services.BuildServiceProvider();

        // Assert
        Assert.Same(settings, provider.GetRequiredService<IMunicipalitySettings>());
    }
}
