using System.Globalization;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Ids;
using RelatieWerkstroom.Casework.Settings;
using RelatieWerkstroom.Casework.Time;
using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Descriptors;
using RelatieWerkstroom.Engine.LegalTime;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Casework.Journal;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Casework.Activities.Clocks;

/// <summary>
/// Starts, suspends, resumes, extends, stops or expires a legal term on the case file (Awb 4:13–4:15, 7:10, Algemene
/// termijnenwet) and journals the deadline that results, with who owes the act, the kind of term and its rule origin;
/// completes at once. Each transition happens on its legal day (<see cref="On"/>), not on the day the step runs.
/// </summary>
[Activity("RelatieWerkstroom.LegalClock", "Casework", "Legal clock",
    Description = "Starts, suspends, resumes, extends, stops or expires a legal term on the case file and records the deadline.")]
public sealed class LegalClockActivity : Activity
{
    /// <summary>Prefix of a term taken from the municipality settings, e.g. <c>setting:onderzoekstermijn</c>.</summary>
    public const string SettingPrefix = "setting:";

    /// <summary>Prefix of <see cref="On"/> that takes another clock's deadline, e.g. <c>clock:bezwaartermijn</c> (Awb 7:10 lid 1).</summary>
    public const string ClockPrefix = "clock:";

    /// <summary>
    /// Prefix of <see cref="On"/> that takes the receipt date recorded when a melding, aanvraag or bezwaarschrift was
    /// registered on the case file, e.g. <c>received:melding</c> (Awb 4:13 "na ontvangst", Wmo 2015 art. 2.3.2 lid 1).
    /// </summary>
    public const string ReceivedPrefix = "received:";

    /// <summary>
    /// Prefix that takes a value of the form this instance completed last, e.g. <c>form:ontvangenOp</c> (the receipt date
    /// the backoffice recorded) or <c>form:hersteltermijnTot</c> (the end of the hersteltermijn, Awb 4:15 lid 1 sub a).
    /// An empty field means today.
    /// </summary>
    public const string FormPrefix = "form:";

    private static readonly string[] VerdagingOptions = ["any", "none", "awb-7:10"];

    private ClockAction? _action;

    /// <summary>What to do with the clock.</summary>
    [Input(Description = "start, suspend (opschorten), resume, extend (verdagen), stop, or expire (a term of the inwoner ended unused).", Required = true,
        UIHint = UIHints.Dropdown, Options = ["start", "suspend", "resume", "extend", "stop", "expire"], SupportsExpressions = false)]
    public Input<string?> Action { get; set; } = new((string?)null);

    /// <summary>Who owes the act the term measures (start only).</summary>
    [Input(Description = "Who owes the act: bestuursorgaan, inwoner (bezwaartermijn, hersteltermijn), aanbieder, or gemeente-contractpartij.",
        UIHint = UIHints.Dropdown, Options = ["bestuursorgaan", "inwoner", "aanbieder", "gemeente-contractpartij"],
        DefaultValue = ClockOwedBy.Bestuursorgaan, SupportsExpressions = false)]
    public Input<string?> OwedBy { get; set; } = new((string?)null);

    /// <summary>Deadline or minimum waiting period (start only).</summary>
    [Input(Description = "deadline (act on or before the last day) or waiting-period (act not before the term has passed).",
        UIHint = UIHints.Dropdown, Options = ["deadline", "waiting-period"], DefaultValue = ClockTermKind.Deadline, SupportsExpressions = false)]
    public Input<string?> TermKind { get; set; } = new((string?)null);

    /// <summary>Where the term comes from (start only): national law, local verordening/beleid, contract, internal norm.</summary>
    [Input(Description = "Origin of the term: national, local, contract or internal. Only national deadlines of the bestuursorgaan count as breaches.",
        UIHint = UIHints.Dropdown, Options = ["national", "local", "contract", "internal"], DefaultValue = "national", SupportsExpressions = false)]
    public Input<string?> Origin { get; set; } = new((string?)null);

    /// <summary>Which verdaging the law allows on the term (start only).</summary>
    [Input(Description = "Verdaging allowed: any (notified within the term), none (e.g. Wmo 2.3.5: a 4:14 lid 1 notice does not move it), awb-7:10 (one of at most six weeks, more only under lid 4).",
        UIHint = UIHints.Dropdown, Options = ["any", "none", "awb-7:10"], DefaultValue = "any", SupportsExpressions = false)]
    public Input<string?> Verdaging { get; set; } = new((string?)null);

