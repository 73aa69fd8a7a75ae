namespace RelatieWerkstroom.Engine.LegalTime;

/// <summary>An algemeen erkende feestdag (Algemene termijnenwet art. 3) on a given date, with its Dutch name.</summary>
/// <param name="Date">The day that is not a working day for the Algemene termijnenwet.</param>
/// <param name="Name">The Dutch name, for example "Tweede Paasdag".</param>
public sealed record Holiday(DateOnly Date, string Name);
