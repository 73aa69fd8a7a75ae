using System.Globalization;
using System.Text.Json.Nodes;
using MediatR;
using Microsoft.Extensions.Logging;
using RelatieWerkstroom.Casework.Dwangsom;
using RelatieWerkstroom.Casework.Journal;
using RelatieWerkstroom.Casework.Settings;
using RelatieWerkstroom.Casework.Time;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Casework.Validation;
using RelatieWerkstroom.Engine.LegalTime;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>
/// A caseworker records that the written ingebrekestelling of Awb 4:17 arrived for a beslistermijn of the
/// bestuursorgaan. From then on the case file shows the dwangsom process: the two weeks of lid 3, the dwangsom running
/// per day (at most 42 days), and the vaststellingsbeschikking of Awb 4:18, due within two weeks after the last day over
/// which the dwangsom is owed. One ingebrekestelling counts per clock run; after a premature one (received on or before
/// the last day of the term, which has no effect) a new one may be recorded. The entry is journalled for the reports.
/// </summary>
public static class RegisterIngebrekestelling
{
    /// <summary>The legal basis recorded with the ingebrekestelling.</summary>
    public const string LegalBasis = "Awb 4:17";

    /// <summary>Records the ingebrekestelling for the latest run of <paramref name="Clock"/>.</summary>
    /// <param name="User">Who records it.</param>
    /// <param name="CaseFileId">The case file.</param>
    /// <param name="Clock">The beslistermijn, e.g. <c>beslistermijn</c>.</param>
    /// <param name="ReceivedOn">The day the municipality received it (the postmark does not count); today when not given.</param>
    public sealed record Command(User User, string CaseFileId, string Clock, DateOnly? ReceivedOn = null) : IRequest<ClockView>;

    /// <summary>Checks the clock name and that the day is not in the future.</summary>
    public sealed class Validator(TimeProvider time) : ICommandValidator<Command>
    {
        /// <inheritdoc />
        public IEnumerable<CommandProblem> Validate(Command command)
        {
            if (string.IsNullOrWhiteSpace(command.Clock)) yield return new("clock", "Termijn ontbreekt (clock is missing)");
            if (command.ReceivedOn is { } on && on > DutchTime.Today(time.GetUtcNow()))
                yield return new("receivedOn", $"De datum {on:yyyy-MM-dd} ligt na vandaag; een ingebrekestelling die nog niet binnen is kan niet worden vastgelegd (date in the future)");
        }
    }

    /// <summary>Whether Awb 4:17 applies to the clock: a national beslistermijn that the bestuursorgaan owes.</summary>
    public static bool Applies(CaseClock clock) =>
        clock.Profile is { OwedBy: ClockOwedBy.Bestuursorgaan, TermKind: ClockTermKind.Deadline, Origin: "national" }
        && clock.Name.StartsWith("beslistermijn", StringComparison.OrdinalIgnoreCase);

