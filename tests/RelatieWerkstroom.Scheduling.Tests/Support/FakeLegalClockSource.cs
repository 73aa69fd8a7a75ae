using System.Collections.Concurrent;
using RelatieWerkstroom.Scheduling.LegalClocks;

namespace RelatieWerkstroom.Scheduling.Tests.Support;

/// <summary>Legal clocks in memory; records are unique per clock id and kind, as the interface requires.</summary>
public sealed class FakeLegalClockSource : ILegalClockSource
{
    private readonly ConcurrentDictionary<string, ClockDue> _clocks = new();
    private readonly ConcurrentDictionary<(string ClockId, string Kind), DateOnly?> _records = new();
    private int _recordCalls;

    public int RecordCalls => _recordCalls;

    public IReadOnlyList<(string ClockId, string Kind, DateOnly? WarningDate)> Records =>
        _records.Select(r => (r.Key.ClockId, r.Key.Kind, r.Value)).OrderBy(r => r.ClockId).ThenBy(r => r.Kind).ToList();

    public FakeLegalClockSource Add(ClockDue clock)
    {
        _clocks[clock.ClockId] = clock;
        return this;
    }

    public Task<IReadOnlyList<ClockDue>> FindClocksAsync(DateOnly deadlineOnOrBefore, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<ClockDue> due = _clocks.Values
            .Where(c => c.Deadline <= deadlineOnOrBefore)
            .Select(c => c with
            {
                WarningRecorded = c.WarningRecorded || _records.ContainsKey((c.ClockId, "warning")),
                BreachRecorded = c.BreachRecorded || _records.ContainsKey((c.ClockId, "breach")),
            })
            .Where(c => !(c.WarningRecorded && c.BreachRecorded))
            .ToList();
        return Task.FromResult(due);
    }

    public Task<bool> RecordWarningAsync(ClockDue clock, DateOnly warningDate, DateTimeOffset recordedAt, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _recordCalls);
        return Task.FromResult(_records.TryAdd((clock.ClockId, "warning"), warningDate));
    }

    public Task<bool> RecordBreachAsync(ClockDue clock, DateTimeOffset recordedAt, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _recordCalls);
        return Task.FromResult(_records.TryAdd((clock.ClockId, "breach"), null));
    }
}
