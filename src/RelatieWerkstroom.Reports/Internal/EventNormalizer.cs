using System.Globalization;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Reports.Journal;
using RelatieWerkstroom.Reports.Options;
using RelatieWerkstroom.Reports.Privacy;
using X = RelatieWerkstroom.Reports.Exports.XesNlExtension;
using RelatieWerkstroom.Casework.Journal;

namespace RelatieWerkstroom.Reports.Internal;

/// <summary>
/// Turns the journal entries of one case into export events: engine lifecycle events become start/suspend/resume/complete
/// events; casework events written by an activity are merged into that activity's completion; casework events outside an
/// activity (clock warnings, bezwaar) become events of their own. Only whitelisted payload fields are copied; identifiers
/// are pseudonymised.
/// </summary>
internal sealed class EventNormalizer(ReportOptions options, StepCatalog catalog, Pseudonymizer pseudonymizer)
{
    private readonly TimeZoneInfo _zone = options.TimeZone;

    private static readonly Dictionary<string, string> StandaloneNames = new(StringComparer.Ordinal)
    {
        [CaseworkEvents.TaskClaimed] = "Taak opgepakt",
        [CaseworkEvents.TaskCompleted] = "Taak afgerond",
        [CaseworkEvents.DiscretionDecided] = "Beslispunt besloten",
        [CaseworkEvents.ClockStarted] = "Termijn gestart",
        [CaseworkEvents.ClockSuspended] = "Termijn opgeschort",
        [CaseworkEvents.ClockResumed] = "Termijn hervat",
        [CaseworkEvents.ClockExtended] = "Termijn verdaagd",
        [CaseworkEvents.ClockStopped] = "Termijn gestopt",
        [CaseworkEvents.ClockExpired] = "Termijn van inwoner verstreken",
        [CaseworkEvents.ClockWarning] = "Termijnwaarschuwing",
        [CaseworkEvents.ClockBreached] = "Termijn overschreden",
        [CaseworkEvents.IngebrekestellingReceived] = "Ingebrekestelling ontvangen",
        [CaseworkEvents.DecisionTaken] = "Besluit genomen",
        [CaseworkEvents.BezwaarReceived] = "Bezwaar ontvangen",
        [CaseworkEvents.DocumentGenerated] = "Document gemaakt",
        [CaseworkEvents.MessageQueued] = "Bericht verstuurd",
        [JournalEvents.StepCompleted] = "Dienst uitgevoerd",
    };

    // Pseudonyms of cases, instances and users recur in every event of a case (users across cases): each is an HMAC, so
    // they are remembered. Bounded: cleared when full, so memory does not grow with the journal.
    private const int MemoLimit = 50_000;
    private readonly Dictionary<(char Kind, string Value), string> _memo = [];

    public string CasePseudonym(CaseInfo info) => Memo('z', info.CaseId, pseudonymizer.Case);

    private string Memo(char kind, string value, Func<string, string> pseudonym)
    {
        if (_memo.TryGetValue((kind, value), out var known)) return known;
        if (_memo.Count >= MemoLimit) _memo.Clear();
        return _memo[(kind, value)] = pseudonym(value);
    }

