using System.Buffers.Binary;
using System.Text;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Engine.Stores;

/// <summary>
/// The kept journal of <see cref="InMemoryWorkflowInstanceStore"/> as an append-only byte log. A long run keeps
/// millions of entries; as objects they would be copied and traced by every garbage collection, which cost more than
/// running the workflows. Bytes hold no references, so the collector never looks inside them. Strings that repeat
/// (definition, activity, kind, actor, friction, outcome) are stored once and referred to by number.
/// </summary>
internal sealed class InMemoryJournalLog
{
    private const int ChunkBytes = 1 << 20;
    private const int FixedBytes = 66;
    private const int MaxAliases = 100_000;

    private readonly List<byte[]> _chunks = [];
    private readonly List<int> _chunkUsed = [];
    private readonly List<string> _strings = [];
    private readonly Dictionary<string, int> _byContent = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byReference = new(ReferenceEqualityComparer.Instance);
    private readonly List<string> _instanceIds = [];
    private readonly List<string> _correlationIds = [];
    private string? _lastInstanceId;
    private string? _lastCorrelationId;
    private readonly LastString[] _last = new LastString[8];
    private byte[] _current = [];
    private int _used;

    /// <summary>Appends one entry (its sequence already assigned).</summary>
    public void Add(JournalEntry entry)
    {
        var payload = entry.PayloadJson;
        var maxBytes = FixedBytes + (payload is null ? 0 : Encoding.UTF8.GetMaxByteCount(payload.Length));
        if (_used + maxBytes > _current.Length) NewChunk(Math.Max(ChunkBytes, maxBytes));

        var row = _current.AsSpan(_used);
        BinaryPrimitives.WriteInt64LittleEndian(row, entry.Sequence);
        BinaryPrimitives.WriteInt64LittleEndian(row[8..], entry.Timestamp.Ticks);
        BinaryPrimitives.WriteInt16LittleEndian(row[16..], (short)entry.Timestamp.Offset.TotalMinutes);
        BinaryPrimitives.WriteInt32LittleEndian(row[18..], entry.DefinitionVersion);
        BinaryPrimitives.WriteInt32LittleEndian(row[22..], InstanceIndex(entry.InstanceId));
        BinaryPrimitives.WriteInt32LittleEndian(row[26..], CorrelationIndex(entry.CorrelationId));
        BinaryPrimitives.WriteInt32LittleEndian(row[30..], Intern(entry.DefinitionId, ref _last[0]));
        BinaryPrimitives.WriteInt32LittleEndian(row[34..], Intern(entry.ActivityId, ref _last[1]));
        BinaryPrimitives.WriteInt32LittleEndian(row[38..], Intern(entry.ActivityType, ref _last[2]));
        BinaryPrimitives.WriteInt32LittleEndian(row[42..], Intern(entry.ActivityName, ref _last[3]));
        BinaryPrimitives.WriteInt32LittleEndian(row[46..], Intern(entry.Kind, ref _last[4]));
        BinaryPrimitives.WriteInt32LittleEndian(row[50..], Intern(entry.Actor, ref _last[5]));
        BinaryPrimitives.WriteInt32LittleEndian(row[54..], Intern(entry.Outcome, ref _last[6]));
        BinaryPrimitives.WriteInt32LittleEndian(row[58..], Intern(entry.FrictionJson, ref _last[7]));
        var payloadLength = payload is null ? -1 : Encoding.UTF8.GetBytes(payload, row[FixedBytes..]);
        BinaryPrimitives.WriteInt32LittleEndian(row[62..], payloadLength);
        _used += FixedBytes + Math.Max(payloadLength, 0);
    }