    /// <summary>The legal day of the transition; empty means today.</summary>
    [Input(Description = "The legal day: receipt of the aanvraag (start), the request (suspend), the aanvulling or the end of the hersteltermijn (resume), the notice (extend), the day the decision was sent (stop). A date (yyyy-MM-dd), an expression giving one, clock:name for that clock's deadline, received:soort for the recorded receipt date (received:melding), or form:field for a date of the form just completed (form:ontvangenOp, form:hersteltermijnTot). Empty: today.")]
    public Input<string?> On { get; set; } = new((string?)null);

    /// <summary>For a further delay beyond the one verdaging of Awb 7:10 lid 3: the ground of lid 4.</summary>
    [Input(Description = "Ground for further delay under Awb 7:10 lid 4, e.g. 'instemming indiener (lid 4 sub b)', or form:field for the ground the jurist chose.")]
    public Input<string?> FurtherDelayGround { get; set; } = new((string?)null);

    /// <summary>For stop and the other transitions: do nothing when the clock no longer runs (Pw 52: the voorschot clock
    /// stops on payment or on the decision, whichever comes first).</summary>
    [Input(Description = "Only when the clock still runs: skip the transition when it already stopped (e.g. the Pw 52 voorschot clock, stopped by the payment or by the decision, whichever comes first).",
        UIHint = UIHints.Checkbox, DefaultValue = false)]
    public Input<bool> WhenRunning { get; set; } = new(false);

    /// <summary>The clock's name, e.g. <c>beslistermijn</c>.</summary>
    [Input(Description = "Name of the clock, e.g. beslistermijn or onderzoekstermijn.", Required = true)]
    public Input<string?> Clock { get; set; } = new((string?)null);

    /// <summary>The term for a start: "6 weeks", "8 weken" or <c>setting:name</c>.</summary>
    [Input(Description = "Term for start, e.g. '6 weeks', '8 weken' or 'setting:onderzoekstermijn'.")]
    public Input<string?> Term { get; set; } = new((string?)null);

    /// <summary>The article that sets the term (or allows the suspension or extension).</summary>
    [Input(Description = "The article, e.g. 'Wmo 2015 art. 2.3.5 lid 1' or 'Awb 4:15 lid 1 sub a'.")]
    public Input<string?> LegalBasis { get; set; } = new((string?)null);

    /// <summary>Why the clock is suspended or extended.</summary>
    [Input(Description = "Reason for suspend or extend, e.g. 'Aanvulling gevraagd (Awb 4:5)'.")]
    public Input<string?> Reason { get; set; } = new((string?)null);

    /// <summary>The extension for extend: "6 weeks" or <c>setting:name</c>.</summary>
    [Input(Description = "Extension for extend, e.g. '6 weeks' (Awb 7:10 lid 3), 'setting:verdaging' or form:field.")]
    public Input<string?> Extension { get; set; } = new((string?)null);

    /// <summary>Working days before the deadline on which to warn.</summary>
    [Input(Description = "Warn this many working days before the deadline.", DefaultValue = 5)]
    public Input<int> WarningWorkingDays { get; set; } = new(5);

    /// <inheritdoc />
    public override void Bind(ActivityBinder binder)
    {
        if (!Action.IsSet || !Action.IsConstant) return;
        var text = Action.Constant?.Trim() ?? "";
        if (!Enum.TryParse<ClockAction>(text, ignoreCase: true, out var action) || !Enum.IsDefined(action) || int.TryParse(text, out _))
        {
            binder.Report("action", ProblemCodes.ClockActionUnknown, ("action", text));
            return;
        }
        _action = action;
        switch (action)
        {
            case ClockAction.Start:
                CheckTerm(binder, Term, "term", ProblemCodes.ClockTermMissing);
                CheckOption(binder, OwedBy, "owedBy", ClockOwedBy.All);
                CheckOption(binder, TermKind, "termKind", ClockTermKind.All);
                CheckOption(binder, Origin, "origin", ClockProfile.Origins);
                CheckOption(binder, Verdaging, "verdaging", VerdagingOptions);
                break;
            case ClockAction.Extend:
                CheckTerm(binder, Extension, "extension", ProblemCodes.ClockExtensionMissing);
                CheckReason(binder, ProblemCodes.ClockExtensionReasonMissing);
                break;
            case ClockAction.Suspend:
                CheckReason(binder, ProblemCodes.ClockSuspensionReasonMissing);
                break;
        }
        if (WarningWorkingDays.IsConstant && WarningWorkingDays.Constant < 0) binder.Report("warningWorkingDays", ProblemCodes.NumberNegative, ("input", "warningWorkingDays"));
        if (Clock.IsSet && Clock.IsConstant && string.IsNullOrWhiteSpace(Clock.Constant)) binder.Report("clock", ProblemCodes.TextEmpty, ("what", "clock name"));
    }

