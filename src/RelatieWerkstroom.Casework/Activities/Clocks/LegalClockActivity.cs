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

namespace RelatieWerkstroom.Casework.Activities.Clocks;

/// <summary>
/// Starts, suspends, resumes, extends or stops a statutory term on the case file (Awb 4:13–4:15, Algemene
/// termijnenwet) and journals the deadline that results; completes at once.
/// </summary>
[Activity("RelatieWerkstroom.LegalClock", "Casework", "Legal clock",
    Description = "Starts, suspends, resumes, extends or stops a statutory term on the case file and records the deadline.")]
public sealed class LegalClockActivity : Activity
{
    /// <summary>Prefix of a term taken from the municipality settings, e.g. <c>setting:onderzoekstermijn</c>.</summary>
    public const string SettingPrefix = "setting:";

    private ClockAction? _action;

    /// <summary>What to do with the clock.</summary>
    [Input(Description = "start, suspend (opschorten), resume, extend (verdagen) or stop.", Required = true,
        UIHint = UIHints.Dropdown, Options = ["start", "suspend", "resume", "extend", "stop"], SupportsExpressions = false)]
    public Input<string?> Action { get; set; } = new((string?)null);

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
    [Input(Description = "Extension for extend, e.g. '6 weeks' (Awb 7:10 lid 3) or 'setting:verdaging'.")]
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
            binder.Report("action", $"unknown clock action '{text}'; use start, suspend, resume, extend or stop");
            return;
        }
        _action = action;
        switch (action)
        {
            case ClockAction.Start:
                CheckTerm(binder, Term, "term", "a start needs a term, e.g. \"6 weeks\" or \"setting:onderzoekstermijn\"");
                break;
            case ClockAction.Extend:
                CheckTerm(binder, Extension, "extension", "an extension needs a term, e.g. \"6 weeks\"");
                CheckReason(binder, "an extension (verdaging, Awb 4:14) needs a reason");
                break;
            case ClockAction.Suspend:
                CheckReason(binder, "a suspension (opschorting, Awb 4:15) needs a reason");
                break;
        }
        if (WarningWorkingDays.IsConstant && WarningWorkingDays.Constant < 0) binder.Report("warningWorkingDays", "warningWorkingDays cannot be negative");
        if (Clock.IsSet && Clock.IsConstant && string.IsNullOrWhiteSpace(Clock.Constant)) binder.Report("clock", "the clock name is empty");
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
        var reason = context.Get(Reason)?.Trim();
        var basis = context.Get(LegalBasis)?.Trim();
        var current = caseFile.Clock(name);
        LegalTerm? term = null;
        CaseClock updated;
        if (action == ClockAction.Start)
        {
            if (current is { IsRunning: true })
                throw new InvalidOperationException(
                    $"clock '{name}' already runs since {Iso(current.Start)} (deadline {Iso(current.Deadline)}); stop it before starting it again");
            term = Resolve(context.Get(Term), "term", settings);
            var warning = context.Get(WarningWorkingDays);
            if (warning < 0) throw new InvalidOperationException($"legal clock '{Node.Label}': warningWorkingDays is {warning}; it cannot be negative");
            var id = (context.Services.GetService(typeof(IIdGenerator)) as IIdGenerator)?.NewId("", 16);
            updated = CaseClock.Begin(name, basis ?? "", term, today, warning, context.Instance.Id, Node.Id, context.Actor, context.Now, id);
        }
        else
        {
            if (current is not { IsRunning: true })
                throw new InvalidOperationException(current is null
                    ? $"clock '{name}' cannot {action.ToString().ToLowerInvariant()}: it was never started on case file {caseFileId}"
                    : $"clock '{name}' cannot {action.ToString().ToLowerInvariant()}: it stopped on {Iso(current.StoppedOn)}");
            if (action == ClockAction.Extend) term = Resolve(context.Get(Extension), "extension", settings);
            if (action is ClockAction.Suspend or ClockAction.Extend && string.IsNullOrEmpty(reason))
                throw new InvalidOperationException($"legal clock '{Node.Label}': a {action.ToString().ToLowerInvariant()} needs a reason");
            updated = current.Apply(action, today, term, reason, context.Actor, context.Now);
        }

        session.Change(caseFileId, file => file.PutClock(updated));
        context.Journal(EventKind(action), Payload(updated, action, today, term, basis, reason));
        return ActivityResult.Done();
    }

    private LegalTerm Resolve(string? text, string input, IMunicipalitySettings settings)
    {
        text = text?.Trim();
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

    private static JsonObject Payload(CaseClock clock, ClockAction action, DateOnly today, LegalTerm? term, string? basis, string? reason)
    {
        var legal = clock.ToLegalClock();
        var payload = new JsonObject
        {
            ["clock"] = clock.Name,
            ["term"] = (term ?? LegalTerm.Parse(clock.Term)).ToString(),
            // While suspended the deadline is the one that stood when the suspension began; resuming moves it.
            ["deadline"] = Iso(clock.Deadline ?? legal.DeadlineAsOf(today)),
            ["legalBasis"] = string.IsNullOrEmpty(basis) ? clock.LegalBasis : basis,
            ["reason"] = reason,
            ["start"] = Iso(clock.Start),
            ["on"] = Iso(today),
            ["warningDate"] = clock.WarningDate is { } w ? Iso(w) : null,
            ["suspended"] = clock.IsSuspended,
            ["suspendedDays"] = clock.SuspendedDays,
        };
        if (action == ClockAction.Stop)
        {
            var daysLeft = legal.DaysLeft(today);
            payload["daysLeft"] = daysLeft;
            payload["breached"] = daysLeft < 0;
        }
        return payload;
    }

    private static string EventKind(ClockAction action) => action switch
    {
        ClockAction.Start => CaseworkJournalEvents.ClockStarted,
        ClockAction.Suspend => CaseworkJournalEvents.ClockSuspended,
        ClockAction.Resume => CaseworkJournalEvents.ClockResumed,
        ClockAction.Extend => CaseworkJournalEvents.ClockExtended,
        _ => CaseworkJournalEvents.ClockStopped,
    };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly? date) => date is { } d ? Iso(d) : "-";

    private void CheckReason(ActivityBinder binder, string message)
    {
        if (!Reason.IsSet) binder.Report("reason", message);
        else if (Reason.IsConstant && string.IsNullOrWhiteSpace(Reason.Constant)) binder.Report("reason", message);
    }

    private static void CheckTerm(ActivityBinder binder, Input<string?> input, string name, string missing)
    {
        if (!input.IsSet)
        {
            binder.Report(name, missing);
            return;
        }
        if (!input.IsConstant) return; // an expression is checked when it runs
        var text = input.Constant?.Trim() ?? "";
        if (text.StartsWith(SettingPrefix, StringComparison.OrdinalIgnoreCase))
        {
            // The settings are the municipality's: a named term is resolved when the clock runs.
            if (text.Length == SettingPrefix.Length) binder.Report(name, $"'{text}' names no setting; write e.g. setting:onderzoekstermijn");
            return;
        }
        if (!LegalTerm.TryParse(text, out var term, out var error)) binder.Report(name, error);
        else if (term.Unit == LegalTermUnit.Hours) binder.Report(name, $"a legal clock counts days; a term of {term} cannot run on it");
    }
}
