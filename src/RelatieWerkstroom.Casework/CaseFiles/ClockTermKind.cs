namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>Whether a legal clock is a deadline (acting late is the miss) or a minimum waiting period (acting early is).</summary>
public static class ClockTermKind
{
    /// <summary>The act must happen on or before the last day.</summary>
    public const string Deadline = "deadline";

    /// <summary>
    /// The act may not happen before the term has passed: the persoonlijk-plan window (Wmo 2.3.2 lid 2), the standstill
    /// (Aw 2.127). Stopping such a clock before its end is the miss.
    /// </summary>
    public const string WaitingPeriod = "waiting-period";

    /// <summary>The values in documentation order.</summary>
    public static IReadOnlyList<string> All { get; } = [Deadline, WaitingPeriod];
}
