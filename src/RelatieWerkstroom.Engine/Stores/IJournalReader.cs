using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Engine.Stores;

/// <summary>Reads the journal in sequence order without loading it all (reports stream over it).</summary>
public interface IJournalReader
{
    /// <summary>Streams entries with sequence greater than <paramref name="afterSequence"/>, optionally for one instance.</summary>
    IAsyncEnumerable<JournalEntry> ReadAsync(long afterSequence = 0, string? instanceId = null, CancellationToken cancellationToken = default);
}
