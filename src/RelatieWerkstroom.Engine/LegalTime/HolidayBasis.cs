namespace RelatieWerkstroom.Engine.LegalTime;

/// <summary>Why a day counts as an algemeen erkende feestdag for the Algemene termijnenwet.</summary>
public enum HolidayBasis
{
    /// <summary>Listed in art. 3 lid 1, or Goede Vrijdag under lid 2.</summary>
    Statute,

    /// <summary>Equated by a royal decree under art. 3 lid 3 that is on file (see <see cref="AtwDecree"/>).</summary>
    RoyalDecree,

    /// <summary>
    /// Assumed: the Friday after Hemelvaartsdag in a year no decree on file covers. It has been equated in every decree
    /// we know of, so it is the best guess, but a person should check the decree before relying on the date.
    /// </summary>
    StandingPractice,
}
