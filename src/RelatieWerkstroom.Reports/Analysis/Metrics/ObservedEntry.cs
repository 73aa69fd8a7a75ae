using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Reports.Internal;

namespace RelatieWerkstroom.Reports.Analysis.Metrics;

/// <summary>
/// The journal entry the metrics are looking at, with its case, instance and step. The payload is parsed at most once,
/// and only when a metric asks for it, so the manifest's count of malformed payloads does not depend on how many
/// metrics read it.
/// </summary>
internal sealed class ObservedEntry(Func<DateTimeOffset, DateOnly> dateOf)
{
    private PayloadFields? _payload;

    public CaseWork Work { get; private set; } = null!;

    public InstanceWork Instance { get; private set; } = null!;

    public JournalEntry Entry { get; private set; } = null!;

    /// <summary>The step the entry belongs to, when it names one the catalog knows.</summary>
    public StepMeta? Step { get; private set; }

    /// <summary>Entries whose payload was read and found malformed.</summary>
    public long Malformed { get; private set; }

    /// <summary>The calendar day of the entry in the report's time zone.</summary>
    public DateOnly Day => dateOf(Entry.Timestamp);

    public PayloadFields Payload
    {
        get
        {
            if (_payload is null)
            {
                _payload = PayloadFields.Parse(Entry.PayloadJson, out var malformed);
                if (malformed) Malformed++;
            }

            return _payload;
        }
    }

    public void Reset(CaseWork work, InstanceWork instance, JournalEntry entry, StepMeta? step)
    {
        Work = work;
        Instance = instance;
        Entry = entry;
        Step = step;
        _payload = null;
    }
}
