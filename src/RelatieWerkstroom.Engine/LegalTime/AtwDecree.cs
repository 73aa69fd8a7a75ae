namespace RelatieWerkstroom.Engine.LegalTime;

/// <summary>
/// A royal decree under Algemene termijnenwet art. 3 lid 3 that equates days with the algemeen erkende feestdagen,
/// usually for three years at a time (bridge days: the Friday after a Thursday holiday, the Friday after Hemelvaart).
/// </summary>
/// <param name="Title">The decree's title as published in the Staatscourant.</param>
/// <param name="FirstYear">The first year the decree covers.</param>
/// <param name="LastYear">The last year the decree covers.</param>
/// <param name="Days">The equated days.</param>
/// <param name="Source">Where the title and days were checked.</param>
public sealed record AtwDecree(string Title, int FirstYear, int LastYear, IReadOnlyList<DateOnly> Days, string Source)
{
    /// <summary>Besluit gelijkstelling for 2023–2025.</summary>
    public static AtwDecree Gelijkstelling2023 { get; } = new(
        "Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag",
        2023, 2025,
        [new(2023, 4, 28), new(2023, 5, 19), new(2024, 5, 10), new(2024, 12, 27), new(2025, 5, 30)],
        "Titel van het besluit zoals aangehaald op sterfgeval.nl, vraag 70745 (4 oktober 2025); Staatsblad-nummer niet geverifieerd");

    /// <summary>Besluit gelijkstelling for 2026–2028.</summary>
    public static AtwDecree Gelijkstelling2026 { get; } = new(
        "Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag",
        2026, 2028,
        [new(2026, 1, 2), new(2026, 5, 15), new(2027, 5, 7), new(2028, 4, 28), new(2028, 5, 26)],
        "Titel van het besluit zoals aangehaald op sterfgeval.nl, vraag 70745 (4 oktober 2025); Staatsblad-nummer niet geverifieerd");

    /// <summary>The decrees on file, oldest first. Add a new one when it is published; until then the standing practice is assumed.</summary>
    public static IReadOnlyList<AtwDecree> OnFile { get; } = [Gelijkstelling2023, Gelijkstelling2026];

    /// <summary>Whether the decree covers the year (then its list is complete for that year).</summary>
    public bool Covers(int year) => year >= FirstYear && year <= LastYear;
}
