using System.Globalization;
using System.Text.Json.Nodes;
using MediatR;
using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.Journal;
using RelatieWerkstroom.Casework.Time;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Casework.Validation;
using RelatieWerkstroom.Engine.LegalTime;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>
/// A caseworker suspends (Awb 4:15), resumes or extends (Awb 4:14, 7:10) a running legal clock of the bestuursorgaan
/// by hand, with a reason and the legal basis. The engine's <see cref="LegalClock"/> decides what the law allows (no
/// verdaging of Wmo 2.3.5, one of at most six weeks under 7:10 lid 3, no suspension after the term expired, …); a
/// refusal changes nothing. The transition is stored on the case file with who did it, why and on which basis, and
/// journalled for the reports without the free-text reason (which may hold personal data).
/// </summary>
public static class ChangeClock
{
    /// <summary>The actions a person may take.</summary>
    public static readonly IReadOnlyList<string> Actions = ["suspend", "resume", "extend"];

    /// <summary>The longest reason.</summary>
    public const int MaxReasonLength = 2000;

    /// <summary>Applies <paramref name="Action"/> to the clock named <paramref name="Clock"/> of case file <paramref name="CaseFileId"/>.</summary>
    /// <param name="User">Who does it.</param>
    /// <param name="CaseFileId">The case file.</param>
    /// <param name="Clock">The clock's name (its latest run is changed).</param>
    /// <param name="Action">suspend, resume or extend.</param>
    /// <param name="Reason">Why (required for suspend and extend).</param>
    /// <param name="LegalBasis">The article allowing it, e.g. "Awb 4:15 lid 1 sub a" (required for suspend and extend).</param>
    /// <param name="Extension">The extension, e.g. "6 weken" (extend).</param>
    /// <param name="On">The legal day (the request, the aanvulling, the notice); today when not given, never in the future.</param>
    /// <param name="FurtherDelayGround">For a further delay under Awb 7:10 lid 4: its ground.</param>
    public sealed record Command(User User, string CaseFileId, string Clock, string Action, string? Reason = null, string? LegalBasis = null,
        string? Extension = null, DateOnly? On = null, string? FurtherDelayGround = null) : IRequest<ClockView>;

    /// <summary>Checks the action, reason, legal basis and extension term.</summary>
    public sealed class Validator(TimeProvider time) : ICommandValidator<Command>
    {
        /// <inheritdoc />
        public IEnumerable<CommandProblem> Validate(Command command)
        {
            var action = command.Action?.Trim().ToLowerInvariant();
            if (string.IsNullOrWhiteSpace(command.Clock)) yield return new("clock", "Termijn ontbreekt (clock is missing)");
            if (!Actions.Contains(action))
            {
                yield return new("action", $"Onbekende actie '{command.Action}'; kies suspend, resume of extend (unknown action)");
                yield break;
            }
            if (action is "suspend" or "extend")
            {
                if (string.IsNullOrWhiteSpace(command.Reason))
                    yield return new("reason", action == "suspend"
                        ? "Geef de reden van de opschorting (a suspension needs a reason)"
                        : "Geef de reden van de verdaging (an extension needs a reason)");
                if (string.IsNullOrWhiteSpace(command.LegalBasis))
                    yield return new("legalBasis", action == "suspend"
                        ? "Noem de wettelijke grondslag, bijvoorbeeld Awb 4:15 lid 1 sub a (a suspension needs its legal basis)"
                        : "Noem de wettelijke grondslag, bijvoorbeeld Awb 4:14 lid 3 of 7:10 lid 3 (an extension needs its legal basis)");
            }
            if (command.Reason is { Length: > MaxReasonLength }) yield return new("reason", $"Reden is langer dan {MaxReasonLength} tekens (reason too long)");
            if (command.LegalBasis is { Length: > 200 }) yield return new("legalBasis", "Grondslag is langer dan 200 tekens (legal basis too long)");
            if (command.FurtherDelayGround is { Length: > 200 }) yield return new("furtherDelayGround", "Grond is langer dan 200 tekens (ground too long)");
            if (action == "extend")
            {
                if (string.IsNullOrWhiteSpace(command.Extension))
                    yield return new("extension", "Geef de duur van de verdaging, bijvoorbeeld '6 weken' (an extension needs a term)");
                else if (!LegalTerm.TryParse(command.Extension.Trim(), out var term, out var error))
                    yield return new("extension", $"'{command.Extension}' is geen termijn ({error}); schrijf bijvoorbeeld '6 weken'");
                else if (term.Unit == LegalTermUnit.Hours)
                    yield return new("extension", "Een termijn in uren kan niet op een wettelijke termijn in dagen (a clock counts days)");
            }
            var today = DutchTime.Today(time.GetUtcNow());
            if (command.On is { } on && on > today)
                yield return new("on", $"De datum {on:yyyy-MM-dd} ligt na vandaag; wat nog niet gebeurd is kan niet worden vastgelegd (date in the future)");
        }
    }

