namespace RelatieWerkstroom.Scheduling.LegalClocks;

/// <summary>
/// Where the scheduler finds legal clocks and records their warnings and breaches. Casework implements it over
/// its case files; the scheduler decides when a warning or breach is due.
/// </summary>
public interface ILegalClockSource
{
    /// <summary>
    /// Running clocks (started, not suspended, not stopped) whose deadline is on or before
    /// <paramref name="deadlineOnOrBefore"/> and that still lack a warning or a breach record.
    /// </summary>
    Task<IReadOnlyList<ClockDue>> FindClocksAsync(DateOnly deadlineOnOrBefore, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records that the clock's warning date was reached. Must be idempotent by clock id: a second call for the
    /// same clock records nothing and returns false (enforce it with a unique key on clock id + kind).
    /// </summary>
    Task<bool> RecordWarningAsync(ClockDue clock, DateOnly warningDate, DateTimeOffset recordedAt, CancellationToken cancellationToken = default);

    /// <summary>Records that the deadline passed. Idempotent by clock id, as <see cref="RecordWarningAsync"/>.</summary>
    Task<bool> RecordBreachAsync(ClockDue clock, DateTimeOffset recordedAt, CancellationToken cancellationToken = default);
}
