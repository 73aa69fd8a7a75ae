namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>What can happen to a legal clock (the LegalClock activity's <c>action</c> input, in lower case).</summary>
public enum ClockAction
{
    /// <summary>The term starts (receipt of the melding, aanvraag or bezwaarschrift).</summary>
    Start,

    /// <summary>Opschorting (Awb 4:15): the term stands still from the day after.</summary>
    Suspend,

    /// <summary>The opschorting ends (the aanvulling arrived).</summary>
    Resume,

    /// <summary>Verdaging (Awb 4:14, 7:10 lid 3): the term is extended.</summary>
    Extend,

    /// <summary>The decision was given: the clock stops.</summary>
    Stop,

    /// <summary>
    /// A term of the inwoner (or aanbieder) ended unused: the clock closes on its legal last day, whenever the workflow
    /// notices (a timer only decides when the process moves on, never when the term ends).
    /// </summary>
    Expire,
}
