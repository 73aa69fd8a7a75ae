using System.Globalization;
using System.Text.Json.Nodes;

namespace RelatieWerkstroom.Reports.Options;

/// <summary>Who bears the cost of a step's professional minutes (Handboek meting regeldrukkosten keeps these apart).</summary>
public enum CostBearer
{
    /// <summary>The municipality's own staff: uitvoeringskosten of the gemeente, not regeldruk.</summary>
    Municipality,

    /// <summary>A business (aanbieder, inschrijver): regeldruk for businesses.</summary>
    Business,

    /// <summary>An automated step: no human time, no cost.</summary>
    Automated,
}

/// <summary>Dutch labels of <see cref="CostBearer"/> as the tables show them.</summary>
public static class CostBearers
{
    /// <summary>"gemeente", "bedrijf" or "geautomatiseerd".</summary>
    public static string DutchLabel(CostBearer bearer) => bearer switch
    {
        CostBearer.Business => "bedrijf",
        CostBearer.Automated => "geautomatiseerd",
        _ => "gemeente",
    };
}

/// <summary>
/// Hourly tariffs that turn professional minutes into euros, with where they come from: the municipality's own salary
/// rates for its staff (uitvoeringskosten) and business tariffs for aanbieders and inschrijvers (regeldruk).
/// </summary>
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
    /// <summary>Actors whose time is a business's (regeldruk for businesses) unless the settings name others.</summary>
    public static IReadOnlySet<string> DefaultBusinessActors { get; } =
        new HashSet<string>(["aanbieder", "inschrijver", "zorgaanbieder", "leverancier"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Actors that stand for automated steps: their annotated minutes are no human time and cost nothing.</summary>
    public static IReadOnlySet<string> AutomatedActors { get; } = new HashSet<string>(["systeem", "system"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Actors whose time counts as regeldruk for businesses; every other actor but the automated ones is municipal staff.</summary>
    public IReadOnlySet<string> BusinessActors { get; init; } = DefaultBusinessActors;

    /// <summary>True when the tariffs are example values, not a municipality's own rates or the Handboek's: the report says so.</summary>
    public bool IsExample { get; init; }

    /// <summary>Who bears the cost of an actor's minutes.</summary>
    public CostBearer BearerOf(string? actor) =>
        actor is null ? CostBearer.Municipality
        : AutomatedActors.Contains(actor) ? CostBearer.Automated
        : BusinessActors.Contains(actor) ? CostBearer.Business
        : CostBearer.Municipality;

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
        15m)
    {
        IsExample = true,
    };

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
    /// <c>source</c>, <c>handbookVersion</c>, <c>perHour</c> per actor, the optional <c>citizenPerHour</c>, <c>businessActors</c>
    /// (whose time is regeldruk for businesses; default aanbieder, inschrijver) and <c>example</c> (true for example values,
    /// also assumed when <c>handbookVersion</c> is empty). The source
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
        var business = DefaultBusinessActors;
        if (obj["businessActors"] is { } actors)
        {
            if (actors is not JsonArray list || list.Any(a => a is not JsonValue av || !av.TryGetValue<string>(out var name) || string.IsNullOrWhiteSpace(name)))
                throw new FormatException($"{settingsSource}: skmTariffs.businessActors must be a list of actor names");
            business = new HashSet<string>(list.Select(a => a!.GetValue<string>().Trim()), StringComparer.OrdinalIgnoreCase);
        }

        if (obj["example"] is { } exampleNode && (exampleNode is not JsonValue ev || !ev.TryGetValue<bool>(out _)))
            throw new FormatException($"{settingsSource}: skmTariffs.example must be true or false");
        var example = obj["example"] is JsonValue e && e.GetValue<bool>() || version is null;
        return new SkmTariffTable(text, hourly, Example.DefaultHourly, citizen ?? Example.CitizenHourValue)
        {
            BusinessActors = business,
            IsExample = example,
        };
    }

    private static string? Text(JsonObject obj, string name) =>
        obj[name] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;
}
