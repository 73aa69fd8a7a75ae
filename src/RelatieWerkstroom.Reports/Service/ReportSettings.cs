using System.Text.Json;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.Settings;
using RelatieWerkstroom.Engine.LegalTime;
using RelatieWerkstroom.Reports.Options;

namespace RelatieWerkstroom.Reports.Service;

/// <summary>
/// What a report takes from the municipality's settings: the SKM tariffs (with their source) and the dwangsom tariffs.
/// Every host reads them the same way, from the same settings file the casework runs on.
/// </summary>
/// <param name="Municipality">The municipality, as named in its settings.</param>
/// <param name="Tariffs">The hourly tariffs of the standaardkostenmodel; the placeholder table when the settings have none.</param>
/// <param name="Dwangsom">The dwangsom tariffs in force (Awb 4:17).</param>
/// <param name="Source">The settings file the values were read from, or null for the built-in placeholders.</param>
public sealed record ReportSettings(string Municipality, SkmTariffTable Tariffs, DwangsomCalculator Dwangsom, string? Source)
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>No municipality configured: the placeholder tariffs, which every report then says.</summary>
    public static ReportSettings Placeholder { get; } = new("(geen gemeente ingesteld)", SkmTariffTable.Example, DwangsomCalculator.Default, null);

    /// <summary>Reads a municipality settings file (<c>workflows/settings/NAME.json</c>).</summary>
    public static async Task<ReportSettings> LoadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path)) throw new SettingsFormatException(path, [("", "file not found")]);
        return Parse(await File.ReadAllTextAsync(path, cancellationToken), Path.GetFileName(path));
    }

    /// <summary>Parses settings text; throws <see cref="SettingsFormatException"/> for a bad file or a bad <c>skmTariffs</c> section.</summary>
    public static ReportSettings Parse(string json, string source)
    {
        var municipality = MunicipalitySettingsLoader.Parse(json, source);
        SkmTariffTable? tariffs;
        try
        {
            tariffs = SkmTariffTable.FromSettings(JsonNode.Parse(json, documentOptions: DocumentOptions)?["skmTariffs"], source);
        }
        catch (FormatException ex)
        {
            throw new SettingsFormatException(source, [("skmTariffs", ex.Message)]);
        }

        return new ReportSettings(municipality.Municipality, tariffs ?? SkmTariffTable.Example, municipality.Dwangsom, source);
    }
}
