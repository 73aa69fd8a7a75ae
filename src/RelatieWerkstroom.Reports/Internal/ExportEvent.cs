namespace RelatieWerkstroom.Reports.Internal;

/// <summary>A typed export attribute; <see cref="Type"/> is an XES type: string, int, float, boolean or date.</summary>
internal readonly record struct ExportAttribute(string Key, string Type, string Value);

/// <summary>A domain object an event touches (OCEL), with the qualifier of the relation.</summary>
internal readonly record struct ObjectRef(string Type, string Id, string Qualifier);

/// <summary>One event as the process-mining exports write it: journal entry plus the casework data merged into it.</summary>
internal sealed class ExportEvent(long sequence, string name, string lifecycle, DateTimeOffset time)
{
    public long Sequence { get; } = sequence;
    public string Name { get; } = name;
    public string Lifecycle { get; } = lifecycle;
    public DateTimeOffset Time { get; } = time;
    public string? Resource;
    public string? Role;
    public decimal? Cost;
    public List<ExportAttribute> Attributes { get; } = [];
    public List<ObjectRef> Objects { get; } = [];
}
