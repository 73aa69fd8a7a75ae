namespace RelatieWerkstroom.Engine.LegalTime;

/// <summary>An algemeen erkende feestdag (Algemene termijnenwet art. 3) on a given date, with its Dutch name.</summary>
/// <param name="Date">The day that is not a working day for the Algemene termijnenwet.</param>
/// <param name="Name">The Dutch name, for example "Tweede Paasdag"; an assumed day says so in its name.</param>
/// <param name="Basis">Whether the statute lists it, a decree on file equates it, or it is assumed from practice.</param>
/// <param name="Source">For a day equated by decree: the decree's title.</param>
public sealed record Holiday(DateOnly Date, string Name, HolidayBasis Basis = HolidayBasis.Statute, string? Source = null);
