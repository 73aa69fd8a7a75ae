using System.Text.Json;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Reports.Exports;
using RelatieWerkstroom.Reports.Journal;
using RelatieWerkstroom.Reports.Tests.Support;
using RelatieWerkstroom.Casework.Journal;

namespace RelatieWerkstroom.Reports.Tests.Exports;

public sealed class OcelExporterTests
{
    private static async Task<(List<JournalEntry> Journal, JsonDocument Log)> Export()
    {
        var journal = SampleJournal.Build();
        using var stream = new MemoryStream();
        await new OcelExporter(SampleJournal.Options, SampleJournal.Pseudonymizer).WriteAsync(journal.ToAsyncEnumerable(), stream);
        stream.Position = 0;
        return (journal, await JsonDocument.ParseAsync(stream));
    }

    [Fact]
    public async Task Write_SampleJournal_DeclaresAllObjectAndEventTypesUsed()
    {
        var (_, log) = await Export();

        var root = log.RootElement;
        var objectTypes = root.GetProperty("objectTypes").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "zaak", "besluit", "toewijzing", "aanbieder", "aanbesteding" }, objectTypes);
        var eventTypes = root.GetProperty("eventTypes").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToHashSet();
        Assert.All(root.GetProperty("events").EnumerateArray(), e => Assert.Contains(e.GetProperty("type").GetString(), eventTypes));
        Assert.All(root.GetProperty("objects").EnumerateArray(), o => Assert.Contains(o.GetProperty("type").GetString(), objectTypes));
    }

    [Fact]
    public async Task Write_SampleJournal_CompletionsPerCaseAndTimesMatchTheJournal()
    {
        var (journal, log) = await Export();

        var events = log.RootElement.GetProperty("events").EnumerateArray().ToList();
        foreach (var group in journal.GroupBy(e => e.CorrelationId!))
        {
            var zaak = SampleJournal.Pseudonymizer.Case(group.Key);
            var ofCase = events.Where(e => e.GetProperty("relationships").EnumerateArray().Any(r => r.GetProperty("objectId").GetString() == zaak)).ToList();
            var completions = group.Where(e => e.Kind == JournalEvents.ActivityCompleted).ToList();
            var exported = ofCase.Where(e => completions.Any(c => "e" + c.Sequence == e.GetProperty("id").GetString())).ToList();
            Assert.Equal(completions.Count, exported.Count);
            foreach (var e in exported)
            {
                var source = completions.Single(c => "e" + c.Sequence == e.GetProperty("id").GetString());
                Assert.Equal(source.Timestamp, DateTimeOffset.Parse(e.GetProperty("time").GetString()!));
            }

            Assert.Equal(group.Count(e => e.Kind == CaseworkEvents.BezwaarReceived), ofCase.Count(e => e.GetProperty("type").GetString() == "Bezwaar ontvangen"));
        }
    }

    [Fact]
    public async Task Write_SampleJournal_EveryRelationPointsAtAnExportedObject()
    {
        var (_, log) = await Export();

        var root = log.RootElement;
        var objects = root.GetProperty("objects").EnumerateArray().ToList();
        var ids = objects.Select(o => o.GetProperty("id").GetString()).ToHashSet();
        Assert.Equal(objects.Count, ids.Count);
        var e2o = root.GetProperty("events").EnumerateArray().SelectMany(e => e.GetProperty("relationships").EnumerateArray());
        var o2o = objects.SelectMany(o => o.GetProperty("relationships").EnumerateArray()).ToList();
        Assert.All(e2o.Concat(o2o), r => Assert.Contains(r.GetProperty("objectId").GetString(), ids));
        Assert.Equal(9, objects.Count(o => o.GetProperty("type").GetString() == "toewijzing"));
        Assert.Contains(o2o, r => r.GetProperty("qualifier").GetString() == "aan aanbieder");
        Assert.Contains(o2o, r => r.GetProperty("qualifier").GetString() == "inschrijver");
    }
}
