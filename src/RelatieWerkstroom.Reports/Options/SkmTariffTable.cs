using System.Globalization;
using System.Text.Json.Nodes;

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

    /// <summary>
    /// The <c>skmTariffs</c> section of a municipality's settings file (<c>workflows/settings/settings.schema.json</c>):
    /// <c>source</c>, <c>handbookVersion</c>, <c>perHour</c> per actor and the optional <c>citizenPerHour</c>. The source
    /// printed on reports names the settings file, the source text and the handbook version. Actors missing from
    /// <c>perHour</c> and an absent citizen hour value fall back to <see cref="Example"/>'s values, which the source says.
    /// Returns null when the section is absent; throws <see cref="FormatException"/> naming the bad field.
    /// </summary>
    /// <param name="section">The value of <c>skmTariffs</c>.</param>
    /// <param name="settingsSource">Where the section was read (file name), printed in the source.</param>
    public static SkmTariffTable? FromSettings(JsonNode? section, string settingsSource)
    {
        if (section is null) return null;
        if (section is not JsonObject obj) throw new FormatException($"{settingsSource}: skmTariffs must be an object");
        var source = Text(obj, "source") ?? throw new FormatException($"{settingsSource}: skmTariffs.source is missing");
        if (Text(obj, "currency") is { } currency && currency != "EUR")
            throw new FormatException($"{settingsSource}: skmTariffs.currency must be EUR (was {currency})");
        if (obj["perHour"] is not JsonObject perHour) throw new FormatException($"{settingsSource}: skmTariffs.perHour is missing");
        var hourly = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        foreach (var (actor, value) in perHour)
        {
            if (value is not JsonValue v || !v.TryGetValue<decimal>(out var amount) || amount < 0)
                throw new FormatException($"{settingsSource}: skmTariffs.perHour.{actor} must be a number of euros of at least 0");
            hourly[actor] = amount;
        }

        decimal? citizen = obj["citizenPerHour"] is JsonValue c && c.TryGetValue<decimal>(out var citizenValue) ? citizenValue : null;
        var version = Text(obj, "handbookVersion");
        var fallback = citizen is null
            ? string.Create(CultureInfo.InvariantCulture, $"; burgeruur voor de rangorde: {Example.CitizenHourValue} euro, voorbeeldwaarde")
            : "";
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{source} ({settingsSource}; Handboek Meting Regeldruk: {version ?? "versie niet ingevuld"}; actor zonder tarief: {Example.DefaultHourly} euro per uur{fallback})");
        return new SkmTariffTable(text, hourly, Example.DefaultHourly, citizen ?? Example.CitizenHourValue);
    }

    private static string? Text(JsonObject obj, string name) =>
        obj[name] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;
}
