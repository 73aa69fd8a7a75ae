using System.Collections.Immutable;

namespace RelatieWerkstroom.Engine.LegalTime;

/// <summary>One statutory term on a case (for example a beslistermijn) with its suspensions, extensions and stop.</summary>
/// <remarks>
/// The clock is immutable: every transition returns a new clock, so each step can be stored and audit-logged.
/// The deadline is read as follows (Awb 4:13–4:15, 7:10; Algemene termijnenwet):
/// <list type="number">
/// <item>The term runs from the day after <see cref="Start"/>, so it ends on <c>Term.AddTo(Start)</c> (Atw practice,
/// Awb 6:8: 2026-01-05 + 2 weeks = 2026-01-19).</item>
/// <item>Each extension (verdaging) is added, in order, to the end reached so far: a verdaging prolongs the term
/// itself rather than starting a new term after the Atw-adjusted end.</item>
/// <item>The suspended days are then added. A suspension counts from the day after the request up to and including
/// the day the aanvulling arrives (Awb 4:15 lid 1: "met ingang van de dag na … tot de dag waarop"), i.e. To − From days.</item>
/// <item>The Algemene termijnenwet is applied once, to that final date, with the start of the original term; whether
/// art. 4 exempts the term, and whether art. 2 (three days or more) applies, is judged on the original term only.</item>
/// </list>
/// </remarks>
public sealed record LegalClock
{
    /// <summary>Starts a clock for a term that runs from the day after <paramref name="start"/>.</summary>
    /// <param name="name">What the term is, for example "Beslistermijn Wmo 2.3.5".</param>
    /// <param name="legalBasis">The article that sets the term, for example "Wmo 2015 art. 2.3.5 lid 1".</param>
    /// <param name="start">The day of the triggering event (receipt of the aanvraag, bekendmaking, …).</param>
    /// <param name="term">The statutory term; terms in hours cannot be put on a day-based clock.</param>
    public LegalClock(string name, string legalBasis, DateOnly start, LegalTerm term)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(legalBasis);
        ArgumentNullException.ThrowIfNull(term);
        if (term.Unit == LegalTermUnit.Hours)
        {
            throw new ArgumentException($"A term of {term} cannot run on a day-based legal clock.", nameof(term));
        }