    /// <inheritdoc />
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var action = _action ?? throw new InvalidOperationException($"legal clock '{Node.Label}' has no valid action");
        var name = context.Get(Clock)?.Trim();
        if (string.IsNullOrEmpty(name)) throw new InvalidOperationException($"legal clock '{Node.Label}' names no clock");
        var caseFileId = context.Instance.CorrelationId
            ?? throw new InvalidOperationException($"legal clock '{Node.Label}' needs a case file: start the workflow with the case file id as correlation id");
        var session = context.CaseFileSession();
        var caseFile = await session.FindAsync(caseFileId, context.Burst.CancellationToken)
            ?? throw new InvalidOperationException($"legal clock '{Node.Label}' found no case file '{caseFileId}'");

        var settings = context.Services.GetService(typeof(IMunicipalitySettings)) as IMunicipalitySettings ?? MunicipalitySettings.Default;
        var today = DutchTime.Today(context.Now);
        var current = caseFile.Clock(name);
        if (action != ClockAction.Start && context.Get(WhenRunning) && current is not { IsRunning: true }) return ActivityResult.Done();
        var form = caseFile.Forms.LastOrDefault(f => f.InstanceId == context.Instance.Id);
        var on = LegalDay(context.Get(On), caseFile, form, today, action);
        var reason = context.Get(Reason)?.Trim();
        var basis = context.Get(LegalBasis)?.Trim();
        LegalTerm? term = null;
        CaseClock updated;
        if (action == ClockAction.Start)
        {
            if (current is { IsRunning: true })
                throw new InvalidOperationException(
                    $"clock '{name}' already runs since {Iso(current.Start)} (deadline {Iso(current.Deadline)}); stop it before starting it again");
            term = Resolve(context.Get(Term), "term", settings, form);
            var warning = context.Get(WarningWorkingDays);
            if (warning < 0) throw new InvalidOperationException($"legal clock '{Node.Label}': warningWorkingDays is {warning}; it cannot be negative");
            var id = (context.Services.GetService(typeof(IIdGenerator)) as IIdGenerator)?.NewId("", 16);
            updated = CaseClock.Begin(name, basis ?? "", term, on, warning, context.Instance.Id, Node.Id, context.Actor, context.Now, id, Profile());
        }
        else
        {
            // A term whose start lies ahead (Awb 7:10 runs from the day after the bezwaartermijn, even for an early
            // bezwaar) has not begun: a request, notice or decision before its first day counts from that day.
            if (current is not null && on < current.Start && action != ClockAction.Expire) on = current.Start;
            if (current is not { IsRunning: true })
                throw new InvalidOperationException(current is null
                    ? $"clock '{name}' cannot {action.ToString().ToLowerInvariant()}: it was never started on case file {caseFileId}"
                    : $"clock '{name}' cannot {action.ToString().ToLowerInvariant()}: it stopped on {Iso(current.StoppedOn)}");
            if (action == ClockAction.Extend) term = Resolve(context.Get(Extension), "extension", settings, form);
            if (action is ClockAction.Suspend or ClockAction.Extend && string.IsNullOrEmpty(reason))
                throw new InvalidOperationException($"legal clock '{Node.Label}': a {action.ToString().ToLowerInvariant()} needs a reason");
            if (action == ClockAction.Expire && current.Profile.OwedBy == ClockOwedBy.Bestuursorgaan)
                throw new InvalidOperationException(
                    $"clock '{name}' cannot expire: it is a term of the bestuursorgaan, which is met by a decision (stop) or breached, never 'expired'");
            // An expiry is noticed today; the clock itself closes on its legal last day.
            updated = current.Apply(action, action == ClockAction.Expire ? today : on, term, reason, context.Actor, context.Now,
                FormText(context.Get(FurtherDelayGround), form) is { Length: > 0 } ground ? ground : null);
        }

