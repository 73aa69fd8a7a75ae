using RelatieWerkstroom.Reports.Analysis;
using RelatieWerkstroom.Reports.Tests.Support;

namespace RelatieWerkstroom.Reports.Tests.Exports;

/// <summary>Analyses the sample journal once for all export tests.</summary>
public sealed class ExportFixture : IAsyncLifetime
{
    public FrictionReport Report { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Report = await new FrictionAnalyzer(SampleJournal.Options, FixedTime.Default).AnalyzeAsync(SampleJournal.Build().ToAsyncEnumerable());

    public Task DisposeAsync() => Task.CompletedTask;
}
