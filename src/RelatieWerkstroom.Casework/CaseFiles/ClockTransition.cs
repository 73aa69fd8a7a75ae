namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>One recorded change of a legal clock; replaying them in order rebuilds the clock.</summary>
/// <param name="Action">What happened.</param>
/// <param name="On">The Dutch calendar day it happened.</param>
/// <param name="Term">The term (start) or extension (extend), e.g. "6 weeks".</param>
/// <param name="Reason">Why (suspend, extend).</param>
/// <param name="Actor">Who caused it (user id or <c>system</c>).</param>
/// <param name="At">The moment it was recorded.</param>
public sealed record ClockTransition(ClockAction Action, DateOnly On, string? Term, string? Reason, string? Actor, DateTimeOffset At)
{
    /// <summary>On the start: what kind of term this is (null on other transitions, and on clocks started before it existed).</summary>
    public ClockProfile? Profile { get; init; }

    /// <summary>The article that allows a suspension or extension a person recorded (e.g. "Awb 4:15 lid 1 sub a").</summary>
    public string? LegalBasis { get; init; }

    /// <summary>On a further delay under Awb 7:10 lid 4: its ground.</summary>
    public string? FurtherDelayGround { get; init; }
}
