namespace RelatieWerkstroom.Engine.LegalTime;

/// <summary>An opschorting of a term (Awb 4:15, 7:10 lid 2): from the day of the request up to the day it ended.</summary>
/// <param name="From">The day the bestuursorgaan asked for the aanvulling (or the suspension otherwise began); not itself suspended.</param>
/// <param name="To">The day the aanvulling arrived or the suspension otherwise ended, counted as suspended; null while it lasts.</param>
/// <param name="Reason">Why the term is suspended, for example "Aanvulling gevraagd (Awb 4:5, 4:15 lid 1 sub a)".</param>
public sealed record TermSuspension(DateOnly From, DateOnly? To, string Reason)
{
    /// <summary>Whether the suspension has not yet ended.</summary>
    public bool IsOpen => To is null;

    /// <summary>The suspended days, the day after <see cref="From"/> up to and including <see cref="To"/>; 0 while open.</summary>
    public int Days => To is { } to ? to.DayNumber - From.DayNumber : 0;

    /// <summary>The suspended days if the suspension ends on <paramref name="asOf"/> (or has already ended).</summary>
    public int DaysAsOf(DateOnly asOf) => To is null ? Math.Max(0, asOf.DayNumber - From.DayNumber) : Days;
}
