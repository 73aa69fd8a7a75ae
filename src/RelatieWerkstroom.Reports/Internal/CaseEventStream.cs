using System.Runtime.CompilerServices;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Reports.Options;

namespace RelatieWerkstroom.Reports.Internal;

/// <summary>Groups the journal by case in one pass: yields a case's export events as soon as the case closes.</summary>
internal static class CaseEventStream
{
    public static async IAsyncEnumerable<(CaseInfo Info, List<ExportEvent> Events)> ReadAsync(
        IAsyncEnumerable<JournalEntry> journal, ReportOptions options, EventNormalizer normalizer,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var scope = new CaseScope<List<JournalEntry>>(options, _ => []);
        await foreach (var entry in journal.WithCancellation(cancellationToken))
        {
            var slot = scope.Enter(entry);
            slot.State?.Add(entry);
            if (scope.Leave(entry, slot) && slot.State is { } closed) yield return (slot.Info, normalizer.Normalize(slot.Info, closed));
        }

        foreach (var slot in scope.DrainOpen())
        {
            if (slot.State is { } open) yield return (slot.Info, normalizer.Normalize(slot.Info, open));
        }
    }
}
