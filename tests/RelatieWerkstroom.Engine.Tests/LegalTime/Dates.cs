using System.Globalization;

namespace RelatieWerkstroom.Engine.Tests.LegalTime;

// Test tables read better with ISO strings than with new DateOnly(2026, 4, 6).
internal static class Dates
{
    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
