using RelatieWerkstroom.Casework.Settings;

namespace RelatieWerkstroom.Casework.Steps.Procurement;

/// <summary>
/// The thresholds a procurement step tests against: from the municipality's settings when they name one, otherwise
/// the European thresholds, which are law rather than local policy.
/// </summary>
internal static class Thresholds
{
    /// <summary>EU threshold for services and supplies of sub-central authorities, 2026–2027 (Gedelegeerde Verordening (EU) 2025/2152).</summary>
    public const decimal EuropeanServices = 216_000m;

    /// <summary>Threshold of the light regime for social and other specific services (Richtlijn 2014/24/EU art. 4 onder d).</summary>
    public const decimal Sas = 750_000m;

    /// <summary>The first setting whose name contains one of <paramref name="words"/> (services before works), or <paramref name="fallback"/>.</summary>
    public static (decimal Amount, string Source) Find(IMunicipalitySettings settings, decimal fallback, string fallbackSource, params string[] words)
    {
        var matches = settings.ProcurementThresholds
            .Where(t => words.Any(w => t.Key.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(t => t.Key.Contains("werk", StringComparison.OrdinalIgnoreCase) ? 1 : 0)
            .ThenBy(t => t.Key, StringComparer.Ordinal)
            .ToList();
        return matches.Count > 0 ? (matches[0].Value, $"gemeentelijke instelling '{matches[0].Key}'") : (fallback, fallbackSource);
    }
}
