using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Engine.LegalTime;

namespace RelatieWerkstroom.Casework.Documents;

/// <summary>Where the beslistermijn of a case stands on the day a decision is drafted, as the case's legal clock says.</summary>
/// <param name="Clock">The clock name, e.g. <c>beslistermijn</c>.</param>
/// <param name="Term">The statutory term.</param>
/// <param name="LegalBasis">The article that sets it.</param>
/// <param name="Start">The day the term started from (receipt of the aanvraag).</param>
/// <param name="Deadline">The last day of the term; for a suspended clock, as it stands on the day of drafting.</param>
/// <param name="SuspendedDays">Days of opschorting (Awb 4:15) counted so far.</param>
/// <param name="Extensions">The verdagingen (Awb 4:14), in order.</param>
/// <param name="Suspended">Whether an opschorting is still open.</param>
public sealed record BeslistermijnStatus(
    string Clock,
    LegalTerm Term,
    string LegalBasis,
    DateOnly Start,
    DateOnly Deadline,
    int SuspendedDays,
    IReadOnlyList<LegalTerm> Extensions,
    bool Suspended)
{
    /// <summary>Reads a case clock on <paramref name="today"/>.</summary>
    public static BeslistermijnStatus From(CaseClock clock, DateOnly today)
    {
        var legal = clock.ToLegalClock();
        var deadline = legal.IsSuspended ? legal.DeadlineAsOf(today) : legal.Deadline();
        var suspendedDays = legal.Explain(today).SuspendedDays;
        return new BeslistermijnStatus(clock.Name, legal.Term, clock.LegalBasis, clock.Start, deadline, suspendedDays,
            [.. legal.Extensions.Select(e => e.Term)], legal.IsSuspended);
    }

    /// <summary>Whether a decision on <paramref name="day"/> meets the term.</summary>
    public bool IsMetOn(DateOnly day) => day <= Deadline;
}
