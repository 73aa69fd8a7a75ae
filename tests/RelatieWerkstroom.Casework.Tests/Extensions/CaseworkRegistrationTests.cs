using Microsoft.Extensions.DependencyInjection;
using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.Extensions;
using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Casework.Tests.Extensions;

/// <summary>A definition validates the same way in every host: what ServiceStep checks travels with the registry, not with the process.</summary>
public sealed class CaseworkRegistrationTests
{
    private const string WithUnknownRequest = """
        {
          "definitionId": "one-step", "version": 1, "name": "One step",
          "root": { "type": "Elsa.Flowchart", "id": "flow", "activities": [
            { "type": "RelatieWerkstroom.ServiceStep", "id": "step",
              "request": { "typeName": "String", "expression": { "type": "Literal", "value": "NoSuchRequest" } } }
          ], "connections": [] }
        }
        """;

    [Fact]
    public void Validate_UnknownServiceStepRequest_RefusedByTheHostRegistryAndByAFreshCaseworkRegistryAlike()
    {
        // Arrange: one validator from the DI registration, one built on its own in the same process.
        using var provider = new ServiceCollection().AddSingleton<IWorkflowDefinitionStore, InMemoryWorkflowDefinitionStore>().AddCasework().BuildServiceProvider();
        var fromHost = provider.GetRequiredService<DefinitionValidator>();
        var standalone = new DefinitionValidator(CaseworkActivities.CreateRegistry());
        var definition = WorkflowDefinitionReader.Parse(WithUnknownRequest);

        // Act
        var hostProblems = fromHost.Validate(definition).Select(p => p.ToString()).ToList();
        var standaloneProblems = standalone.Validate(definition).Select(p => p.ToString()).ToList();

        // Assert
        Assert.Contains(hostProblems, p => p.Contains("step") && p.Contains("unknown service step request 'NoSuchRequest'"));
        Assert.Equal(hostProblems, standaloneProblems);
    }

    [Fact]
    public void Validate_RegistryWithoutStepCatalogue_SaysSoInsteadOfPassingUnchecked()
    {
        // Arrange: the Casework activities without the catalogue (a host that forgot CaseworkActivities.CreateRegistry).
        var registry = ActivityRegistry.CreateWithCoreActivities().AddFromAssembly(typeof(CaseworkActivities).Assembly);
        var definition = WorkflowDefinitionReader.Parse(WithUnknownRequest);

        // Act
        var problems = new DefinitionValidator(registry).Validate(definition).Select(p => p.ToString()).ToList();

        // Assert
        Assert.Contains(problems, p => p.Contains("has no step catalogue"));
    }
}
