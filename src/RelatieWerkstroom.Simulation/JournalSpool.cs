using System.Threading.Channels;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Simulation;

/// <summary>
/// Hands journal entries from the simulation thread to a writer on another thread in batches, so that the database
/// inserts overlap with the simulation instead of following it (and the journal is never held in memory as a whole).
/// </summary>
public sealed class JournalSpool
{
    private const int BatchSize = 8192;

    private readonly Channel<List<JournalEntry>> _channel = Channel.CreateBounded<List<JournalEntry>>(
        new BoundedChannelOptions(16) { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });
    private readonly Task _writer;
    private List<JournalEntry> _batch = new(BatchSize);

    /// <summary>Starts the writer; <paramref name="write"/> gets each batch, in order, on a thread-pool thread.</summary>
    public JournalSpool(Action<IReadOnlyList<JournalEntry>> write) =>
        _writer = Task.Run(async () =>
        {
            try
            {
                await foreach (var batch in _channel.Reader.ReadAllAsync()) write(batch);
            }
            catch (Exception ex)
            {
                // Lets the simulation thread see the failure instead of waiting for room that never comes.
                _channel.Writer.TryComplete(ex);
                throw;
            }
        });

    /// <summary>Adds an entry (called on the simulation thread).</summary>
    public void Add(JournalEntry entry)
    {
        _batch.Add(entry);
        if (_batch.Count < BatchSize) return;
        Post();
    }

    /// <summary>Sends the last batch and waits until the writer has written everything; rethrows a failure of the writer.</summary>
    public async Task CompleteAsync()
    {
        if (_batch.Count > 0) Post();
        _channel.Writer.TryComplete();
        await _writer;
    }

    private void Post()
    {
        var batch = _batch;
        _batch = new List<JournalEntry>(BatchSize);
        // Waits when the writer is far behind, so memory stays bounded; a failed writer completes the channel.
        while (!_channel.Writer.TryWrite(batch))
        {
            if (!_channel.Writer.WaitToWriteAsync().AsTask().GetAwaiter().GetResult())
            {
                _writer.GetAwaiter().GetResult();
                throw new InvalidOperationException("the journal writer stopped before the simulation ended");
            }
        }
    }
}