    public string LocalTime(DateTimeOffset time) =>
        TimeZoneInfo.ConvertTime(time, _zone).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    public List<ExportEvent> Normalize(CaseInfo info, List<JournalEntry> entries)
    {
        // For each casework entry written by an activity: the index of that activity's next completion in the same instance.
        var target = new int[entries.Count];
        var nextEnd = new Dictionary<(string, string), int>();
        for (var i = entries.Count - 1; i >= 0; i--)
        {
            var e = entries[i];
            target[i] = -1;
            if (e.ActivityId is null) continue;
            if (e.Kind is JournalEvents.ActivityCompleted or JournalEvents.ActivityFaulted or JournalEvents.ActivityCancelled)
                nextEnd[(e.InstanceId, e.ActivityId)] = i;
            else if (e.Kind is JournalEvents.ActivityStarted)
                nextEnd.Remove((e.InstanceId, e.ActivityId));
            else if (IsMergeable(e.Kind) && nextEnd.TryGetValue((e.InstanceId, e.ActivityId), out var end))
                target[i] = end;
        }

        var pending = new Dictionary<int, List<(JournalEntry Entry, PayloadFields Payload)>>();
        var events = new List<ExportEvent>();
        var casePseudonym = CasePseudonym(info);
        var discretionCount = 0;
        var decisionCount = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var step = catalog.Of(entry);
            if (target[i] >= 0)
            {
                if (!pending.TryGetValue(target[i], out var list)) pending[target[i]] = list = [];
                list.Add((entry, PayloadFields.Parse(entry.PayloadJson, out _)));
                continue;
            }

            ExportEvent? ev = null;
            switch (entry.Kind)
            {
                case JournalEvents.ActivityStarted when step is { IsSignificant: true }:
                    ev = Lifecycle(entry, step, "start");
                    break;
                case JournalEvents.ActivitySuspended when step is { IsSignificant: true }:
                    ev = Lifecycle(entry, step, "suspend");
                    if (PayloadFields.Parse(entry.PayloadJson, out _).String(CaseworkFields.Kind) is { } kind) Add(ev, X.WaitFor, TextGuard.Code(kind));
                    break;
                case JournalEvents.ActivityResumed when step is { IsSignificant: true }:
                    ev = Lifecycle(entry, step, "resume");
                    break;
                case JournalEvents.ActivityCompleted when step is { IsSignificant: true }:
                    ev = Lifecycle(entry, step, "complete");
                    if (step.Friction.IsAnnotated)
                    {
                        var f = step.Friction;
                        ev.Cost = Math.Round((decimal)f.Minutes / 60m * options.Tariffs.TariffFor(f.Actor).Hourly + f.OutOfPocket, 2);
                        Add(ev, X.ProfessionalMinutes, f.Minutes);
                        Add(ev, X.CitizenMinutes, f.CitizenMinutes);
                        Add(ev, X.OutOfPocket, (double)f.OutOfPocket);
                    }

                    break;
                case JournalEvents.ActivityFaulted or JournalEvents.ActivityCancelled when step is { IsSignificant: true }:
                    ev = Lifecycle(entry, step, "ate_abort");
                    break;
                case CaseworkEvents.TaskClaimed when step is not null:
                    ev = Lifecycle(entry, step, "assign");
                    ev.Role = catalog.Role(PayloadFields.Parse(entry.PayloadJson, out _).String(CaseworkFields.Role));
                    break;
                default:
                    if (StandaloneNames.TryGetValue(entry.Kind, out var name))
                    {
                        ev = new ExportEvent(entry.Sequence, name, "complete", entry.Timestamp) { Resource = Resource(entry.Actor) };
                        Common(ev, entry, step);
                        Merge(ev, info, entry, PayloadFields.Parse(entry.PayloadJson, out _), ref discretionCount, ref decisionCount);
                    }

                    break;
            }

            if (ev is null) continue;
            if (pending.Remove(i, out var merged))
            {
                foreach (var (m, payload) in merged) Merge(ev, info, m, payload, ref discretionCount, ref decisionCount);
            }

            ev.Objects.Insert(0, new ObjectRef("zaak", casePseudonym, "zaak"));
            events.Add(ev);
        }

