namespace RelatieWerkstroom.Reports.Options;

/// <summary>Hourly tariffs that turn professional minutes into euros (standaardkostenmodel), with where they come from.</summary>
/// <param name="Source">Where the tariffs come from (document and version), printed on every report.</param>
/// <param name="HourlyByActor">Euros per hour by actor (friction <c>actor</c>, case-insensitive).</param>
/// <param name="DefaultHourly">Euros per hour for an actor that is not in the table.</param>
/// <param name="CitizenHourValue">
/// Euros per citizen hour, used only to rank hotspots on one scale; SKM itself reports citizen burden in hours.
/// </param>
public sealed record SkmTariffTable(
    string Source,
    IReadOnlyDictionary<string, decimal> HourlyByActor,
    decimal DefaultHourly,
    decimal CitizenHourValue)
{
    /// <summary>
    /// Placeholder tariffs so that a report can be produced before the municipality configures its own. They are NOT taken
    /// from the Handboek Meting Regeldruk; the source text says so on every report.
    /// </summary>
    public static SkmTariffTable Example { get; } = new(
        "Voorbeeldtarieven RelatieWerkstroom, niet officieel: vervang door de tarieven uit het Handboek Meting Regeldruk (met versie)",
        new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase)
        {
            ["consulent"] = 60m,
            ["jeugdconsulent"] = 60m,
            ["teamleider"] = 75m,
            ["jurist"] = 75m,
            ["inkoper"] = 70m,
            ["contractmanager"] = 70m,
            ["backoffice"] = 45m,
            ["klantcontact"] = 45m,
            ["beoordelingscommissie"] = 80m,
            ["aanbieder"] = 65m,
        },
        55m,
        15m);

    /// <summary>The tariff for an actor and whether it came from the table (false: the default was used).</summary>
    public (decimal Hourly, bool FromTable) TariffFor(string? actor)
    {
        if (actor is not null)
        {
            foreach (var (name, hourly) in HourlyByActor)
            {
                if (string.Equals(name, actor, StringComparison.OrdinalIgnoreCase)) return (hourly, true);
            }
        }

        return (DefaultHourly, false);
    }
}
