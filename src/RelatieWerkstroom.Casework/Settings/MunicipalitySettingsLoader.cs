using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.LegalTime;

namespace RelatieWerkstroom.Casework.Settings;

/// <summary>
/// Reads municipality settings JSON. Every problem is reported with its path, and nothing partial is returned:
/// <code>
/// {
///   "municipality": "Gemeente Voorbeeld",            // or { "name": "Voorbeeldstad", "cbsCode": "GM0363" }
///   "defaultOptions": { "RW1-DP10": "toekennen" },
///   "terms": { "onderzoekstermijn": "6 weeks" },
///   "procurementThresholds": { "enkelvoudigOnderhands": 50000, "meervoudigOnderhands": 216000 },
///   "teams": [ { "id": "wijkteam-noord", "name": "Wijkteam Noord", "roles": ["consulent", "teamleider"] } ],
///   "zaaktypen": { "wmo-maatwerk": "rw1-wmo-maatwerkvoorziening" },
///   "standstill": { "defaultDays": 20 },
///   "uitvoeringsvarianten": { "Wmo 2015": "inspanningsgericht", "Jeugdwet": "outputgericht" },
///   "bijstandsnormen": { "alleenstaande": 1300.00, "gehuwden": 1850.00 },
///   "dwangsom": { "tariffs": [ { "validFrom": "2019-01-01", "maxDays": 42, "source": "Awb 4:17 (Stcrt. 2018, 65542)",
///                 "perDay": [ { "firstDay": 1, "lastDay": 14, "amount": 23 }, … ] } ] }
/// }
/// </code>
/// Only <c>municipality</c> is required; comments and trailing commas are allowed. The long forms of
/// <c>workflows/settings/settings.schema.json</c> are read too: a default option or term as an object with its source
/// (<c>{ "option": "lang", "source": "…" }</c>, <c>{ "term": "6 weeks", "origin": "local", "basis": "…" }</c>) and
/// thresholds grouped per kind of contract (<c>leveringenDiensten.enkelvoudigMax</c>).
/// </summary>
public static class MunicipalitySettingsLoader
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "municipality", "defaultOptions", "terms", "procurementThresholds", "teams", "zaaktypen", "dwangsom", "standstill",
        "uitvoeringsvarianten", "bijstandsnormen", "$schema", "$comment", "description",
        // Part of settings.schema.json but read elsewhere (reports) or informative only; accepted so the documented file loads.
        "validFrom", "validUntil", "bezwaar", "skmTariffs",
    };

    // Descriptive properties of procurementThresholds in settings.schema.json; not amounts.
    private static readonly HashSet<string> ThresholdMetadata = new(StringComparer.Ordinal)
    {
        "currency", "vatExcluded", "validFrom", "validUntil", "sources", "source", "note",
    };

    private static readonly string[] Variants = ["inspanningsgericht", "outputgericht", "taakgericht"];

    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Reads <c>&lt;directory&gt;/&lt;municipality&gt;.json</c> (e.g. <c>workflows/settings/voorbeeld.json</c>).</summary>
    public static Task<MunicipalitySettings> LoadAsync(string directory, string municipality, CancellationToken cancellationToken = default) =>
        LoadFileAsync(Path.Combine(directory, municipality + ".json"), cancellationToken);

    /// <summary>Reads a settings file.</summary>
    public static async Task<MunicipalitySettings> LoadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path)) throw new SettingsFormatException(path, [("", "file not found")]);
        return Parse(await File.ReadAllTextAsync(path, cancellationToken), path);
    }

    /// <summary>Parses settings text; throws <see cref="SettingsFormatException"/> listing every problem.</summary>
    public static MunicipalitySettings Parse(string json, string source = "settings")
    {
        var problems = new List<(string, string)>();
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw new SettingsFormatException(source, [(ex.Path ?? "", $"not valid JSON: {ex.Message}")]);
        }
        if (root is not JsonObject obj) throw new SettingsFormatException(source, [("", "settings must be a JSON object")]);

        foreach (var (key, _) in obj)
            if (!Known.Contains(key))
                problems.Add((key, $"unknown setting '{key}'; known settings: {string.Join(", ", Known.Where(k => !k.StartsWith('$')))}"));

        var (municipality, gemeentecode) = Municipality(obj, problems);

        // settings.schema.json writes these as objects with their source; the short form is the bare value.
        var defaultOptions = StringMap(obj, "defaultOptions", problems, "option", "an option id or an object { option, source, reason }");
        var zaaktypen = StringMap(obj, "zaaktypen", problems);
        var terms = new Dictionary<string, LegalTerm>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, text) in StringMap(obj, "terms", problems, "term", "a term such as \"6 weeks\" or an object { term, origin, basis }"))
        {
            if (LegalTerm.TryParse(text, out var term, out var error)) terms[key] = term;
            else problems.Add(($"terms.{key}", error));
        }
        var termDetails = TermDetails(obj, terms);

        var thresholds = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        if (Section(obj, "procurementThresholds", problems) is { } t)
            Thresholds(t, "", thresholds, problems);

        var teams = Teams(obj, problems);
        var dwangsom = Dwangsom(obj, problems);
        var standstillDays = StandstillDays(obj, problems);
        var variants = StringMap(obj, "uitvoeringsvarianten", problems);
        foreach (var (domain, variant) in variants)
            if (!Variants.Contains(variant))
                problems.Add(($"uitvoeringsvarianten.{domain}", $"'{variant}' is not an uitvoeringsvariant; choose {string.Join(", ", Variants)}"));
        var normen = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        if (Section(obj, "bijstandsnormen", problems) is { } n)
            foreach (var (key, value) in n)
            {
                if (value is JsonValue v && v.TryGetValue<decimal>(out var amount) && amount > 0) normen[key] = amount;
                else problems.Add(($"bijstandsnormen.{key}", "a norm must be a positive amount in euros per month"));
            }

        var commissies = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        if (Section(obj, "bezwaar", problems) is { } bezwaar && bezwaar["adviescommissie"] is { } raw)
        {
            if (raw is JsonObject perDomain)
                foreach (var (domain, value) in perDomain)
                {
                    if (value is JsonValue flag && flag.TryGetValue<bool>(out var instituted)) commissies[domain] = instituted;
                    else problems.Add(($"bezwaar.adviescommissie.{domain}", "true when the verordening instituted an adviescommissie (Awb 7:13) for this domain, else false"));
                }
            else problems.Add(("bezwaar.adviescommissie", "adviescommissie must be an object with true or false per domain"));
        }

        if (problems.Count > 0) throw new SettingsFormatException(source, problems);
        return new MunicipalitySettings
        {
            Municipality = municipality!,
            DefaultOptions = defaultOptions,
            Terms = terms,
            TermDetails = termDetails,
            ProcurementThresholds = thresholds,
            Teams = teams,
            Zaaktypen = zaaktypen,
            Dwangsom = dwangsom,
            Gemeentecode = gemeentecode,
            StandstillDays = standstillDays,
            Uitvoeringsvarianten = variants,
            Bijstandsnormen = normen,
            BezwaarAdviescommissie = commissies,
        };
    }

    private static (string? Name, string? Gemeentecode) Municipality(JsonObject obj, List<(string, string)> problems)
    {
        switch (obj["municipality"])
        {
            case JsonValue value when value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text):
                return (text.Trim(), null);
            case JsonObject section:
            {
                var name = (section["name"] as JsonValue)?.TryGetValue<string>(out var n) == true && !string.IsNullOrWhiteSpace(n) ? n.Trim() : null;
                if (name is null) problems.Add(("municipality.name", "the municipality name is required"));
                string? code = null;
                if (section["cbsCode"] is { } raw)
                {
                    // CBS writes GM0363; iWmo and iJw carry the four digits.
                    var text = (raw as JsonValue)?.TryGetValue<string>(out var c) == true ? c.Trim() : "";
                    var digits = text.StartsWith("GM", StringComparison.OrdinalIgnoreCase) ? text[2..] : text;
                    if (digits.Length == 4 && digits.All(char.IsAsciiDigit)) code = digits;
                    else problems.Add(("municipality.cbsCode", $"'{text}' is not a CBS gemeentecode; write GM followed by four digits, e.g. GM0363"));
                }
                return (name, code);
            }
            default:
                problems.Add(("municipality", "the municipality name is required"));
                return (null, null);
        }
    }

    private static int StandstillDays(JsonObject obj, List<(string, string)> problems)
    {
        if (Section(obj, "standstill", problems) is not { } section) return 20;
        if (section["defaultDays"] is JsonValue v && v.TryGetValue<int>(out var days) && days >= 0) return days;
        problems.Add(("standstill.defaultDays", "defaultDays must be a whole number of calendar days, 0 or more"));
        return 20;
    }

    private static JsonObject? Section(JsonObject obj, string name, List<(string, string)> problems)
    {
        switch (obj[name])
        {
            case null:
                return null;
            case JsonObject section:
                return section;
            default:
                problems.Add((name, $"{name} must be an object"));
                return null;
        }
    }

    /// <summary>
    /// Amounts by name; a nested section (e.g. <c>leveringenDiensten</c>) gives names like
    /// <c>leveringenDiensten.enkelvoudigMax</c>.
    /// </summary>
    private static void Thresholds(JsonObject section, string prefix, Dictionary<string, decimal> thresholds, List<(string, string)> problems)
    {
        foreach (var (key, value) in section)
        {
            if (ThresholdMetadata.Contains(key)) continue;
            var name = prefix + key;
            if (value is JsonObject nested) Thresholds(nested, name + ".", thresholds, problems);
            else if (value is JsonValue v && v.TryGetValue<decimal>(out var amount) && amount >= 0) thresholds[name] = amount;
            else problems.Add(($"procurementThresholds.{name}", "a threshold must be a non-negative amount in euros"));
        }
    }

    private static Dictionary<string, string> StringMap(JsonObject obj, string name, List<(string, string)> problems,
        string? objectProperty = null, string? expected = null)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (Section(obj, name, problems) is not { } section) return map;
        foreach (var (key, value) in section)
        {
            var item = objectProperty is not null && value is JsonObject o ? o[objectProperty] : value;
            if (item is JsonValue v && v.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text)) map[key] = text.Trim();
            else if (objectProperty is not null && value is JsonObject)
                problems.Add(($"{name}.{key}.{objectProperty}", $"{objectProperty} must be a non-empty string"));
            else problems.Add(($"{name}.{key}", expected is null ? "must be a non-empty string" : $"must be a non-empty string: {expected}"));
        }
        return map;
    }

    // The long form { term, origin, basis, workflow, clock, note } of each term, in the order of the file.
    private static List<TermSetting> TermDetails(JsonObject obj, IReadOnlyDictionary<string, LegalTerm> terms)
    {
        var details = new List<TermSetting>();
        if (obj["terms"] is not JsonObject section) return details;
        foreach (var (key, value) in section)
        {
            if (!terms.TryGetValue(key, out var term)) continue;
            var full = value as JsonObject;
            details.Add(new TermSetting(key, term, Text(full, "origin"), Text(full, "basis"), Text(full, "note"),
                Text(full, "workflow"), Text(full, "clock")));
        }
        return details;

        static string? Text(JsonObject? o, string name) =>
            o?[name] is JsonValue v && v.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
    }

    private static List<TeamSettings> Teams(JsonObject obj, List<(string, string)> problems)
    {
        var teams = new List<TeamSettings>();
        switch (obj["teams"])
        {
            case null:
                return teams;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var path = $"teams[{i}]";
                    if (array[i] is not JsonObject team)
                    {
                        problems.Add((path, "a team must be an object { id, name, roles }"));
                        continue;
                    }
                    var id = (team["id"] as JsonValue)?.TryGetValue<string>(out var s) == true ? s.Trim() : "";
                    if (id.Length == 0) problems.Add(($"{path}.id", "a team needs an id"));
                    else if (teams.Any(x => string.Equals(x.Id, id, StringComparison.OrdinalIgnoreCase))) problems.Add(($"{path}.id", $"duplicate team id '{id}'"));
                    var teamName = (team["name"] as JsonValue)?.TryGetValue<string>(out var n) == true && !string.IsNullOrWhiteSpace(n) ? n.Trim() : id;
                    var roles = new List<string>();
                    if (team["roles"] is JsonArray r)
                    {
                        for (var j = 0; j < r.Count; j++)
                        {
                            if (r[j] is JsonValue rv && rv.TryGetValue<string>(out var role) && !string.IsNullOrWhiteSpace(role)) roles.Add(role.Trim());
                            else problems.Add(($"{path}.roles[{j}]", "a role must be a non-empty string"));
                        }
                    }
                    else if (team["roles"] is not null)
                    {
                        problems.Add(($"{path}.roles", "roles must be a list of role names"));
                    }
                    var zaaktypen = new List<string>();
                    if (team["zaaktypen"] is JsonArray z)
                        foreach (var item in z)
                            if (item is JsonValue zv && zv.TryGetValue<string>(out var zaaktype) && !string.IsNullOrWhiteSpace(zaaktype)) zaaktypen.Add(zaaktype.Trim());
                    teams.Add(new TeamSettings(id, teamName, roles) { Zaaktypen = zaaktypen });
                }
                return teams;
            default:
                problems.Add(("teams", "teams must be a list"));
                return teams;
        }
    }

    private static DwangsomCalculator Dwangsom(JsonObject obj, List<(string, string)> problems)
    {
        if (Section(obj, "dwangsom", problems) is not { } section) return DwangsomCalculator.Default;
        if (section["tariffs"] is not JsonArray array || array.Count == 0)
        {
            problems.Add(("dwangsom.tariffs", "dwangsom needs a non-empty list of tariffs"));
            return DwangsomCalculator.Default;
        }
        var tariffs = new List<DwangsomTariff>();
        for (var i = 0; i < array.Count; i++)
        {
            var path = $"dwangsom.tariffs[{i}]";
            if (array[i] is not JsonObject tariff)
            {
                problems.Add((path, "a tariff must be an object { validFrom, maxDays, source, perDay }"));
                continue;
            }
            var ok = true;
            DateOnly validFrom = default;
            if (!((tariff["validFrom"] as JsonValue)?.TryGetValue<string>(out var from) == true
                  && DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out validFrom)))
            {
                problems.Add(($"{path}.validFrom", "validFrom must be a date yyyy-MM-dd"));
                ok = false;
            }
            var maxDays = (tariff["maxDays"] as JsonValue)?.TryGetValue<int>(out var md) == true ? md : 0;
            if (maxDays < 1)
            {
                problems.Add(($"{path}.maxDays", "maxDays must be a whole number of at least 1"));
                ok = false;
            }
            var source = (tariff["source"] as JsonValue)?.TryGetValue<string>(out var src) == true && !string.IsNullOrWhiteSpace(src) ? src : null;
            if (source is null)
            {
                problems.Add(($"{path}.source", "source (the article the amounts come from) is required"));
                ok = false;
            }
            var tiers = new List<DwangsomTier>();
            if (tariff["perDay"] is JsonArray perDay)
            {
                for (var j = 0; j < perDay.Count; j++)
                {
                    if (perDay[j] is JsonObject tier
                        && (tier["firstDay"] as JsonValue)?.TryGetValue<int>(out var first) == true
                        && (tier["lastDay"] as JsonValue)?.TryGetValue<int>(out var last) == true
                        && (tier["amount"] as JsonValue)?.TryGetValue<decimal>(out var amount) == true)
                        tiers.Add(new DwangsomTier(first, last, amount));
                    else
                    {
                        problems.Add(($"{path}.perDay[{j}]", "a band must be { firstDay, lastDay, amount }"));
                        ok = false;
                    }
                }
            }
            else
            {
                problems.Add(($"{path}.perDay", "perDay must be a list of bands { firstDay, lastDay, amount }"));
                ok = false;
            }
            if (!ok) continue;
            try
            {
                tariffs.Add(new DwangsomTariff(validFrom, tiers, maxDays, source!));
            }
            catch (ArgumentException ex)
            {
                problems.Add((path, ex.Message.Split(" (Parameter")[0]));
            }
        }
        return tariffs.Count > 0 ? new DwangsomCalculator(tariffs) : DwangsomCalculator.Default;
    }
}
