using System.Globalization;
using System.Text.Json.Nodes;

namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>
/// A beschikking as later steps need it (toewijzing, CAK, SVB, herindicatie), read back from the case file's own log
/// (<see cref="CaseEventKinds.DecisionTaken"/>): codes, ids and dates only.
/// </summary>
/// <param name="DecisionId">The beschikking's reference.</param>
/// <param name="Option">The decision code, e.g. <c>toekennen</c>.</param>
/// <param name="Zaaktype">The zaaktype it decided on (a beslissing op bezwaar has <c>bezwaar</c>).</param>
/// <param name="Grants">Whether it grants (part of) what was asked.</param>
/// <param name="Sent">The day it was sent.</param>
/// <param name="Ingangsdatum">The first day of a granted voorziening.</param>
/// <param name="Einddatum">The last day of a granted voorziening, if limited.</param>
/// <param name="DiscretionCount">How many discretion decisions the case file held when it was taken (later ones belong to a later decision).</param>
/// <param name="Sequence">The sequence of its entry in the case file's log (0 until stored).</param>
/// <param name="Workflow">The workflow definition that took it.</param>
public sealed record DecisionFact(string DecisionId, string Option, string Zaaktype, bool Grants, DateOnly Sent, DateOnly? Ingangsdatum,
    DateOnly? Einddatum, int DiscretionCount, long Sequence = 0, string? Workflow = null)
{
    /// <summary>The details stored with the case event.</summary>
    public JsonObject ToDetails() => new()
    {
        ["decisionId"] = DecisionId,
        ["decisionOption"] = Option,
        ["zaaktype"] = Zaaktype,
        ["grants"] = Grants,
        ["sent"] = Format(Sent),
        ["ingangsdatum"] = Ingangsdatum is { } from ? Format(from) : null,
        ["einddatum"] = Einddatum is { } until ? Format(until) : null,
        ["discretionCount"] = DiscretionCount,
        ["workflow"] = Workflow,
    };

    /// <summary>All decisions recorded on the case file, oldest first.</summary>
    public static IReadOnlyList<DecisionFact> All(CaseFile file) =>
        [.. file.Events.Where(e => e.Kind == CaseEventKinds.DecisionTaken && e.Details is not null).Select(e => From(e.Details!, e))];

    /// <summary>The latest decision on the case, optionally only of one zaaktype; null when none was taken.</summary>
    public static DecisionFact? Latest(CaseFile file, string? zaaktype = null) =>
        All(file).LastOrDefault(d => zaaktype is null || string.Equals(d.Zaaktype, zaaktype, StringComparison.OrdinalIgnoreCase));

    private static DecisionFact From(JsonObject details, CaseEvent entry) => new(
        Text(details, "decisionId") ?? "",
        Text(details, "decisionOption") ?? "",
        Text(details, "zaaktype") ?? "",
        details["grants"] is JsonValue g && g.TryGetValue<bool>(out var grants) && grants,
        Date(details, "sent") ?? DateOnly.FromDateTime(entry.At.UtcDateTime),
        Date(details, "ingangsdatum"),
        Date(details, "einddatum"),
        details["discretionCount"] is JsonValue c && c.TryGetValue<int>(out var count) ? count : 0,
        entry.Sequence,
        Text(details, "workflow"));

    private static string? Text(JsonObject o, string name) => o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static DateOnly? Date(JsonObject o, string name) =>
        Text(o, name) is { } s && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