        Name = name;
        LegalBasis = legalBasis;
        Start = start;
        Term = term;
    }

    /// <summary>What the term is, for example "Beslistermijn Wmo 2.3.5".</summary>
    public string Name { get; }

    /// <summary>The article that sets the term.</summary>
    public string LegalBasis { get; }

    /// <summary>The day of the triggering event; the term runs from the day after.</summary>
    public DateOnly Start { get; }

    /// <summary>The original statutory term.</summary>
    public LegalTerm Term { get; }

    /// <summary>Which extensions the law allows on this term; <see cref="Extend"/> refuses others.</summary>
    public VerdagingRule Verdaging { get; init; } = VerdagingRule.Any;

    /// <summary>The suspensions in date order; only the last can be open.</summary>
    public ImmutableList<TermSuspension> Suspensions { get; private init; } = [];

    /// <summary>The extensions in the order they were given.</summary>
    public ImmutableList<TermExtension> Extensions { get; private init; } = [];

    /// <summary>The day the clock was stopped (the decision was given), or null while it runs.</summary>
    public DateOnly? Stopped { get; private init; }

    /// <summary>Whether a suspension is open.</summary>
    public bool IsSuspended => Suspensions.Count > 0 && Suspensions[^1].IsOpen;

    /// <summary>Whether the clock was stopped.</summary>
    public bool IsStopped => Stopped is not null;

    /// <summary>The days suspended by closed suspensions.</summary>
    public int SuspendedDays => Suspensions.Sum(s => s.Days);

    /// <summary>The last day on which the term is met; throws while suspended, because that day is not yet known.</summary>
    public DateOnly Deadline(AlgemeneTermijnenwet? termijnenwet = null) => Explain(null, termijnenwet).Deadline;

    /// <summary>The deadline as it stands on <paramref name="today"/>: an open suspension counts as ending today.</summary>
    public DateOnly DeadlineAsOf(DateOnly today, AlgemeneTermijnenwet? termijnenwet = null) =>
        Explain(today, termijnenwet).Deadline;

    /// <summary>
    /// The deadline step by step. Without <paramref name="asOf"/> an open suspension makes the deadline unknown and
    /// this throws; with it, the open suspension counts up to and including that day.
    /// </summary>
    public DeadlineBreakdown Explain(DateOnly? asOf = null, AlgemeneTermijnenwet? termijnenwet = null)
    {
        if (asOf is null && IsSuspended)
        {
            var open = Suspensions[^1];
            throw new InvalidOperationException(
                $"'{Name}' is suspended since {open.From.ToIso()} ({open.Reason}); its deadline is not known until it resumes. " +
                "Use DeadlineAsOf(today) for the deadline as it stands today.");
        }

        var atw = termijnenwet ?? AlgemeneTermijnenwet.Default;
        var steps = new List<string>();

        var termEnd = Term.AddTo(Start);
        steps.Add($"{Term} from {Start.ToIso()} (counted from {Start.AddDays(1).ToIso()}) ends on {termEnd.ToIso()}.");

        var end = termEnd;
        foreach (var extension in Extensions)
        {
            var extended = extension.Term.AddTo(end);
            steps.Add($"Extended by {extension.Term} ({extension.Reason}): {end.ToIso()} becomes {extended.ToIso()}.");
            end = extended;
        }

        var suspendedDays = 0;
        foreach (var suspension in Suspensions)
        {
            var days = asOf is { } day ? suspension.DaysAsOf(day) : suspension.Days;
            suspendedDays += days;
            steps.Add(suspension.To is { } to
                ? $"Suspended from {suspension.From.ToIso()} to {to.ToIso()} ({suspension.Reason}): {days} days."
                : $"Suspended since {suspension.From.ToIso()} ({suspension.Reason}): {days} days up to {asOf?.ToIso()}.");
        }

        var beforeAtw = end.AddDays(suspendedDays);
        if (suspendedDays > 0)
        {
            steps.Add($"With {suspendedDays} suspended days the term ends on {beforeAtw.ToIso()}.");
        }

        var result = atw.Apply(Start, beforeAtw, Term);
        steps.Add(result.Explanation);
        return new DeadlineBreakdown(Start, Term, termEnd, end, suspendedDays, beforeAtw, result, steps);
    }

    /// <summary>
    /// Days from <paramref name="today"/> to the deadline (0 on the deadline itself, negative when overdue). A suspended
    /// clock counts its open suspension up to today, so its days left stay frozen; a stopped clock returns the days that
    /// were left on the day it stopped, whatever today is.
    /// </summary>
    public int DaysLeft(DateOnly today, AlgemeneTermijnenwet? termijnenwet = null)
    {
        var reference = Stopped ?? today;
        return DeadlineAsOf(reference, termijnenwet).DayNumber - reference.DayNumber;
    }

    /// <summary>Whether the deadline has passed on <paramref name="today"/>, or, for a stopped clock, was passed when it stopped.</summary>
    public bool IsBreached(DateOnly today, AlgemeneTermijnenwet? termijnenwet = null) => DaysLeft(today, termijnenwet) < 0;

    /// <summary>
    /// The day <paramref name="workingDaysBefore"/> working days before the deadline (0 gives the deadline), but not
    /// before <see cref="Start"/>. Throws while suspended, because the deadline is not yet known.
    /// </summary>
    public DateOnly WarningDate(int workingDaysBefore, AlgemeneTermijnenwet? termijnenwet = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDaysBefore);
        var atw = termijnenwet ?? AlgemeneTermijnenwet.Default;
        var day = Deadline(atw);
        for (var counted = 0; counted < workingDaysBefore && day > Start;)
        {
            day = day.AddDays(-1);
            if (atw.Calendar.IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day < Start ? Start : day;
    }

    /// <summary>Suspends the term after a request on <paramref name="from"/>; the suspension counts from the day after.</summary>
    public LegalClock Suspend(DateOnly from, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ThrowIfStopped("suspend");
        if (IsSuspended)
        {
            var open = Suspensions[^1];
            throw new InvalidOperationException(
                $"Cannot suspend '{Name}': it is already suspended since {open.From.ToIso()} ({open.Reason}).");
        }

        if (from < Start)
        {
            throw new InvalidOperationException(
                $"Cannot suspend '{Name}' on {from.ToIso()}: the term starts on {Start.ToIso()}.");
        }

        if (Suspensions.Count > 0 && Suspensions[^1].To is { } previousEnd && from < previousEnd)
        {
            throw new InvalidOperationException(
                $"Cannot suspend '{Name}' on {from.ToIso()}: the previous suspension lasted until {previousEnd.ToIso()}.");
        }

        var deadline = Deadline();
        if (from > deadline)
        {
            throw new InvalidOperationException(
                $"Cannot suspend '{Name}' on {from.ToIso()}: the term already expired on {deadline.ToIso()}, and a suspension cannot revive it.");
        }

        return this with { Suspensions = Suspensions.Add(new TermSuspension(from, null, reason)) };
    }

    /// <summary>Ends the open suspension on <paramref name="on"/> (the day the aanvulling arrived), which is still suspended.</summary>
    public LegalClock Resume(DateOnly on)
    {
        ThrowIfStopped("resume");
        if (!IsSuspended)
        {
            throw new InvalidOperationException($"Cannot resume '{Name}': it is not suspended.");
        }

        var open = Suspensions[^1];
        if (on < open.From)
        {
            throw new InvalidOperationException(
                $"Cannot resume '{Name}' on {on.ToIso()}: it was suspended on {open.From.ToIso()}.");
        }

        return this with { Suspensions = Suspensions.SetItem(Suspensions.Count - 1, open with { To = on }) };
    }

    /// <summary>
    /// Extends (verdaagt) the term by <paramref name="term"/>, as far as <see cref="Verdaging"/> allows; when
    /// <paramref name="notifiedOn"/> is given it must fall within the term. A further delay under Awb 7:10 lid 4 names
    /// its ground in <paramref name="furtherDelayGround"/>.
    /// </summary>
    public LegalClock Extend(LegalTerm term, string reason, DateOnly? notifiedOn = null, string? furtherDelayGround = null)
    {
        ArgumentNullException.ThrowIfNull(term);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (term.Unit == LegalTermUnit.Hours)
        {
            throw new ArgumentException($"A term cannot be extended by {term}.", nameof(term));
        }

        ThrowIfStopped("extend");
        ThrowIfNotAllowed(term, furtherDelayGround);
        if (notifiedOn is { } notified)
        {
            if (notified < Start)
            {
                throw new InvalidOperationException(
                    $"Cannot extend '{Name}' on {notified.ToIso()}: the term starts on {Start.ToIso()}.");
            }

            var deadline = DeadlineAsOf(notified);
            if (notified > deadline)
            {
                throw new InvalidOperationException(
                    $"Cannot extend '{Name}' on {notified.ToIso()}: the term already expired on {deadline.ToIso()}; an extension must be notified within the term.");
            }
        }

        return this with { Extensions = Extensions.Add(new TermExtension(term, reason, notifiedOn, furtherDelayGround)) };
    }

    /// <summary>Stops the clock on <paramref name="on"/> (the decision was given); an open suspension ends that day.</summary>
    public LegalClock Stop(DateOnly on)
    {
        ThrowIfStopped("stop");
        if (on < Start)
        {
            throw new InvalidOperationException(
                $"Cannot stop '{Name}' on {on.ToIso()}: the term starts on {Start.ToIso()}.");
        }

        var clock = this;
        if (IsSuspended)
        {
            clock = Resume(on);
        }

        return clock with { Stopped = on };
    }

    /// <inheritdoc />
    public bool Equals(LegalClock? other) =>
        other is not null
        && Name == other.Name
        && LegalBasis == other.LegalBasis
        && Start == other.Start
        && Term == other.Term
        && Verdaging == other.Verdaging
        && Stopped == other.Stopped
        && Suspensions.SequenceEqual(other.Suspensions)
        && Extensions.SequenceEqual(other.Extensions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, LegalBasis, Start, Term, Stopped, Suspensions.Count, Extensions.Count);

    private void ThrowIfNotAllowed(LegalTerm term, string? furtherDelayGround)
    {
        switch (Verdaging)
        {
            case VerdagingRule.None:
                throw new InvalidOperationException(
                    $"Cannot extend '{Name}' ({LegalBasis}): the law gives this term no verdaging. A notice under Awb 4:14 lid 1 " +
                    "names when the decision can be expected, but the deadline stays where it is; a later decision is late.");
            case VerdagingRule.Awb710 when Extensions.Count == 0 && term.AddTo(Start) > LegalTerm.Weeks(6).AddTo(Start):
                throw new InvalidOperationException(
                    $"Cannot extend '{Name}' by {term}: Awb 7:10 lid 3 allows a verdaging of at most six weeks.");
            case VerdagingRule.Awb710 when Extensions.Count > 0 && string.IsNullOrWhiteSpace(furtherDelayGround):
                throw new InvalidOperationException(
                    $"Cannot extend '{Name}' again: Awb 7:10 lid 3 allows one verdaging; further delay needs a ground of lid 4 " +
                    "(a: all belanghebbenden consent; b: the indiener consents and nobody else is harmed; c: wettelijke procedurevoorschriften).");
        }
    }

    private void ThrowIfStopped(string transition)
    {
        if (Stopped is { } stopped)
        {
            throw new InvalidOperationException($"Cannot {transition} '{Name}': it was stopped on {stopped.ToIso()}.");
        }
    }
}
