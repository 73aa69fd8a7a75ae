namespace RelatieWerkstroom.Engine.LegalTime;

/// <summary>Whether a term runs forward from an event or is counted back from one (Algemene termijnenwet art. 1 lid 2).</summary>
public enum TermDirection
{
    /// <summary>The term runs from the day after the event, as a beslistermijn or bezwaartermijn does.</summary>
    Forward,

    /// <summary>The term is counted back from a moment or event ("uiterlijk zes weken vóór …"); it is never extended.</summary>
    Backward,
}
