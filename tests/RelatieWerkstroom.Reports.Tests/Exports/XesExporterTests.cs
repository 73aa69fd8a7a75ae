using System.Xml.Linq;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Reports.Exports;
using RelatieWerkstroom.Reports.Journal;
using RelatieWerkstroom.Reports.Tests.Support;
using RelatieWerkstroom.Casework.Journal;

namespace RelatieWerkstroom.Reports.Tests.Exports;

public sealed class XesExporterTests
{
    private static readonly XNamespace Xes = "http://www.xes-standard.org/";

    private static async Task<(List<JournalEntry> Journal, XDocument Log)> Export()
    {
        var journal = SampleJournal.Build();
        using var stream = new MemoryStream();
        await new XesExporter(SampleJournal.Options, SampleJournal.Pseudonymizer).WriteAsync(journal.ToAsyncEnumerable(), stream);
        stream.Position = 0;
        return (journal, XDocument.Load(stream));
    }

    private static string? Attr(XElement element, string key) =>
        element.Elements().FirstOrDefault(e => (string?)e.Attribute("key") == key)?.Attribute("value")?.Value;

    [Fact]
    public async Task Write_SampleJournal_DeclaresExtensionsGlobalsAndClassifier()
    {
        var (_, log) = await Export();

        var root = log.Root!;
        Assert.Equal("1849-2016", root.Attribute("xes.version")?.Value);
        Assert.Equal(["concept", "time", "lifecycle", "org", "cost", "nl"], root.Elements(Xes + "extension").Select(e => e.Attribute("prefix")!.Value));
        Assert.Equal(XesNlExtension.Uri, root.Elements(Xes + "extension").Single(e => e.Attribute("prefix")!.Value == "nl").Attribute("uri")!.Value);
        Assert.Equal(["trace", "event"], root.Elements(Xes + "global").Select(e => e.Attribute("scope")!.Value));
        Assert.Contains(root.Elements(Xes + "classifier"), c => c.Attribute("keys")!.Value == "concept:name");
    }

    [Fact]
    public async Task Write_SampleJournal_OneTracePerCaseWithLifecycleCountsAndTimesFromTheJournal()
    {
        var (journal, log) = await Export();

        var traces = log.Root!.Elements(Xes + "trace").ToList();
        var cases = journal.GroupBy(e => e.CorrelationId!).ToList();
        Assert.Equal(cases.Count, traces.Count);
        foreach (var group in cases)
        {
            var trace = Assert.Single(traces, t => Attr(t, "concept:name") == SampleJournal.Pseudonymizer.Case(group.Key));
            var events = trace.Elements(Xes + "event").ToList();
            int Count(string transition) => events.Count(e => Attr(e, "lifecycle:transition") == transition);
            Assert.Equal(group.Count(e => e.Kind == JournalEvents.ActivityStarted), Count("start"));
            var completions = group.Where(e => e.Kind == JournalEvents.ActivityCompleted).Select(e => e.Sequence.ToString()).ToHashSet();
            Assert.Equal(completions.Count, events.Count(e => Attr(e, "lifecycle:transition") == "complete" && completions.Contains(Attr(e, XesNlExtension.Sequence)!)));
            Assert.Equal(group.Count(e => e.Kind == JournalEvents.ActivitySuspended), Count("suspend"));
            Assert.Equal(group.Count(e => e.Kind == JournalEvents.ActivityResumed), Count("resume"));
            Assert.Equal(group.Count(e => e.Kind == CaseworkEvents.TaskClaimed), Count("assign"));

            var startTimes = events.Where(e => Attr(e, "lifecycle:transition") == "start").Select(e => DateTimeOffset.Parse(Attr(e, "time:timestamp")!));
            Assert.Equal(group.Where(e => e.Kind == JournalEvents.ActivityStarted).Select(e => e.Timestamp), startTimes);
        }
    }

    [Fact]
    public async Task Write_SampleJournal_StartsPairWithCompletesAndSuspendsWithResumes()
    {
        var (_, log) = await Export();

        foreach (var trace in log.Root!.Elements(Xes + "trace"))
        {
            var open = new Dictionary<string, int>();
            foreach (var e in trace.Elements(Xes + "event"))
            {
                var key = $"{Attr(e, XesNlExtension.Instance)}/{Attr(e, XesNlExtension.StepId)}";
                switch (Attr(e, "lifecycle:transition"))
                {
                    case "start": open[key] = open.GetValueOrDefault(key) + 1; break;
                    case "suspend": Assert.Equal(1, open.GetValueOrDefault(key)); open[key] = 2; break;
                    case "resume": Assert.Equal(2, open.GetValueOrDefault(key)); open[key] = 1; break;
                    case "complete" when Attr(e, XesNlExtension.Sequence) is not null && open.ContainsKey(key):
                        Assert.Equal(1, open[key]);
                        open.Remove(key);
                        break;
                }
            }
        }
    }

    [Fact]
    public async Task Write_DiscretionPoint_OptionRuleOriginAndLegalBasisOnTheCompletion()
    {
        var (_, log) = await Export();

        var decided = log.Descendants(Xes + "event").Where(e => Attr(e, XesNlExtension.DiscretionId) == "RW1-DP10").ToList();
        Assert.Equal(12, decided.Count);
        Assert.All(decided, e => Assert.Equal("complete", Attr(e, "lifecycle:transition")));
        Assert.Equal(3, decided.Count(e => Attr(e, XesNlExtension.Option) == "maatwerk"));
        var onderzoek = log.Descendants(Xes + "event").First(e => Attr(e, "concept:name") == "Onderzoek" && Attr(e, "lifecycle:transition") == "complete");
        Assert.Equal("national", Attr(onderzoek, XesNlExtension.RuleOrigin));
        Assert.Equal("Wmo 2015 art. 2.3.2 lid 4", Attr(onderzoek, XesNlExtension.LegalBasis));
        Assert.Equal("120", Attr(onderzoek, XesNlExtension.ProfessionalMinutes));
    }
}
