using RelatieWerkstroom.Engine.LegalTime;

namespace RelatieWerkstroom.Casework.Settings;

/// <summary>What a municipality chose locally: default options at discretion points, named terms, thresholds, teams.</summary>
public interface IMunicipalitySettings
{
    /// <summary>Name of the municipality.</summary>
    string Municipality { get; }

    /// <summary>Local default option per discretion id (overrides the definition's <c>defaultOption</c>).</summary>
    IReadOnlyDictionary<string, string> DefaultOptions { get; }

    /// <summary>Named terms (a LegalClock <c>term</c> of <c>setting:name</c> refers to them).</summary>
    IReadOnlyDictionary<string, LegalTerm> Terms { get; }

    /// <summary>
    /// The named terms with their origin and basis as the settings file gives them (the designer's term picker shows
    /// them); settings that know only the lengths give each term without them.
    /// </summary>
    IReadOnlyList<TermSetting> TermSettings =>
        [.. Terms.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new TermSetting(t.Key, t.Value))];

    /// <summary>Procurement thresholds in euros by name (e.g. <c>meervoudigOnderhands</c>); local policy, never constants.</summary>
    IReadOnlyDictionary<string, decimal> ProcurementThresholds { get; }

    /// <summary>Teams.</summary>
    IReadOnlyList<TeamSettings> Teams { get; }

    /// <summary>Workflow definition id per zaaktype, when they differ.</summary>
    IReadOnlyDictionary<string, string> Zaaktypen { get; }

    /// <summary>The dwangsom tariffs in force (Awb 4:17).</summary>
    DwangsomCalculator Dwangsom { get; }

    /// <summary>The CBS gemeentecode as four digits (e.g. <c>0363</c>): the sender of iWmo and iJw messages; null when not set.</summary>
    string? Gemeentecode => null;

    /// <summary>
    /// Standstill period in calendar days after a gunningsbeslissing: local policy below the European threshold, at least
    /// 20 days above it (Aanbestedingswet 2012 art. 2.127).
    /// </summary>
    int StandstillDays => 20;

    /// <summary>Uitvoeringsvariant per domain as agreed in the contracts (<c>Wmo 2015</c>, <c>Jeugdwet</c>): inspanningsgericht, outputgericht or taakgericht.</summary>
    IReadOnlyDictionary<string, string> Uitvoeringsvarianten => EmptySettings.Texts;

    /// <summary>
    /// Per domain (<c>Wmo 2015</c>, <c>Jeugdwet</c>, <c>Participatiewet</c>): whether the verordening instituted an
    /// adviescommissie as meant in Awb 7:13 for bezwaren in that domain. It decides the 7:10 lid 1 term (12 weeks with,
    /// 6 without); it is an organisational fact, not a choice per case.
    /// </summary>
    IReadOnlyDictionary<string, bool> BezwaarAdviescommissie => EmptySettings.Flags;

    /// <summary>Monthly bijstandsnormen in euros by leefvorm (e.g. <c>alleenstaande</c>, <c>gehuwden</c>) as published for the current period.</summary>
    IReadOnlyDictionary<string, decimal> Bijstandsnormen => EmptySettings.Amounts;

    /// <summary>The local default option for a discretion point, or null when the definition's default holds.</summary>
    string? DefaultOptionFor(string discretionId);

    /// <summary>A named term, or null.</summary>
    LegalTerm? Term(string name);

    /// <summary>The definition id that handles a zaaktype (the zaaktype itself when not mapped).</summary>
    string DefinitionIdFor(string zaaktype);
}