        return events;
    }

    private static bool IsMergeable(string kind) =>
        kind is JournalEvents.StepCompleted || (CaseworkEvents.All.Contains(kind) && kind is not CaseworkEvents.TaskClaimed);

    private ExportEvent Lifecycle(JournalEntry entry, StepMeta step, string transition)
    {
        var ev = new ExportEvent(entry.Sequence, step.StepName, transition, entry.Timestamp) { Resource = Resource(entry.Actor), Role = step.Friction.Actor };
        Common(ev, entry, step);
        return ev;
    }

    private void Common(ExportEvent ev, JournalEntry entry, StepMeta? step)
    {
        Add(ev, X.Sequence, entry.Sequence);
        Add(ev, X.Workflow, entry.DefinitionId);
        Add(ev, X.Version, entry.DefinitionVersion);
        Add(ev, X.Instance, Memo('i', entry.InstanceId, pseudonymizer.Instance));
        if (step is null) return;
        Add(ev, X.StepId, step.StepId);
        Add(ev, X.RuleOrigin, step.Friction.Origin);
        Add(ev, X.LegalBasis, step.Friction.Basis);
        Add(ev, X.Purpose, step.Friction.Purpose);
    }

    private string? Resource(string? actor) => actor switch
    {
        null or "" => null,
        "system" => "system",
        _ when actor.StartsWith("system:", StringComparison.Ordinal) => actor,
        _ => Memo('u', actor, pseudonymizer.User),
    };

    /// <summary>Copies the whitelisted fields of a casework entry onto an event; nothing else of the payload leaves.</summary>
    private void Merge(ExportEvent ev, CaseInfo info, JournalEntry entry, PayloadFields p, ref int discretionCount, ref int decisionCount)
    {
        switch (entry.Kind)
        {
            case CaseworkEvents.TaskCompleted:
                Add(ev, X.TaskAction, TextGuard.Code(p.String(CaseworkFields.Action)));
                ev.Role = catalog.Role(p.String(CaseworkFields.Role)) ?? ev.Role;
                break;
            case CaseworkEvents.DiscretionDecided:
            {
                var discretionId = TextGuard.Code(p.String(CaseworkFields.DiscretionId));
                var option = TextGuard.Code(p.String(CaseworkFields.Option));
                Add(ev, X.DiscretionId, discretionId);
                Add(ev, X.Option, option);
                Add(ev, X.DefaultOption, TextGuard.Code(p.String(CaseworkFields.DefaultOption)));
                if (p.Bool(CaseworkFields.Deviation) is { } deviation) Add(ev, X.Deviation, deviation);
                if (p.Number(CaseworkFields.ReasonLength) is { } length) Add(ev, X.ReasonLength, (long)length);
                ev.Role = catalog.Role(p.String(CaseworkFields.Role)) ?? ev.Role;
                var id = pseudonymizer.Object("besluit", $"{info.CaseId}/{discretionId}/{++discretionCount}");
                ev.Objects.Add(new ObjectRef("besluit", id, "beslispunt " + (discretionId ?? "?") + ": " + (option ?? "?")));
                break;
            }

            case CaseworkEvents.ClockStarted or CaseworkEvents.ClockSuspended or CaseworkEvents.ClockResumed or CaseworkEvents.ClockExtended
                or CaseworkEvents.ClockStopped or CaseworkEvents.ClockExpired or CaseworkEvents.ClockWarning or CaseworkEvents.ClockBreached:
                Add(ev, X.Clock, TextGuard.Code(p.String(CaseworkFields.Clock)));
                Add(ev, X.ClockAction, entry.Kind);
                Add(ev, X.Term, TextGuard.Code(p.String(CaseworkFields.Extension) ?? p.String(CaseworkFields.Term)));
                if (p.Date(CaseworkFields.Deadline) is { } deadline) Add(ev, X.Deadline, deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                Add(ev, X.ClockBasis, TextGuard.Code(p.String(CaseworkFields.LegalBasis), 200));
                if (p.String(CaseworkFields.Reason) is { Length: > 0 } reason)
                    Add(ev, X.Reason, catalog.IsReleasable(reason) ? reason.Trim() : "(vrije tekst, niet getoond)");
                break;
            case CaseworkEvents.IngebrekestellingReceived:
                Add(ev, X.Clock, TextGuard.Code(p.String(CaseworkFields.Clock)));
                if (p.Date(CaseworkFields.ReceivedOn) is { } received) Add(ev, X.ReceivedOn, received.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case CaseworkEvents.DecisionTaken:
            {
                var option = TextGuard.Code(p.String(CaseworkFields.DecisionOption));
                Add(ev, X.DecisionOption, option);
                if (p.Bool(CaseworkFields.Reassessment) is { } reassessment) Add(ev, X.Reassessment, reassessment);
                Add(ev, X.PreviousDecisionOption, TextGuard.Code(p.String(CaseworkFields.PreviousDecisionOption)));
                var raw = p.String(CaseworkFields.DecisionId) ?? $"{info.CaseId}/besluit/{++decisionCount}";
                var id = pseudonymizer.Object("besluit", raw);
                Add(ev, X.Decision, id);
                ev.Objects.Add(new ObjectRef("besluit", id, "besluit: " + (option ?? "?")));
                break;
            }

            case CaseworkEvents.BezwaarReceived:
                Add(ev, X.DecisionOption, TextGuard.Code(p.String(CaseworkFields.DecisionOption)));
                if (p.String(CaseworkFields.DecisionId) is { } decisionId)
                {
                    var id = pseudonymizer.Object("besluit", decisionId);
                    Add(ev, X.Decision, id);
                    ev.Objects.Add(new ObjectRef("besluit", id, "bezwaar tegen"));
                }

                break;
            case CaseworkEvents.DocumentGenerated or CaseworkEvents.MessageQueued:
                Add(ev, X.DocumentKind, TextGuard.Code(p.String(CaseworkFields.Kind)));
                break;
            case JournalEvents.StepCompleted:
                Add(ev, X.Service, TextGuard.Code(p.String(CaseworkFields.Request)));
                if (p.Number(CaseworkFields.DurationMs) is { } ms) Add(ev, X.ServiceMs, ms);
                break;
        }

        foreach (var (field, type, key) in new[]
                 {
                     (CaseworkFields.ToewijzingId, "toewijzing", X.Toewijzing), (CaseworkFields.ProviderId, "aanbieder", X.Provider),
                     (CaseworkFields.TenderId, "aanbesteding", X.Tender),
                 })
        {
            if (p.String(field) is not { Length: > 0 } raw) continue;
            var id = pseudonymizer.Object(type, raw);
            Add(ev, key, id);
            ev.Objects.Add(new ObjectRef(type, id, type));
        }

        if (entry.Kind is CaseworkEvents.DocumentGenerated && p.String(CaseworkFields.DecisionId) is { Length: > 0 } document)
        {
            var id = pseudonymizer.Object("besluit", document);
            Add(ev, X.Decision, id);
            ev.Objects.Add(new ObjectRef("besluit", id, "document bij besluit"));
        }
    }

    private static void Add(ExportEvent ev, string key, string? value)
    {
        if (value is not null) ev.Attributes.Add(new ExportAttribute(key, "string", value));
    }

    private static void Add(ExportEvent ev, string key, long value) =>
        ev.Attributes.Add(new ExportAttribute(key, "int", value.ToString(CultureInfo.InvariantCulture)));

    private static void Add(ExportEvent ev, string key, double value) =>
        ev.Attributes.Add(new ExportAttribute(key, "float", value.ToString("R", CultureInfo.InvariantCulture)));

    private static void Add(ExportEvent ev, string key, bool value) =>
        ev.Attributes.Add(new ExportAttribute(key, "boolean", value ? "true" : "false"));
}