        session.Change(caseFileId, file => file.PutClock(updated));
        context.Journal(EventKind(action), Payload(updated, action, updated.StoppedOn ?? on, term, basis, reason));
        return ActivityResult.Done();
    }

    private ClockProfile Profile()
    {
        var verdaging = Text(Verdaging, "any") switch
        {
            "none" => VerdagingRule.None,
            "awb-7:10" => VerdagingRule.Awb710,
            _ => VerdagingRule.Any,
        };
        return new ClockProfile(Text(OwedBy, ClockOwedBy.Bestuursorgaan), Text(TermKind, ClockTermKind.Deadline), Text(Origin, "national"), verdaging);
    }

    private static string Text(Input<string?> input, string fallback) =>
        input.IsConstant && input.Constant?.Trim() is { Length: > 0 } value ? value.ToLowerInvariant() : fallback;

    // The legal day of a transition: a date, another clock's deadline (clock:name), the recorded receipt date
    // (received:soort), a date of the form just completed (form:field), or today when empty. A recorded date in the
    // future cannot have happened yet; only the end of a hersteltermijn may lie ahead when the clock resumes, because
    // the suspension lasts until the term the inwoner was given has passed (Awb 4:15 lid 1 sub a, 7:10 lid 2).
    private DateOnly LegalDay(string? text, CaseFile caseFile, FormSubmission? form, DateOnly today, ClockAction action)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text)) return today;
        if (text.StartsWith(FormPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var value = FormText(text, form);
            if (string.IsNullOrEmpty(value)) return today;
            var date = ParseDay(value, text);
            if (date > today && action != ClockAction.Resume)
                throw new InvalidOperationException($"legal clock '{Node.Label}': {text} is {Iso(date)}, after today ({Iso(today)}); a transition cannot be recorded ahead");
            return date;
        }
        if (text.StartsWith(ReceivedPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var soort = text[ReceivedPrefix.Length..].Trim();
            // The registration of that soort; a case that began otherwise (a JW315 verzoek om toewijzing) counts from
            // its latest registration.
            var registered = caseFile.Events.LastOrDefault(e => e.Kind == CaseEventKinds.MeldingRegistered
                && e.Details?["soort"] is JsonValue v && v.TryGetValue<string>(out var s) && s.Equals(soort, StringComparison.OrdinalIgnoreCase))
                ?? caseFile.Events.LastOrDefault(e => e.Kind == CaseEventKinds.MeldingRegistered)
                ?? throw new InvalidOperationException($"legal clock '{Node.Label}': on '{text}' needs a registered {soort}, and the case file has none");
            return ParseDay(registered.Details?["meldingDate"]?.GetValue<string>() ?? "", text);
        }
        if (text.StartsWith(ClockPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var other = text[ClockPrefix.Length..].Trim();
            var clock = caseFile.Clock(other)
                ?? throw new InvalidOperationException($"legal clock '{Node.Label}': on '{text}' names a clock this case file does not have");
            // A computed legal day may lie ahead: 7:10 runs from the day after the bezwaartermijn even when the
            // bezwaar came in early.
            return clock.StoppedOn is { } stopped && clock.Expired ? stopped
                : clock.Deadline ?? throw new InvalidOperationException(
                    $"legal clock '{Node.Label}': clock '{other}' is suspended, so its deadline is not known yet");
        }
        if (!DateOnly.TryParseExact(text.Length >= 10 ? text[..10] : text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            throw new InvalidOperationException($"legal clock '{Node.Label}': on '{text}' is not a date (yyyy-MM-dd) or clock:name");
        }

        if (day > today)
            throw new InvalidOperationException($"legal clock '{Node.Label}': on {Iso(day)} is after today ({Iso(today)}); a transition cannot be recorded ahead");
        return day;
    }

    private DateOnly ParseDay(string value, string source) =>
        DateOnly.TryParseExact(value.Length >= 10 ? value[..10] : value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new InvalidOperationException($"legal clock '{Node.Label}': {source} gives '{value}', which is not a date (yyyy-MM-dd)");

    // form:field reads the form this instance completed last (the task just before the clock); other text is itself.
    private static string? FormText(string? text, FormSubmission? form)
    {
        text = text?.Trim();
        if (text is null || !text.StartsWith(FormPrefix, StringComparison.OrdinalIgnoreCase)) return text;
        var field = text[FormPrefix.Length..].Trim();
        return form?.Values[field] is JsonValue value ? value.ToString().Trim() : null;
    }

    private LegalTerm Resolve(string? text, string input, IMunicipalitySettings settings, FormSubmission? form)
    {
        text = FormText(text, form);
        if (string.IsNullOrEmpty(text)) throw new InvalidOperationException($"legal clock '{Node.Label}' has no {input}");
        if (text.StartsWith(SettingPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var key = text[SettingPrefix.Length..].Trim();
            return settings.Term(key) ?? throw new InvalidOperationException(
                $"legal clock '{Node.Label}': {input} '{text}' refers to a term the settings of {settings.Municipality} do not define; " +
                $"defined terms: {(settings.Terms.Count == 0 ? "none" : string.Join(", ", settings.Terms.Keys))}");
        }
        if (!LegalTerm.TryParse(text, out var term, out var error)) throw new InvalidOperationException($"legal clock '{Node.Label}': {error}");
        return term;
    }

    private static JsonObject Payload(CaseClock clock, ClockAction action, DateOnly on, LegalTerm? term, string? basis, string? reason)
    {
        var legal = clock.ToLegalClock();
        var payload = new JsonObject
        {
            [CaseworkFields.Clock] = clock.Name,
            [CaseworkFields.Term] = (term ?? LegalTerm.Parse(clock.Term)).ToString(),
            // While suspended the deadline is the one that stood when the suspension began; resuming moves it.
            [CaseworkFields.Deadline] = Iso(clock.Deadline ?? legal.DeadlineAsOf(on)),
            [CaseworkFields.LegalBasis] = string.IsNullOrEmpty(basis) ? clock.LegalBasis : basis,
            [CaseworkFields.Reason] = reason,
            [CaseworkFields.Start] = Iso(clock.Start),
            [CaseworkFields.On] = Iso(on),
            [CaseworkFields.WarningDate] = clock.WarningDate is { } w ? Iso(w) : null,
            [CaseworkFields.Suspended] = clock.IsSuspended,
            [CaseworkFields.SuspendedDays] = clock.SuspendedDays,
            [CaseworkFields.OwedBy] = clock.Profile.OwedBy,
            [CaseworkFields.TermKind] = clock.Profile.TermKind,
            [CaseworkFields.Origin] = clock.Profile.Origin,
        };
        if (action == ClockAction.Expire) payload[CaseworkFields.Expired] = true;
        if (action == ClockAction.Stop)
        {
            var daysLeft = legal.DaysLeft(on);
            payload[CaseworkFields.DaysLeft] = daysLeft;
            payload[CaseworkFields.Breached] = daysLeft < 0;
        }
        return payload;
    }

    private static string EventKind(ClockAction action) => action switch
    {
        ClockAction.Start => CaseworkEvents.ClockStarted,
        ClockAction.Suspend => CaseworkEvents.ClockSuspended,
        ClockAction.Resume => CaseworkEvents.ClockResumed,
        ClockAction.Extend => CaseworkEvents.ClockExtended,
        ClockAction.Expire => CaseworkEvents.ClockExpired,
        _ => CaseworkEvents.ClockStopped,
    };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly? date) => date is { } d ? Iso(d) : "-";

    private void CheckReason(ActivityBinder binder, ProblemCode missing)
    {
        if (!Reason.IsSet) binder.Report("reason", missing);
        else if (Reason.IsConstant && string.IsNullOrWhiteSpace(Reason.Constant)) binder.Report("reason", missing);
    }

    private static void CheckOption(ActivityBinder binder, Input<string?> input, string name, IReadOnlyList<string> options)
    {
        if (!input.IsSet || !input.IsConstant || string.IsNullOrWhiteSpace(input.Constant)) return;
        if (!options.Contains(input.Constant.Trim().ToLowerInvariant()))
            binder.Report(name, ProblemCodes.ClockOptionUnknown, ("input", name), ("value", input.Constant), ("options", options));
    }

    private static void CheckTerm(ActivityBinder binder, Input<string?> input, string name, ProblemCode missing)
    {
        if (!input.IsSet)
        {
            binder.Report(name, missing);
            return;
        }
        if (!input.IsConstant) return; // an expression is checked when it runs
        var text = input.Constant?.Trim() ?? "";
        if (text.StartsWith(FormPrefix, StringComparison.OrdinalIgnoreCase)) return; // the value the form gets, checked when it runs
        if (text.StartsWith(SettingPrefix, StringComparison.OrdinalIgnoreCase))
        {
            // The settings are the municipality's: a named term is resolved when the clock runs.
            if (text.Length == SettingPrefix.Length) binder.Report(name, ProblemCodes.ClockSettingUnnamed, ("value", text));
            return;
        }
        if (!LegalTerm.TryParse(text, out var term, out var error)) binder.Report(name, ProblemCodes.ClockTermInvalid, ("detail", error));
        else if (term.Unit == LegalTermUnit.Hours) binder.Report(name, ProblemCodes.ClockTermInHours, ("term", term));
    }
}
