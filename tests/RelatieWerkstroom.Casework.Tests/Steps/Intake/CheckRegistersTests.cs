using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Documents;
using RelatieWerkstroom.Casework.Registers;
using RelatieWerkstroom.Casework.Tests.Support;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Casework.Tests.Steps.Intake;

public sealed class CheckRegistersTests
{
    /// <summary>A register service that knows nobody in the Wlz-register and everybody elsewhere.</summary>
    private sealed class NoWlz : IRegisterLookup
    {
        public List<(string Register, string Subject, string Purpose)> Asked { get; } = [];

        public Task<RegisterAnswer> LookupAsync(string register, string subjectReference, string purpose, CancellationToken cancellationToken = default)
        {
            Asked.Add((register, subjectReference, purpose));
            var status = register == "Wlz-register" ? RegisterStatus.Onbekend : RegisterStatus.Bekend;
            return Task.FromResult(new RegisterAnswer(register, status, new Dictionary<string, string> { ["test"] = "ja" }, "test"));
        }
    }

    private static FlowBuilder Flow(string registers, params string[] outcomes)
    {
        var flow = new FlowBuilder("wmo-maatwerkvoorziening").Start()
            .Step("registers", "CheckRegisters", $$"""{"registers":{{registers}},"doel":"once-only"}""", outcomes)
            .Chain("start", "registers");
        foreach (var outcome in outcomes.Length == 0 ? ["Done"] : outcomes) flow.End("einde" + outcome).Connect("registers", "einde" + outcome, outcome);
        return flow;
    }

    [Fact]
    public async Task CheckRegisters_SubjectKnownEverywhere_TakesBekendAndStoresTheAnswers()
    {
        // Arrange
        var lookup = new NoWlz();
        using var s = new StepScenario(configure: services => services.AddSingleton<IRegisterLookup>(lookup));

        // Act
        var opened = await s.OpenAsync(Flow("""["BRP","CAK"]""", "Bekend", "Onbekend"));

        // Assert
        Assert.Equal(WorkflowStatus.Finished, opened.Status);
        var instance = await s.InstanceAsync();
        Assert.Equal(1, instance.ExecutionCounts.GetValueOrDefault("eindeBekend"));
        Assert.Equal([("BRP", opened.SubjectId!, "once-only"), ("CAK", opened.SubjectId!, "once-only")], lookup.Asked);
        var answers = JsonNode.Parse((await s.DocumentAsync(DocumentKinds.Registerraadpleging)).Content)!["antwoorden"]!.AsArray();
        Assert.Equal(["BRP", "CAK"], answers.Select(a => a!["register"]!.GetValue<string>()));
        Assert.Equal("Bekend", instance.Output["registers"]?["CAK"]?.GetValue<string>());
        Assert.Contains((await s.CaseFileAsync()).Events, e => e.Kind == CaseEventKinds.RegistersConsulted);
        await s.AssertNoPersonalDataAsync();
    }

    [Fact]
    public async Task CheckRegisters_UnknownInWlzRegister_TakesOnbekend()
    {
        // Arrange
        using var s = new StepScenario(configure: services => services.AddSingleton<IRegisterLookup>(new NoWlz()));

        // Act
        await s.OpenAsync(Flow("""["BRP","Wlz-register"]""", "Bekend", "Onbekend"));

        // Assert
        Assert.Equal(1, (await s.InstanceAsync()).ExecutionCounts.GetValueOrDefault("eindeOnbekend"));
    }

    [Fact]
    public async Task CheckRegisters_StepDeclaringOnlyDone_CompletesOnDone()
    {
        // Arrange
        using var s = new StepScenario();

        // Act
        await s.OpenAsync(Flow("""["BRP","Wlz-register"]"""));

        // Assert
        Assert.Equal(1, (await s.InstanceAsync()).ExecutionCounts.GetValueOrDefault("eindeDone"));
    }

    [Fact]
    public async Task CheckRegisters_NoRegisters_Faults()
    {
        // Arrange
        using var s = new StepScenario();

        // Act
        var opened = await s.OpenAsync(Flow("[]"));

        // Assert
        Assert.Equal(WorkflowStatus.Faulted, opened.Status);
        Assert.Contains("'registers' must name at least one register", (await s.InstanceAsync()).Incident!.Message);
    }
}
