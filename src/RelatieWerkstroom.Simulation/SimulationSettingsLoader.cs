using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RelatieWerkstroom.Simulation;

/// <summary>
/// Reads <c>simulation.json</c> over <see cref="SimulationSettings.Default"/>: a list (workflows, teams) given in the file
/// replaces the built-in list, a map (timing, actions, discretion, bezwaar rates, herindicatie triggers) is merged key by
/// key. Every problem is reported with its path; nothing partial is returned.
/// </summary>
public static class SimulationSettingsLoader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static readonly string[] Known =
        ["start", "workflows", "teams", "defaultDeviationRate", "timing", "actions", "discretion", "bezwaar", "herindicatie", "formValues", "$schema", "$comment", "description"];

    /// <summary>Reads a settings file.</summary>
    public static SimulationSettings LoadFile(string path)
    {
        if (!File.Exists(path)) throw new SimulationSettingsException(path, [("", "file not found")]);
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses settings text over the built-in defaults.</summary>
    public static SimulationSettings Parse(string json, string source = "simulation settings")
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw new SimulationSettingsException(source, [(ex.Path ?? "", $"not valid JSON: {ex.Message}")]);
        }
        if (root is not JsonObject obj) throw new SimulationSettingsException(source, [("", "the settings must be a JSON object")]);

        var problems = new List<(string Path, string Message)>();
        var settings = SimulationSettings.Default;
        foreach (var (key, _) in obj)
            if (!Known.Contains(key, StringComparer.Ordinal))
                problems.Add((key, $"unknown setting '{key}'; known settings: {string.Join(", ", Known.Where(k => !k.StartsWith('$')))}"));

        if (obj["start"] is { } start)
        {
            if (start is JsonValue v && v.TryGetValue<string>(out var text)
                && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                settings = settings with { Start = day };
            else problems.Add(("start", "start must be a date yyyy-MM-dd"));
        }
        if (obj["defaultDeviationRate"] is { } rate) settings = settings with { DefaultDeviationRate = Chance(rate, "defaultDeviationRate", problems) };
        if (obj["teams"] is { } teams) settings = settings with { Teams = ParseTeams(teams, problems) };
        if (obj["workflows"] is { } workflows) settings = settings with { Workflows = ParseWorkflows(workflows, problems) };
        if (obj["timing"] is { } timing) settings = ParseTiming(settings, timing, problems);
        if (obj["actions"] is { } actions) settings = settings with { Actions = ParseActions(settings.Actions, actions, problems) };
        if (obj["discretion"] is { } discretion) settings = settings with { Discretion = ParseDiscretion(settings.Discretion, discretion, problems) };
        if (obj["bezwaar"] is { } bezwaar) settings = ParseBezwaar(settings, bezwaar, problems);
        if (obj["herindicatie"] is { } herindicatie) settings = ParseHerindicatie(settings, herindicatie, problems);
        if (obj["formValues"] is { } formValues) settings = settings with { FormValues = ParseFormValues(settings.FormValues, formValues, problems) };

        Check(settings, problems);
        if (problems.Count > 0) throw new SimulationSettingsException(source, problems);
        return settings;
    }

    /// <summary>Checks settings as a whole (also the built-in ones combined with a file).</summary>
    private static void Check(SimulationSettings settings, List<(string Path, string Message)> problems)
    {
        if (settings.Workflows.Count == 0 || settings.Workflows.All(w => w.Share <= 0))
            problems.Add(("workflows", "at least one workflow needs a share above zero"));
        var duplicate = settings.Workflows.GroupBy(w => w.DefinitionId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) problems.Add(("workflows", $"workflow '{duplicate.Key}' is listed twice"));
        var duplicateTeam = settings.Teams.GroupBy(t => t.Id, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicateTeam is not null) problems.Add(("teams", $"team '{duplicateTeam.Key}' is listed twice"));
    }

    private static List<SimulatedTeam> ParseTeams(JsonNode node, List<(string, string)> problems)
    {
        var teams = new List<SimulatedTeam>();
        if (node is not JsonArray array)
        {
            problems.Add(("teams", "teams must be a list of { id, deviationRate, staffPerRole }"));
            return teams;
        }
        for (var i = 0; i < array.Count; i++)
        {
            var path = $"teams[{i}]";
            if (array[i] is not JsonObject team)
            {
                problems.Add((path, "a team must be an object { id, deviationRate, staffPerRole }"));
                continue;
            }
            Unknown(team, path, problems, "id", "deviationRate", "staffPerRole");
            var id = RequiredText(team, "id", path, problems);
            var rate = team["deviationRate"] is { } r ? Chance(r, $"{path}.deviationRate", problems) : SimulationSettings.Default.DefaultDeviationRate;
            var staff = 4;
            if (team["staffPerRole"] is { } s && !(s is JsonValue sv && sv.TryGetValue<int>(out staff) && staff is >= 1 and <= 1000))
                problems.Add(($"{path}.staffPerRole", "staffPerRole must be a whole number from 1 to 1000"));
            if (id is not null) teams.Add(new SimulatedTeam(id, rate, staff));
        }
        return teams;
    }

    private static List<SimulatedWorkflow> ParseWorkflows(JsonNode node, List<(string, string)> problems)
    {
        var workflows = new List<SimulatedWorkflow>();
        if (node is not JsonArray array)
        {
            problems.Add(("workflows", "workflows must be a list of { definitionId, zaaktype, share, teams, subject, title, decision }"));
            return workflows;
        }
        for (var i = 0; i < array.Count; i++)
        {
            var path = $"workflows[{i}]";
            if (array[i] is not JsonObject workflow)
            {
                problems.Add((path, "a workflow must be an object { definitionId, zaaktype, share, teams, subject, title, decision }"));
                continue;
            }
            Unknown(workflow, path, problems, "definitionId", "zaaktype", "share", "teams", "subject", "title", "decision", "startVariables");
            var definitionId = RequiredText(workflow, "definitionId", path, problems);
            var zaaktype = Text(workflow, "zaaktype") ?? definitionId;
            var share = 0.0;
            if (!(workflow["share"] is JsonValue sv && sv.TryGetValue<double>(out share) && share >= 0 && double.IsFinite(share)))
                problems.Add(($"{path}.share", "share must be a number of zero or more"));
            var teams = Names(workflow["teams"], $"{path}.teams", problems);
            if (teams.Count == 0) problems.Add(($"{path}.teams", "a workflow needs at least one team"));
            var subject = true;
            if (workflow["subject"] is { } s && !(s is JsonValue b && b.TryGetValue<bool>(out subject)))
                problems.Add(($"{path}.subject", "subject must be true (cases about a citizen) or false"));
            var variables = StartVariables(workflow["startVariables"], $"{path}.startVariables", problems);
            if (definitionId is not null && zaaktype is not null)
                workflows.Add(new SimulatedWorkflow(definitionId, zaaktype, share, teams, subject, Text(workflow, "title") ?? zaaktype, Text(workflow, "decision"))
                {
                    StartVariables = variables,
                });
        }
        return workflows;
    }

    private static Dictionary<string, IReadOnlyDictionary<string, double>> StartVariables(JsonNode? node, string path, List<(string, string)> problems)
    {
        var variables = new Dictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal);
        if (node is null) return variables;
        if (node is not JsonObject obj)
        {
            problems.Add((path, "startVariables must be an object of variable → { value: share }"));
            return variables;
        }
        foreach (var (name, values) in obj)
        {
            if (values is not JsonObject shares || shares.Count == 0)
            {
                problems.Add(($"{path}.{name}", "must be an object of value → share, with at least one value"));
                continue;
            }
            var parsed = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (value, share) in shares)
            {
                if (share is JsonValue v && v.TryGetValue<double>(out var number) && number >= 0 && double.IsFinite(number)) parsed[value] = number;
                else problems.Add(($"{path}.{name}.{value}", "a share must be a number of zero or more"));
            }
            if (parsed.Count > 0 && parsed.Values.Sum() <= 0) problems.Add(($"{path}.{name}", "at least one value needs a share above zero"));
            variables[name] = parsed;
        }
        return variables;
    }

    private static SimulationSettings ParseTiming(SimulationSettings settings, JsonNode node, List<(string, string)> problems)
    {
        if (node is not JsonObject timing)
        {
            problems.Add(("timing", "timing must be an object { task, decision, roles, steps }"));
            return settings;
        }
        Unknown(timing, "timing", problems, "task", "decision", "roles", "steps");
        if (timing["task"] is { } task && Timing(task, "timing.task", problems) is { } taskTiming)
            settings = settings with { TaskTiming = Merge(settings.TaskTiming, taskTiming) };
        if (timing["decision"] is { } decision && Timing(decision, "timing.decision", problems) is { } decisionTiming)
            settings = settings with { DecisionTiming = Merge(settings.DecisionTiming, decisionTiming) };
        if (timing["roles"] is { } roles)
            settings = settings with { RoleTiming = TimingMap(settings.RoleTiming, roles, "timing.roles", StringComparer.OrdinalIgnoreCase, problems) };
        if (timing["steps"] is { } steps)
            settings = settings with { StepTiming = TimingMap(settings.StepTiming, steps, "timing.steps", StringComparer.Ordinal, problems) };
        return settings;
    }

    private static Dictionary<string, StepTiming> TimingMap(IReadOnlyDictionary<string, StepTiming> current, JsonNode node, string path,
        StringComparer comparer, List<(string, string)> problems)
    {
        var map = new Dictionary<string, StepTiming>(current, comparer);
        if (node is not JsonObject obj)
        {
            problems.Add((path, "must be an object of name → { wait, work }"));
            return map;
        }
        foreach (var (key, value) in obj)
            if (Timing(value, $"{path}.{key}", problems) is { } timing)
                map[key] = map.TryGetValue(key, out var old) ? Merge(old, timing) : timing;
        return map;
    }

    private static StepTiming? Timing(JsonNode? node, string path, List<(string, string)> problems)
    {
        if (node is not JsonObject obj)
        {
            problems.Add((path, "timing must be an object { wait, work } of distributions"));
            return null;
        }
        Unknown(obj, path, problems, "wait", "work");
        var wait = obj["wait"] is { } w ? Distribution.Parse(w, $"{path}.wait", problems) : null;
        var work = obj["work"] is { } k ? Distribution.Parse(k, $"{path}.work", problems) : null;
        return new StepTiming(wait, work);
    }

    private static StepTiming Merge(StepTiming old, StepTiming update) => new(update.Wait ?? old.Wait, update.Work ?? old.Work);

    private static Dictionary<string, IReadOnlyDictionary<string, double>> ParseActions(IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> current,
        JsonNode node, List<(string, string)> problems)
    {
        var map = new Dictionary<string, IReadOnlyDictionary<string, double>>(current, StringComparer.Ordinal);
        if (node is not JsonObject obj)
        {
            problems.Add(("actions", "actions must be an object of task → { action: chance }"));
            return map;
        }
        foreach (var (task, value) in obj)
        {
            var path = $"actions.{task}";
            if (value is not JsonObject chances)
            {
                problems.Add((path, "must be an object of action → chance (0–1)"));
                continue;
            }
            var parsed = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (action, chance) in chances) parsed[action] = Chance(chance, $"{path}.{action}", problems);
            if (parsed.Values.Sum() > 1.0000001) problems.Add((path, "the chances add up to more than 1"));
            map[task] = parsed;
        }
        return map;
    }

    private static Dictionary<string, DiscretionBehaviour> ParseDiscretion(IReadOnlyDictionary<string, DiscretionBehaviour> current, JsonNode node,
        List<(string, string)> problems)
    {
        var map = new Dictionary<string, DiscretionBehaviour>(current, StringComparer.Ordinal);
        if (node is not JsonObject obj)
        {
            problems.Add(("discretion", "discretion must be an object of discretionId → { deviationFactor, weights }"));
            return map;
        }
        foreach (var (id, value) in obj)
        {
            var path = $"discretion.{id}";
            if (value is not JsonObject point)
            {
                problems.Add((path, "must be an object { deviationFactor, weights }"));
                continue;
            }
            Unknown(point, path, problems, "deviationFactor", "weights");
            var factor = 1.0;
            if (point["deviationFactor"] is { } f && !(f is JsonValue fv && fv.TryGetValue<double>(out factor) && factor is >= 0 and <= 10))
                problems.Add(($"{path}.deviationFactor", "deviationFactor must be a number from 0 to 10"));
            var weights = new Dictionary<string, double>(StringComparer.Ordinal);
            if (point["weights"] is JsonObject w)
            {
                foreach (var (option, weight) in w)
                {
                    if (weight is JsonValue wv && wv.TryGetValue<double>(out var number) && number >= 0 && double.IsFinite(number)) weights[option] = number;
                    else problems.Add(($"{path}.weights.{option}", "a weight must be a number of zero or more"));
                }
            }
            else if (point["weights"] is not null) problems.Add(($"{path}.weights", "weights must be an object of option → weight"));
            map[id] = new DiscretionBehaviour(factor, weights);
        }
        return map;
    }

    private static SimulationSettings ParseBezwaar(SimulationSettings settings, JsonNode node, List<(string, string)> problems)
    {
        if (node is not JsonObject obj)
        {
            problems.Add(("bezwaar", "bezwaar must be an object { rates, defaultRate, delay }"));
            return settings;
        }
        Unknown(obj, "bezwaar", problems, "rates", "defaultRate", "delay");
        if (obj["rates"] is JsonObject rates)
        {
            var map = new Dictionary<string, double>(settings.BezwaarRates, StringComparer.Ordinal);
            foreach (var (option, rate) in rates) map[option] = Chance(rate, $"bezwaar.rates.{option}", problems);
            settings = settings with { BezwaarRates = map };
        }
        else if (obj["rates"] is not null) problems.Add(("bezwaar.rates", "rates must be an object of decision option → chance"));
        if (obj["defaultRate"] is { } d) settings = settings with { DefaultBezwaarRate = Chance(d, "bezwaar.defaultRate", problems) };
        if (obj["delay"] is { } delay && Distribution.Parse(delay, "bezwaar.delay", problems) is { } parsed)
            settings = settings with { BezwaarDelay = parsed };
        return settings;
    }

    private static SimulationSettings ParseHerindicatie(SimulationSettings settings, JsonNode node, List<(string, string)> problems)
    {
        if (node is not JsonObject obj)
        {
            problems.Add(("herindicatie", "herindicatie must be an object { after, delay, unchangedRate }"));
            return settings;
        }
        Unknown(obj, "herindicatie", problems, "after", "delay", "unchangedRate");
        if (obj["after"] is JsonObject after)
        {
            var map = new Dictionary<string, string>(settings.HerindicatieAfter, StringComparer.Ordinal);
            foreach (var (id, option) in after)
            {
                if (option is JsonValue ov && ov.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text)) map[id] = text.Trim();
                else problems.Add(($"herindicatie.after.{id}", "must name the option that starts a herindicatie"));
            }
            settings = settings with { HerindicatieAfter = map };
        }
        else if (obj["after"] is not null) problems.Add(("herindicatie.after", "after must be an object of discretionId → option"));
        if (obj["delay"] is { } delay && Distribution.Parse(delay, "herindicatie.delay", problems) is { } parsed)
            settings = settings with { HerindicatieDelay = parsed };
        if (obj["unchangedRate"] is { } u) settings = settings with { HerindicatieUnchangedRate = Chance(u, "herindicatie.unchangedRate", problems) };
        return settings;
    }

    private static Dictionary<string, FormValueRule> ParseFormValues(IReadOnlyDictionary<string, FormValueRule> current, JsonNode node, List<(string, string)> problems)
    {
        var map = new Dictionary<string, FormValueRule>(current, StringComparer.Ordinal);
        if (node is not JsonObject obj)
        {
            problems.Add(("formValues", "formValues must be an object of field name → { daysAhead }, { min, max } or { text }"));
            return map;
        }
        foreach (var (field, value) in obj)
        {
            var path = $"formValues.{field}";
            if (value is not JsonObject rule)
            {
                problems.Add((path, "must be an object { daysAhead } (a date), { min, max } (a number) or { text }"));
                continue;
            }
            Unknown(rule, path, problems, "daysAhead", "min", "max", "text");
            var ahead = rule["daysAhead"] is { } d ? Distribution.Parse(d, $"{path}.daysAhead", problems) : null;
            long? min = null, max = null;
            if (rule["min"] is not null || rule["max"] is not null)
            {
                if (rule["min"] is JsonValue lo && lo.TryGetValue<long>(out var low) && rule["max"] is JsonValue hi && hi.TryGetValue<long>(out var high) && low <= high)
                    (min, max) = (low, high);
                else problems.Add((path, "a number needs whole numbers min and max with min <= max"));
            }
            string? text = null;
            if (rule["text"] is { } t && !(t is JsonValue tv && tv.TryGetValue<string>(out text)))
                problems.Add(($"{path}.text", "text must be a string"));
            map[field] = new FormValueRule(ahead, min, max, text);
        }
        return map;
    }

    private static double Chance(JsonNode? node, string path, List<(string, string)> problems)
    {
        if (node is JsonValue v && v.TryGetValue<double>(out var chance) && chance is >= 0 and <= 1) return chance;
        problems.Add((path, "must be a chance from 0 to 1"));
        return 0;
    }

    private static string? Text(JsonObject obj, string name) =>
        obj[name] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;

    private static string? RequiredText(JsonObject obj, string name, string path, List<(string, string)> problems)
    {
        var text = Text(obj, name);
        if (text is null) problems.Add(($"{path}.{name}", $"'{name}' is required"));
        return text;
    }

    private static List<string> Names(JsonNode? node, string path, List<(string, string)> problems)
    {
        var names = new List<string>();
        if (node is not JsonArray array)
        {
            if (node is not null) problems.Add((path, "must be a list of names"));
            return names;
        }
        foreach (var item in array)
        {
            if (item is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s)) names.Add(s.Trim());
            else problems.Add((path, "must be a list of names"));
        }
        return names;
    }

    private static void Unknown(JsonObject obj, string path, List<(string, string)> problems, params string[] known)
    {
        foreach (var (key, _) in obj)
            if (!known.Contains(key, StringComparer.Ordinal))
                problems.Add(($"{path}.{key}", $"unknown setting '{key}'; known: {string.Join(", ", known)}"));
    }
}
