using RelatieWerkstroom.Engine.LegalTime;

namespace RelatieWerkstroom.Casework.Settings;

/// <summary>A municipality's local choices, read from <c>workflows/settings/&lt;municipality&gt;.json</c> by <see cref="MunicipalitySettingsLoader"/>.</summary>
public sealed record MunicipalitySettings : IMunicipalitySettings
{
    /// <summary>No local choices: definition defaults, no named terms, no teams.</summary>
    public static MunicipalitySettings Default { get; } = new() { Municipality = "(geen gemeente ingesteld)" };

    /// <inheritdoc />
    public required string Municipality { get; init; }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> DefaultOptions { get; init; } = new Dictionary<string, string>();

    /// <inheritdoc />
    public IReadOnlyDictionary<string, LegalTerm> Terms { get; init; } = new Dictionary<string, LegalTerm>();

    /// <summary>The named terms with origin and basis, in the order of the settings file; null: derived from <see cref="Terms"/>.</summary>
    public IReadOnlyList<TermSetting>? TermDetails { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<TermSetting> TermSettings =>
        TermDetails ?? [.. Terms.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new TermSetting(t.Key, t.Value))];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, decimal> ProcurementThresholds { get; init; } = new Dictionary<string, decimal>();

    /// <inheritdoc />
    public IReadOnlyList<TeamSettings> Teams { get; init; } = [];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Zaaktypen { get; init; } = new Dictionary<string, string>();

    /// <inheritdoc />
    public DwangsomCalculator Dwangsom { get; init; } = DwangsomCalculator.Default;

    /// <inheritdoc />
    public string? Gemeentecode { get; init; }

    /// <inheritdoc />
    public int StandstillDays { get; init; } = 20;

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Uitvoeringsvarianten { get; init; } = new Dictionary<string, string>();

    /// <inheritdoc />
    public IReadOnlyDictionary<string, bool> BezwaarAdviescommissie { get; init; } = new Dictionary<string, bool>();

    /// <inheritdoc />
    public IReadOnlyDictionary<string, decimal> Bijstandsnormen { get; init; } = new Dictionary<string, decimal>();

    /// <inheritdoc />
    public string? DefaultOptionFor(string discretionId) => DefaultOptions.GetValueOrDefault(discretionId);

    /// <inheritdoc />
    public LegalTerm? Term(string name) => Terms.GetValueOrDefault(name);

    /// <inheritdoc />
    public string DefinitionIdFor(string zaaktype) => Zaaktypen.GetValueOrDefault(zaaktype) ?? zaaktype;
}