    /// <summary>
    /// What a person may do with <paramref name="clock"/> now: nothing once it stopped, the case closed, or for a term
    /// that is not the bestuursorgaan's deadline; suspend only where the workflow itself models an opschorting of this
    /// clock (<paramref name="suspendable"/>: the law gives no opschorting of, e.g., the Wmo onderzoekstermijn); extend
    /// where the clock's verdaging rule is not "none" (the clock refuses what goes beyond its rule).
    /// </summary>
    public static IReadOnlyList<string> AllowedActions(CaseClock clock, CaseFile caseFile, bool suspendable)
    {
        if (!clock.IsRunning || caseFile.Status != CaseFileStatus.Open || RefusalFor(clock) is not null) return [];
        var actions = new List<string>();
        if (clock.IsSuspended) actions.Add("resume");
        else if (suspendable) actions.Add("suspend");
        if (clock.Profile.Verdaging != VerdagingRule.None) actions.Add("extend");
        return actions;
    }

    /// <summary>Whether the workflow that started <paramref name="clock"/> has a LegalClock step that suspends it.</summary>
    public static async Task<bool> SuspensionModelledAsync(CaseClock clock, IWorkflowInstanceStore instances, IWorkflowDefinitionStore definitions,
        CancellationToken cancellationToken)
    {
        if (clock.InstanceId is not { } instanceId || await instances.FindAsync(instanceId, cancellationToken) is not { } instance) return false;
        var definition = await definitions.FindVersionAsync(instance.DefinitionVersionId, cancellationToken);
        return definition is not null && definition.Activities.Any(a => a.Type == LegalClockType
            && string.Equals(a.Input("action")?.Text?.Trim(), "suspend", StringComparison.OrdinalIgnoreCase)
            && string.Equals(a.Input("clock")?.Text?.Trim(), clock.Name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The activity type of the legal clock.</summary>
    public const string LegalClockType = "RelatieWerkstroom.LegalClock";

    // Opschorting and verdaging are the bestuursorgaan's, on its own beslistermijn (Awb 4:14, 4:15, 7:10).
    private static string? RefusalFor(CaseClock clock)
    {
        if (clock.Profile.OwedBy != ClockOwedBy.Bestuursorgaan)
            return $"De {clock.Name} is een termijn van de {clock.Profile.OwedBy}, niet van de gemeente; die kan de gemeente niet opschorten of verdagen " +
                   "(only the bestuursorgaan's own decision terms can be suspended or extended)";
        if (clock.Profile.TermKind != ClockTermKind.Deadline)
            return $"De {clock.Name} is een wachttermijn; die wordt niet opgeschort of verdaagd (a waiting period cannot be suspended or extended)";
        return null;
    }

    /// <summary>Applies the transition to the latest version of the case file, then journals it.</summary>
    public sealed class Handler(ICommandValidator<Command> validator, ICaseFileStore caseFiles, CaseFileSessions sessions, IWorkflowInstanceStore instances,
        IWorkflowDefinitionStore definitions, TimeProvider time)
        : IRequestHandler<Command, ClockView>
    {
        /// <inheritdoc />
        public async Task<ClockView> Handle(Command request, CancellationToken cancellationToken)
        {
            validator.EnsureValid(request);
            var action = Enum.Parse<ClockAction>(request.Action.Trim(), ignoreCase: true);
            var now = time.GetUtcNow();
            var today = DutchTime.Today(now);
            var on = request.On ?? today;
            var term = action == ClockAction.Extend ? LegalTerm.Parse(request.Extension!.Trim()) : null;
            var reason = request.Reason?.Trim() is { Length: > 0 } r ? r : null;
            var basis = request.LegalBasis?.Trim() is { Length: > 0 } b ? b : null;
            var ground = request.FurtherDelayGround?.Trim() is { Length: > 0 } g ? g : null;

            // Whether the law gives this clock an opschorting is read from the workflow that runs it.
            var current = (await caseFiles.FindVisibleAsync(request.User, request.CaseFileId, cancellationToken)).Clock(request.Clock.Trim());
            var suspendable = current is not null && await SuspensionModelledAsync(current, instances, definitions, cancellationToken);
            if (current is not null && action == ClockAction.Suspend && !suspendable && current.IsRunning && RefusalFor(current) is null)
                throw new CaseworkRefusedException(RefusalKind.Conflict,
                    $"De {current.Name} ({current.LegalBasis}) kent geen opschorting: het werkproces voorziet er niet in, en Awb 4:15 geldt alleen voor een beslistermijn; er is niets gewijzigd " +
                    "(this term cannot be suspended)");

            CaseClock? changed = null;
            // The case file and the journal entry are stored in one commit.
            var file = await RecordedCaseFileChange.StoreAsync(caseFiles, sessions, instances, request.User, request.CaseFileId, f =>
            {
                CaseFileAccess.EnsureOpen(f);
                var clock = f.Clock(request.Clock.Trim())
                    ?? throw new CaseworkRefusedException(RefusalKind.NotFound, $"Zaak '{f.Id}' heeft geen termijn '{request.Clock}' (clock not found)");
                if (!clock.IsRunning)
                    throw new CaseworkRefusedException(RefusalKind.Conflict,
                        $"De {clock.Name} is gestopt op {clock.StoppedOn:yyyy-MM-dd}; er valt niets meer op te schorten of te verdagen (clock stopped)");
                if (RefusalFor(clock) is { } refusal) throw new CaseworkRefusedException(RefusalKind.Conflict, refusal);
                try
                {
                    changed = clock.Apply(action, on, term, reason, request.User.Id, now, ground, basis);
                }
                catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
                {
                    throw new CaseworkRefusedException(RefusalKind.Conflict, $"De wet staat dit niet toe; er is niets gewijzigd. {ex.Message}");
                }
                f.PutClock(changed);
            }, read => EntryAsync(changed!, action, on, term, basis, reason, request.User, read.Id, now, cancellationToken), cancellationToken);

            return ClockView.From(changed!, file, today, suspendable);
        }

        private Task<JournalEntry?> EntryAsync(CaseClock clock, ClockAction action, DateOnly on, LegalTerm? term, string? basis, string? reason, User user,
            string caseFileId, DateTimeOffset now, CancellationToken cancellationToken)
        {
            var legal = clock.ToLegalClock();
            var payload = new JsonObject
            {
                [CaseworkFields.Clock] = clock.Name,
                [CaseworkFields.Term] = (term ?? LegalTerm.Parse(clock.Term)).ToString(),
                [CaseworkFields.Deadline] = Iso(clock.Deadline ?? legal.DeadlineAsOf(on)),
                [CaseworkFields.LegalBasis] = basis ?? clock.LegalBasis,
                [CaseworkFields.ReasonLength] = reason?.Length ?? 0,
                [CaseworkFields.Start] = Iso(clock.Start),
                [CaseworkFields.On] = Iso(on),
                [CaseworkFields.WarningDate] = clock.WarningDate is { } w ? Iso(w) : null,
                [CaseworkFields.Suspended] = clock.IsSuspended,
                [CaseworkFields.SuspendedDays] = clock.SuspendedDays,
                [CaseworkFields.OwedBy] = clock.Profile.OwedBy,
                [CaseworkFields.TermKind] = clock.Profile.TermKind,
                [CaseworkFields.Origin] = clock.Profile.Origin,
            };
            var kind = action switch
            {
                ClockAction.Suspend => CaseworkEvents.ClockSuspended,
                ClockAction.Resume => CaseworkEvents.ClockResumed,
                _ => CaseworkEvents.ClockExtended,
            };
            return RecordedCaseFileChange.ClockEntryAsync(instances, clock, kind, payload, user, now, caseFileId, cancellationToken);
        }

        private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
