using System.Globalization;

namespace RelatieWerkstroom.Engine.LegalTime;

// Messages show dates as yyyy-MM-dd whatever the current culture (a Thai or Arabic calendar would change the year).
internal static class IsoDate
{
    public static string ToIso(this DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