    /// <summary>Entries after a sequence number, optionally of one instance, as new objects.</summary>
    public List<JournalEntry> Read(long afterSequence, string? instanceId)
    {
        var result = new List<JournalEntry>();
        for (var c = 0; c < _chunks.Count; c++)
        {
            var chunk = _chunks[c].AsSpan(0, c == _chunks.Count - 1 ? _used : _chunkUsed[c]);
            while (chunk.Length > 0)
            {
                var payloadLength = BinaryPrimitives.ReadInt32LittleEndian(chunk[62..]);
                var size = FixedBytes + Math.Max(payloadLength, 0);
                var row = chunk[..size];
                chunk = chunk[size..];
                var sequence = BinaryPrimitives.ReadInt64LittleEndian(row);
                var rowInstance = _instanceIds[BinaryPrimitives.ReadInt32LittleEndian(row[22..])];
                if (sequence <= afterSequence || (instanceId is not null && rowInstance != instanceId)) continue;
                result.Add(new JournalEntry
                {
                    Sequence = sequence,
                    Timestamp = new DateTimeOffset(BinaryPrimitives.ReadInt64LittleEndian(row[8..]),
                        TimeSpan.FromMinutes(BinaryPrimitives.ReadInt16LittleEndian(row[16..]))),
                    DefinitionVersion = BinaryPrimitives.ReadInt32LittleEndian(row[18..]),
                    InstanceId = rowInstance,
                    CorrelationId = Lookup(_correlationIds, BinaryPrimitives.ReadInt32LittleEndian(row[26..])),
                    DefinitionId = Lookup(_strings, BinaryPrimitives.ReadInt32LittleEndian(row[30..]))!,
                    ActivityId = Lookup(_strings, BinaryPrimitives.ReadInt32LittleEndian(row[34..])),
                    ActivityType = Lookup(_strings, BinaryPrimitives.ReadInt32LittleEndian(row[38..])),
                    ActivityName = Lookup(_strings, BinaryPrimitives.ReadInt32LittleEndian(row[42..])),
                    Kind = Lookup(_strings, BinaryPrimitives.ReadInt32LittleEndian(row[46..]))!,
                    Actor = Lookup(_strings, BinaryPrimitives.ReadInt32LittleEndian(row[50..])),
                    Outcome = Lookup(_strings, BinaryPrimitives.ReadInt32LittleEndian(row[54..])),
                    FrictionJson = Lookup(_strings, BinaryPrimitives.ReadInt32LittleEndian(row[58..])),
                    PayloadJson = payloadLength < 0 ? null : Encoding.UTF8.GetString(row[FixedBytes..]),
                });
            }
        }
        return result;
    }

    private void NewChunk(int size)
    {
        if (_chunks.Count > 0) _chunkUsed[^1] = _used;
        _current = new byte[size];
        _used = 0;
        _chunks.Add(_current);
        _chunkUsed.Add(0);
    }

    private int Intern(string? text, ref LastString last)
    {
        if (text is null) return -1;
        // Consecutive events mostly repeat each field (same definition, same activity, same actor).
        if (ReferenceEquals(text, last.Text)) return last.Id;
        var id = Intern(text);
        last = new LastString(text, id);
        return id;
    }

    private int Intern(string text)
    {
        if (_byReference.TryGetValue(text, out var id)) return id;
        if (!_byContent.TryGetValue(text, out id))
        {
            id = _strings.Count;
            _strings.Add(text);
            _byContent[text] = id;
        }
        // The same string object comes back for every event of a node; remembering it by reference skips hashing its text.
        if (_byReference.Count < MaxAliases) _byReference[text] = id;
        return id;
    }

    // Instance and correlation ids are new for (nearly) every commit, and every event of a commit shares the same string.
    private int InstanceIndex(string instanceId)
    {
        if (!ReferenceEquals(instanceId, _lastInstanceId))
        {
            _instanceIds.Add(instanceId);
            _lastInstanceId = instanceId;
        }
        return _instanceIds.Count - 1;
    }

    private int CorrelationIndex(string? correlationId)
    {
        if (correlationId is null) return -1;
        if (!ReferenceEquals(correlationId, _lastCorrelationId))
        {
            _correlationIds.Add(correlationId);
            _lastCorrelationId = correlationId;
        }
        return _correlationIds.Count - 1;
    }

    private static string? Lookup(List<string> table, int index) => index < 0 ? null : table[index];

    private readonly record struct LastString(string Text, int Id);
}
