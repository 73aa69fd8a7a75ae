using RelatieWerkstroom.Reports.Analysis;
using RelatieWerkstroom.Reports.Tests.Support;
using Snapshooter.Xunit;

namespace RelatieWerkstroom.Reports.Tests.Analysis;

public sealed class FrictionAnalyzerSnapshotTests
{
    [Fact]
    public async Task AnalyzeAsync_SampleJournal_MatchesCommittedSnapshot()
    {
        var analyzer = new FrictionAnalyzer(SampleJournal.Options, FixedTime.Default);

        var report = await analyzer.AnalyzeAsync(SampleJournal.Build().ToAsyncEnumerable());

        Snapshot.Match(report, options => options.IgnoreField("Manifest.Generator"));
    }
}
