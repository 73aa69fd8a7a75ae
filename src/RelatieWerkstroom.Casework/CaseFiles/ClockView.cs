using RelatieWerkstroom.Engine.LegalTime;

namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>
/// A legal clock as the case file shows it: the term, its deadline as it stands today, every suspension and extension
/// with who recorded it and why, and the actions a person may still take on it (<see cref="ChangeClock"/>).
/// </summary>
/// <param name="Id">The clock run.</param>
/// <param name="Dwangsom">The dwangsom process of Awb 4:17 and 4:18 once an ingebrekestelling was recorded for the clock; null before.</param>
/// <param name="Name">Clock name, e.g. <c>beslistermijn</c>.</param>
/// <param name="LegalBasis">The article that sets the term.</param>
/// <param name="Term">The original term, e.g. "2 weeks".</param>
/// <param name="Start">The day of the triggering event.</param>
/// <param name="Deadline">The last day the term is met; while suspended, the deadline as it stands today.</param>
/// <param name="WarningDate">The day the scheduler warns (null while suspended).</param>
/// <param name="DaysLeft">Days from today to the deadline (negative when overdue; for a stopped clock the days left when it stopped).</param>
/// <param name="IsSuspended">Whether an opschorting is open.</param>
/// <param name="SuspendedDays">Days suspended by closed suspensions.</param>
/// <param name="StoppedOn">The day the clock stopped.</param>
/// <param name="Expired">Whether a term of the inwoner or aanbieder ended unused.</param>
/// <param name="OwedBy">Who owes the act: bestuursorgaan, inwoner, aanbieder, gemeente-contractpartij.</param>
/// <param name="TermKind">deadline or waiting-period.</param>
/// <param name="Origin">national, local, contract or internal.</param>
/// <param name="Verdaging">Which extension the law allows: any, none or awb-7:10.</param>
/// <param name="Transitions">Start, suspensions, resumptions, extensions and stop, oldest first, with who and why.</param>
/// <param name="Actions">What a person may do now: suspend, resume, extend (empty for a stopped clock or a term of the inwoner).</param>
/// <param name="ExtensionNeedsGround">Whether a further extension needs a ground of Awb 7:10 lid 4.</param>
public sealed record ClockView(
    string Id,
    string Name,
    string LegalBasis,
    string Term,
    DateOnly Start,
    DateOnly? Deadline,
    DateOnly? WarningDate,
    int? DaysLeft,
    bool IsSuspended,
    int SuspendedDays,
    DateOnly? StoppedOn,
    bool Expired,
    string OwedBy,
    string TermKind,
    string Origin,
    string Verdaging,
    IReadOnlyList<ClockTransition> Transitions,
    IReadOnlyList<string> Actions,
    bool ExtensionNeedsGround,
    DwangsomView? Dwangsom = null)
{
    /// <summary>
    /// The view of <paramref name="clock"/> on <paramref name="today"/> in <paramref name="caseFile"/>;
    /// <paramref name="suspendable"/>: whether the workflow models an opschorting of this clock.
    /// </summary>
    public static ClockView From(CaseClock clock, CaseFile caseFile, DateOnly today, bool suspendable, DwangsomCalculator? dwangsom = null)
    {
        var legal = clock.ToLegalClock();
        var penalty = DwangsomView.For(clock, caseFile, today, dwangsom ?? DwangsomCalculator.Default);
        var actions = ChangeClock.AllowedActions(clock, caseFile, suspendable).ToList();
        // Offered once the term has passed without a decision; one received earlier is premature (the API records it all the same).
        if (clock.IsRunning && !clock.IsSuspended && caseFile.Status == CaseFileStatus.Open && RegisterIngebrekestelling.Applies(clock)
            && penalty is not { Premature: false } && (clock.Deadline ?? legal.DeadlineAsOf(today)) < today)
            actions.Add("ingebrekestelling");
        var profile = clock.Profile;
        DateOnly? deadline = clock.Deadline ?? (clock.IsRunning ? legal.DeadlineAsOf(today) : null);
        int? daysLeft = clock.Expired ? null : legal.DaysLeft(today);
        return new ClockView(clock.Id, clock.Name, clock.LegalBasis, clock.Term, clock.Start, deadline ?? (clock.StoppedOn is { } s ? legal.DeadlineAsOf(s) : null),
            clock.WarningDate, daysLeft, clock.IsSuspended, clock.SuspendedDays, clock.StoppedOn, clock.Expired,
            profile.OwedBy, profile.TermKind, profile.Origin, VerdagingText(profile.Verdaging), clock.Transitions,
            actions,
            profile.Verdaging == VerdagingRule.Awb710 && legal.Extensions.Count > 0,
            penalty);
    }

    /// <summary>The verdaging rule as the LegalClock activity writes it.</summary>
    public static string VerdagingText(VerdagingRule rule) => rule switch
    {
        VerdagingRule.None => "none",
        VerdagingRule.Awb710 => "awb-7:10",
        _ => "any",
    };
}