    /// <summary>The ingebrekestellingen recorded on the case file for one clock run, oldest first.</summary>
    public static IEnumerable<DateOnly> ReceivedDays(CaseFile file, CaseClock clock) =>
        file.Events.Where(e => e.Kind == CaseEventKinds.IngebrekestellingReceived && e.Details?[CaseworkFields.ClockId]?.GetValue<string>() == clock.Id)
            .Select(e => DateOnly.ParseExact(e.Details![CaseworkFields.ReceivedOn]!.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>Stores the ingebrekestelling on the case file, then journals it.</summary>
    public sealed class Handler(ICommandValidator<Command> validator, ICaseFileStore caseFiles, CaseFileSessions sessions, IWorkflowInstanceStore instances,
        IWorkflowDefinitionStore definitions, IMunicipalitySettings settings, TimeProvider time, IServiceProvider services, ILogger<Handler>? logger = null)
        : IRequestHandler<Command, ClockView>
    {
        /// <inheritdoc />
        public async Task<ClockView> Handle(Command request, CancellationToken cancellationToken)
        {
            validator.EnsureValid(request);
            var now = time.GetUtcNow();
            var today = DutchTime.Today(now);
            var received = request.ReceivedOn ?? today;

            CaseClock? clock = null;
            DwangsomResult? result = null;
            // The case file and the journal entry are stored in one commit.
            var file = await RecordedCaseFileChange.StoreAsync(caseFiles, sessions, instances, request.User, request.CaseFileId, f =>
            {
                CaseFileAccess.EnsureOpen(f);
                clock = f.Clock(request.Clock.Trim())
                    ?? throw new CaseworkRefusedException(RefusalKind.NotFound, $"Zaak '{f.Id}' heeft geen termijn '{request.Clock}' (clock not found)");
                if (!Applies(clock))
                    throw new CaseworkRefusedException(RefusalKind.Conflict,
                        $"De {clock.Name} ({clock.LegalBasis}) is geen beslistermijn van de gemeente op een aanvraag of bezwaar; Awb 4:17 geldt er niet voor " +
                        "(no dwangsom for this term)");
                if (clock.StoppedOn is { } stopped && stopped <= received)
                    throw new CaseworkRefusedException(RefusalKind.Conflict,
                        $"Op de {clock.Name} is al beslist op {stopped:yyyy-MM-dd}; een ingebrekestelling daarna heeft geen gevolg (already decided)");
                var deadline = clock.Deadline ?? clock.ToLegalClock().DeadlineAsOf(received);
                foreach (var earlier in ReceivedDays(f, clock))
                {
                    if (earlier > deadline)
                        throw new CaseworkRefusedException(RefusalKind.Conflict,
                            $"Voor de {clock.Name} is op {earlier:yyyy-MM-dd} al een ingebrekestelling ontvangen; de dwangsom loopt daarop (already recorded)");
                }

                result = settings.Dwangsom.Calculate(deadline, received, null, today);
                f.AddEvent(CaseEventKinds.IngebrekestellingReceived, request.User.Id, now, instanceId: clock.InstanceId, details: new JsonObject
                {
                    [CaseworkFields.Clock] = clock.Name,
                    [CaseworkFields.ClockId] = clock.Id,
                    [CaseworkFields.ReceivedOn] = Iso(received),
                    [CaseworkFields.Deadline] = Iso(deadline),
                    [CaseworkFields.LegalBasis] = LegalBasis,
                    ["premature"] = result.PrematureIngebrekestelling,
                });
            }, read => EntryAsync(clock!, received, result!, request.User, read.Id, now, cancellationToken), cancellationToken);

            await StartVaststellingAsync(file.Id, clock!, result!.PrematureIngebrekestelling, request.User.Id, cancellationToken);
            var suspendable = clock!.IsRunning && await ChangeClock.SuspensionModelledAsync(clock, instances, definitions, cancellationToken);
            return ClockView.From(clock, file, today, suspendable, settings.Dwangsom);
        }

        // The 4:18 work: the dwangsom-vaststelling workflow watches the dwangsom and, once its last day is known, puts
        // "Dwangsom vaststellen" on the worklist. A host without that workflow still shows the dwangsom in the dossier.
        private async Task StartVaststellingAsync(string caseFileId, CaseClock clock, bool premature, string actor, CancellationToken cancellationToken)
        {
            if (premature || services.GetService(typeof(WorkflowRuntime)) is not WorkflowRuntime runtime) return;
            if (await definitions.FindPublishedAsync(DwangsomVaststelling.DefinitionId, cancellationToken) is null)
            {
                logger?.LogWarning("Workflow {DefinitionId} is not published: no Awb 4:18 task for the ingebrekestelling on case file {CaseFileId}",
                    DwangsomVaststelling.DefinitionId, caseFileId);
                return;
            }
            await DwangsomVaststelling.StartAsync(runtime, caseFileId, clock, premature, actor, cancellationToken);
        }

        private Task<JournalEntry?> EntryAsync(CaseClock clock, DateOnly received, DwangsomResult result, User user, string caseFileId, DateTimeOffset now,
            CancellationToken cancellationToken)
        {
            var payload = new JsonObject
            {
                [CaseworkFields.Clock] = clock.Name,
                [CaseworkFields.ReceivedOn] = Iso(received),
                [CaseworkFields.Deadline] = clock.Deadline is { } d ? Iso(d) : null,
                [CaseworkFields.LegalBasis] = LegalBasis,
                [CaseworkFields.OwedBy] = clock.Profile.OwedBy,
                [CaseworkFields.TermKind] = clock.Profile.TermKind,
                [CaseworkFields.Origin] = clock.Profile.Origin,
                ["premature"] = result.PrematureIngebrekestelling,
            };
            return RecordedCaseFileChange.ClockEntryAsync(instances, clock, CaseworkEvents.IngebrekestellingReceived, payload, user, now, caseFileId, cancellationToken);
        }

        private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
