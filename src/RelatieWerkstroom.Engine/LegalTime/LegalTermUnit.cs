namespace RelatieWerkstroom.Engine.LegalTime;

/// <summary>The unit in which a statutory term is expressed.</summary>
public enum LegalTermUnit
{
    /// <summary>Hours; such terms are outside the Algemene termijnenwet (art. 4) and cannot be added to a date.</summary>
    Hours,

    /// <summary>Calendar days.</summary>
    Days,

    /// <summary>Weeks of seven calendar days.</summary>
    Weeks,

    /// <summary>Calendar months.</summary>
    Months,

    /// <summary>Calendar years; such terms are outside the Algemene termijnenwet (art. 4).</summary>
    Years,
}
