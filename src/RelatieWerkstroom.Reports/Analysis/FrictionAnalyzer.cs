using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Reports.Internal;
using RelatieWerkstroom.Reports.Journal;
using RelatieWerkstroom.Reports.Options;
using RelatieWerkstroom.Reports.Privacy;

namespace RelatieWerkstroom.Reports.Analysis;

/// <summary>
/// Computes the friction metrics in one streaming pass over the journal. Open cases are kept; a case is folded into the
/// aggregates and forgotten as soon as its last instance finishes, so memory follows the number of open cases and the
/// number of groups, not the length of the journal.
/// </summary>
public sealed class FrictionAnalyzer
{
    private readonly ReportOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates an analyser; the options are validated here.</summary>
    public FrictionAnalyzer(ReportOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Reads the journal (in sequence order) once and returns the report.</summary>
    public async Task<FrictionReport> AnalyzeAsync(IAsyncEnumerable<JournalEntry> journal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(journal);
        var run = new Run(_options);
        await foreach (var entry in journal.WithCancellation(cancellationToken))
        {
            run.Add(entry);
        }

        return run.Finish(_time.GetUtcNow());
    }

    /// <summary>The state of one analysis pass.</summary>
    private sealed class Run
    {
        private readonly ReportOptions _options;
        private readonly CaseScope<CaseWork> _scope;
        private readonly StepCatalog _catalog;
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private readonly ReportBuilder.Aggregates _agg;
        private readonly SortedDictionary<string, long> _kinds = new(StringComparer.Ordinal);
        private long _firstSequence = -1;
        private long _lastSequence;
        private long _eventsRead;
        private long _eventsInScope;
        private long _malformed;
        private long _unannotated;
        private long _instances;
        private DateTimeOffset _lastTimestamp;

        public Run(ReportOptions options)
        {
            _options = options;
            _scope = new CaseScope<CaseWork>(options, info => new CaseWork(info));
            _catalog = new StepCatalog(options.Definitions);
            _agg = new ReportBuilder.Aggregates(options.MaxVariantsPerWorkflow);
        }

        public void Add(JournalEntry entry)
        {
            _eventsRead++;
            if (_firstSequence < 0) _firstSequence = entry.Sequence;
            _lastSequence = entry.Sequence;
            if (entry.Timestamp > _lastTimestamp) _lastTimestamp = entry.Timestamp;

            var slot = _scope.Enter(entry);
            if (slot.State is { } work)
            {
                _eventsInScope++;
                _kinds[entry.Kind] = _kinds.GetValueOrDefault(entry.Kind) + 1;
                HashEntry(entry);
                Handle(work, entry);
            }

            if (_scope.Leave(entry, slot) && slot.State is { } closed) Fold(closed, entry.Timestamp);
        }

        public FrictionReport Finish(DateTimeOffset generatedAt)
        {
            var openAtEnd = 0L;
            foreach (var slot in _scope.DrainOpen())
            {
                if (slot.State is not { } work) continue;
                openAtEnd++;
                Fold(work, _lastTimestamp);
            }

            var asOf = AsOf;
            var manifest = new ReportManifest(
                generatedAt,
                "RelatieWerkstroom.Reports " + typeof(FrictionAnalyzer).Assembly.GetName().Version,
                _options.From?.ToString("O", CultureInfo.InvariantCulture),
                _options.To?.ToString("O", CultureInfo.InvariantCulture),
                [.. (_options.Workflows ?? new HashSet<string>()).Order(StringComparer.Ordinal)],
                [.. (_options.Teams ?? new HashSet<string>()).Order(StringComparer.Ordinal)],
                _options.SmallGroupThreshold,
                _options.TimeZoneId,
                asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                _options.Tariffs.Source,
                new SortedDictionary<string, decimal>(_options.Tariffs.HourlyByActor.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal),
                _options.Tariffs.DefaultHourly,
                _options.Tariffs.CitizenHourValue,
                string.Join("; ", _options.Dwangsom.Tariffs.Select(t => t.Source)),
                Math.Max(0, _firstSequence),
                _lastSequence,
                _eventsRead,
                _eventsInScope,
                _scope.CasesInScope,
                _scope.CasesOutOfScope,
                openAtEnd,
                _scope.BackdatedEntries,
                _malformed,
                _unannotated,
                _kinds,
                Convert.ToHexStringLower(_hash.GetHashAndReset()));
            return new ReportBuilder(_options, _agg).Build(manifest, _instances);
        }

        private DateOnly AsOf => _options.AsOf ?? (_eventsRead == 0 ? DateOnly.FromDateTime(DateTime.UtcNow) : _scope.DateOf(_lastTimestamp));

        private void HashEntry(JournalEntry entry)
        {
            var line = string.Create(CultureInfo.InvariantCulture,
                $"{entry.Sequence}|{entry.InstanceId}|{entry.Kind}|{entry.ActivityId}|{entry.Timestamp.UtcTicks}\n");
            _hash.AppendData(Encoding.UTF8.GetBytes(line));
        }

        private PayloadFields Payload(JournalEntry entry)
        {
            var fields = PayloadFields.Parse(entry.PayloadJson, out var malformed);
            if (malformed) _malformed++;
            return fields;
        }

        private InstanceWork InstanceOf(CaseWork work, JournalEntry entry)
        {
            if (!work.Instances.TryGetValue(entry.InstanceId, out var instance))
            {
                instance = new InstanceWork(entry.DefinitionId, entry.DefinitionVersion);
                work.Instances[entry.InstanceId] = instance;
                _instances++;
            }

            return instance;
        }

        private void Handle(CaseWork work, JournalEntry entry)
        {
            var instance = InstanceOf(work, entry);
            var step = _catalog.Of(entry);
            switch (entry.Kind)
            {
                case JournalEvents.ActivityStarted when step is not null:
                {
                    var previous = instance.Executions.GetValueOrDefault(step.StepId);
                    instance.Executions[step.StepId] = (step, previous.Count + 1);
                    if (instance.Running.Remove(step.StepId, out var unfinished)) CloseExecution(work, instance, unfinished, entry.Timestamp);
                    instance.Running[step.StepId] = new Execution(step, entry.Timestamp);
                    break;
                }

                case JournalEvents.ActivitySuspended when step is not null && instance.Running.TryGetValue(step.StepId, out var execution):
                    execution.Close(entry.Timestamp);
                    execution.State = Execution.Phase.Waiting;
                    execution.Waited = true;
                    execution.WaitCategory = WaitCategory(Payload(entry).String(CaseworkFields.Kind));
                    execution.Events++;
                    break;

                case CaseworkEvents.TaskClaimed when step is not null && instance.Running.TryGetValue(step.StepId, out var execution):
                    execution.Close(entry.Timestamp);
                    execution.State = Execution.Phase.Claimed;
                    execution.Events++;
                    break;

                case JournalEvents.ActivityResumed when step is not null && instance.Running.TryGetValue(step.StepId, out var execution):
                    execution.Close(entry.Timestamp);
                    execution.State = Execution.Phase.Active;
                    execution.Events++;
                    break;

                case JournalEvents.StepCompleted when step is not null && instance.Running.TryGetValue(step.StepId, out var execution):
                    execution.ServiceSeconds += (Payload(entry).Number(CaseworkFields.DurationMs) ?? 0) / 1000.0;
                    execution.Events++;
                    break;

                case JournalEvents.ActivityCompleted when step is not null:
                    if (instance.Running.Remove(step.StepId, out var done))
                    {
                        done.Events++;
                        CloseExecution(work, instance, done, entry.Timestamp);
                    }

                    if (step.IsSignificant) instance.Sequence.Add(step.StepName);
                    AddBurden(work, instance, step);
                    break;

                case JournalEvents.ActivityFaulted or JournalEvents.ActivityCancelled when step is not null:
                    if (instance.Running.Remove(step.StepId, out var stopped))
                    {
                        stopped.Events++;
                        CloseExecution(work, instance, stopped, entry.Timestamp);
                    }

                    break;

                case JournalEvents.InstanceFinished or JournalEvents.InstanceCancelled:
                    if (work.Instances.Remove(entry.InstanceId, out var finished)) FoldInstance(work, finished, entry.Timestamp);
                    break;

                case CaseworkEvents.TaskCompleted:
                {
                    var payload = Payload(entry);
                    Human(work, payload.String(CaseworkFields.Role) ?? step?.Friction.Actor, entry.Actor);
                    break;
                }

                case CaseworkEvents.DiscretionDecided:
                    Discretion(work, instance, entry, Payload(entry), step);
                    break;

                case CaseworkEvents.ClockStarted or CaseworkEvents.ClockSuspended or CaseworkEvents.ClockResumed
                    or CaseworkEvents.ClockExtended or CaseworkEvents.ClockStopped or CaseworkEvents.ClockWarning
                    or CaseworkEvents.ClockBreached or CaseworkEvents.IngebrekestellingReceived:
                    Clock(work, instance, entry, Payload(entry));
                    break;

                case CaseworkEvents.DecisionTaken:
                {
                    var payload = Payload(entry);
                    var option = TextGuard.Code(payload.String(CaseworkFields.DecisionOption)) ?? "onbekend";
                    work.HasDecisionTaken = true;
                    work.Decisions.Add((instance.Workflow, option));
                    if (payload.Bool(CaseworkFields.Reassessment) == true)
                    {
                        var acc = _agg.Reassessments.Get(new CaseGroupKey(instance.Workflow, instance.Version, work.Info.Team, work.Info.Period));
                        acc.Reassessments++;
                        acc.Events++;
                        if (string.Equals(TextGuard.Code(payload.String(CaseworkFields.PreviousDecisionOption)), option, StringComparison.Ordinal))
                            acc.Unchanged++;
                        work.Touched.Add(acc);
                    }

                    break;
                }

                case CaseworkEvents.BezwaarReceived:
                {
                    var payload = Payload(entry);
                    var workflow = TextGuard.Code(payload.String(CaseworkFields.DecisionWorkflow)) ?? instance.Workflow;
                    var option = TextGuard.Code(payload.String(CaseworkFields.DecisionOption)) ?? "onbekend";
                    var acc = _agg.Bezwaar.Get(new BezwaarKey(workflow, option));
                    acc.Bezwaren++;
                    acc.Events++;
                    break;
                }
            }
        }

        private static string WaitCategory(string? bookmarkKind) => bookmarkKind switch
        {
            "HumanTask" => "medewerker",
            "DiscretionPoint" => "besluit",
            BookmarkKinds.Timer or "Delay" or "Cron" => "timer",
            _ => "extern",
        };

        private void AddBurden(CaseWork work, InstanceWork instance, StepMeta step)
        {
            if (!step.Friction.IsAnnotated)
            {
                if (step.IsSignificant) _unannotated++;
                return;
            }

            var f = step.Friction;
            var acc = _agg.Burden.Get(
                new BurdenKey(instance.Workflow, instance.Version, step.StepId, step.StepName, f.Origin, f.Actor ?? "onbekend", work.Info.Team, work.Info.Period),
                () => new BurdenAccumulator(step));
            acc.Executions++;
            acc.Events++;
            acc.ProfessionalMinutes += f.Minutes;
            acc.CitizenMinutes += f.CitizenMinutes;
            acc.OutOfPocket += f.OutOfPocket;
            work.Touched.Add(acc);
            work.Touched.Add(_agg.OriginCases.Get(f.Origin));
        }

        private void CloseExecution(CaseWork work, InstanceWork instance, Execution execution, DateTimeOffset at)
        {
            execution.Close(at);
            var step = execution.Meta;
            if (!step.IsSignificant) return;
            var acc = _agg.TouchWait.Get(new StepKey(instance.Workflow, instance.Version, step.StepId, step.StepName, step.Friction.Origin, work.Info.Team, work.Info.Period));
            acc.Executions++;
            acc.Events += execution.Events;
            acc.TouchSeconds += execution.TouchSeconds;
            acc.NominalMinutes += step.Friction.Minutes;
            acc.WaitStaffSeconds += execution.WaitStaff;
            acc.WaitDecisionSeconds += execution.WaitDecision;
            acc.WaitTimerSeconds += execution.WaitTimer;
            acc.WaitExternalSeconds += execution.WaitExternal;
            work.Touched.Add(acc);
        }

        private void Human(CaseWork work, string? role, string? actor)
        {
            role = _catalog.Role(role) ?? "onbekend";
            actor ??= "onbekend";
            if (work.HumanEvents > 0)
            {
                if (!string.Equals(role, work.LastRole, StringComparison.Ordinal))
                {
                    work.RoleHandovers++;
                    if (string.Equals(role, work.RoleBeforeLast, StringComparison.Ordinal)) work.PingPongs++;
                    work.RoleBeforeLast = work.LastRole;
                }

                if (!string.Equals(actor, work.LastActor, StringComparison.Ordinal)) work.ActorHandovers++;
            }

            work.HumanEvents++;
            work.LastRole = role;
            work.LastActor = actor;
        }

        private void Discretion(CaseWork work, InstanceWork instance, JournalEntry entry, PayloadFields payload, StepMeta? step)
        {
            var discretionId = TextGuard.Code(payload.String(CaseworkFields.DiscretionId)) ?? step?.StepId ?? "onbekend";
            var option = TextGuard.Code(payload.String(CaseworkFields.Option)) ?? "onbekend";
            var defaultOption = TextGuard.Code(payload.String(CaseworkFields.DefaultOption));
            var deviation = payload.Bool(CaseworkFields.Deviation) ?? (defaultOption is not null && option != defaultOption);
            var reasonLength = (int)Math.Max(0, payload.Number(CaseworkFields.ReasonLength) ?? 0);

            var acc = _agg.Discretion.Get(new DiscretionKey(instance.Workflow, instance.Version, discretionId, work.Info.Team, work.Info.Period));
            acc.Decisions++;
            acc.Events++;
            if (deviation) acc.Deviations++;
            if (reasonLength > 0)
            {
                acc.ReasonsGiven++;
                acc.ReasonLengthSum += reasonLength;
            }

            work.Touched.Add(acc);
            var optionAcc = _agg.Options.Get(new OptionKey(instance.Workflow, discretionId, work.Info.Team, option));
            optionAcc.Count++;
            optionAcc.Events++;
            optionAcc.Flag |= option == defaultOption;
            work.Touched.Add(optionAcc);
            work.DiscretionOptions.Add((instance.Workflow, option));
            Human(work, payload.String(CaseworkFields.Role) ?? payload.String(CaseworkFields.DeciderRole), entry.Actor);
        }

        private void Clock(CaseWork work, InstanceWork instance, JournalEntry entry, PayloadFields payload)
        {
            var name = TextGuard.Code(payload.String(CaseworkFields.Clock)) ?? "onbekend";
            if (!work.Clocks.TryGetValue(name, out var clock))
            {
                clock = new ClockWork(name, instance.Workflow, instance.Version);
                work.Clocks[name] = clock;
            }

            clock.Events++;
            var day = _scope.DateOf(entry.Timestamp);
            clock.LegalBasis ??= TextGuard.Code(payload.String(CaseworkFields.LegalBasis), 200);
            if (payload.Date(CaseworkFields.Deadline) is { } deadline) clock.Deadline = deadline;
            switch (entry.Kind)
            {
                case CaseworkEvents.ClockStarted:
                    clock.Start = day;
                    clock.Term = TextGuard.Code(payload.String(CaseworkFields.Term));
                    break;
                case CaseworkEvents.ClockSuspended:
                    clock.Suspensions++;
                    clock.SuspendedSince ??= day;
                    Reason(work, clock, "opschorting", payload.String(CaseworkFields.Reason));
                    break;
                case CaseworkEvents.ClockResumed:
                    if (clock.SuspendedSince is { } since)
                    {
                        clock.SuspendedDays += Math.Max(0, day.DayNumber - since.DayNumber);
                        clock.SuspendedSince = null;
                    }

                    break;
                case CaseworkEvents.ClockExtended:
                    clock.Extensions++;
                    Reason(work, clock, "verdaging", payload.String(CaseworkFields.Reason));
                    break;
                case CaseworkEvents.ClockStopped:
                    clock.Stopped = day;
                    if (clock.SuspendedSince is { } open)
                    {
                        clock.SuspendedDays += Math.Max(0, day.DayNumber - open.DayNumber);
                        clock.SuspendedSince = null;
                    }

                    break;
                case CaseworkEvents.ClockWarning:
                    clock.Warnings++;
                    break;
                case CaseworkEvents.ClockBreached:
                    clock.BreachedEvent = true;
                    break;
                case CaseworkEvents.IngebrekestellingReceived:
                    clock.Ingebrekestelling = payload.Date(CaseworkFields.ReceivedOn) ?? day;
                    break;
            }
        }

        private void Reason(CaseWork work, ClockWork clock, string action, string? reason)
        {
            // Only reasons that are literals from a definition are shown; typed-in text could name a person.
            var shown = reason is { Length: > 0 } && _catalog.IsReleasable(reason) ? reason.Trim()
                : reason is { Length: > 0 } ? "(vrije tekst, niet getoond)"
                : "(geen reden)";
            var acc = _agg.Reasons.Get(new ReasonKey(clock.Workflow, clock.Name, action, shown));
            acc.Count++;
            acc.Events++;
            work.Touched.Add(acc);
        }

        private void FoldInstance(CaseWork work, InstanceWork instance, DateTimeOffset at)
        {
            foreach (var running in instance.Running.Values) CloseExecution(work, instance, running, at);
            instance.Running.Clear();
            foreach (var (meta, count) in instance.Executions.Values)
            {
                if (!meta.IsSignificant) continue;
                var acc = _agg.Rework.Get(new StepKey(instance.Workflow, instance.Version, meta.StepId, meta.StepName, meta.Friction.Origin, work.Info.Team, work.Info.Period));
                acc.Instances++;
                acc.Events += count;
                if (count > 1)
                {
                    acc.InstancesWithRework++;
                    acc.ExtraExecutions += count - 1;
                }

                work.Touched.Add(acc);
            }

            if (instance.Sequence.Count > 0) _agg.VariantsOf(instance.Workflow).Add(string.Join(" → ", instance.Sequence));
        }

        private void Fold(CaseWork work, DateTimeOffset at)
        {
            foreach (var instance in work.Instances.Values) FoldInstance(work, instance, at);
            work.Instances.Clear();
            var info = work.Info;
            var asOf = AsOf;
            foreach (var clock in work.Clocks.Values) FoldClock(work, clock, asOf);

            var handovers = _agg.Handovers.Get(new CaseGroupKey(info.Workflow, info.Version, info.Team, info.Period));
            handovers.RoleHandovers += work.RoleHandovers;
            handovers.ActorHandovers += work.ActorHandovers;
            handovers.PingPongs += work.PingPongs;
            handovers.Events += work.HumanEvents;
            work.Touched.Add(handovers);

            foreach (var (workflow, option) in work.HasDecisionTaken ? work.Decisions : work.DiscretionOptions)
            {
                var acc = _agg.Bezwaar.Get(new BezwaarKey(workflow, option));
                acc.Decisions++;
                acc.Cases++;
            }

            foreach (var acc in work.Touched) acc.Cases++;
        }

        private void FoldClock(CaseWork work, ClockWork clock, DateOnly asOf)
        {
            var info = work.Info;
            var acc = _agg.Clocks.Get(new ClockKey(clock.Workflow, clock.Version, info.Team, info.Period, clock.Name));
            work.Touched.Add(acc);
            acc.Events += clock.Events;
            acc.LegalBasis ??= clock.LegalBasis;
            acc.Term ??= clock.Term;
            if (clock.SuspendedSince is { } since) clock.SuspendedDays += Math.Max(0, asOf.DayNumber - since.DayNumber);

            if (clock.Stopped is { } stopped)
            {
                acc.Decided++;
                if (clock.Start is { } start) acc.LeadDays.Add(stopped.DayNumber - start.DayNumber);
                if (clock.Deadline is { } deadline)
                {
                    var margin = deadline.DayNumber - stopped.DayNumber;
                    acc.MarginDays.Add(margin);
                    if (margin >= 0) acc.Within++;
                }
            }
            else
            {
                acc.Open++;
            }

            var reference = clock.Stopped ?? asOf;
            var breached = clock.BreachedEvent || (clock.Deadline is { } d && reference > d);
            if (breached) acc.Breached++;
            acc.Warnings += clock.Warnings;
            if (clock.Suspensions > 0) acc.CasesSuspended++;
            acc.Suspensions += clock.Suspensions;
            acc.SuspendedDays += clock.SuspendedDays;
            if (clock.Extensions > 0) acc.CasesExtended++;
            acc.Extensions += clock.Extensions;

            if (clock.Deadline is { } due && IsDwangsomClock(clock.Name))
            {
                if (clock.Ingebrekestelling is { } received)
                {
                    acc.Ingebrekestellingen++;
                    acc.DwangsomOwed += _options.Dwangsom.Calculate(due, received, clock.Stopped, asOf).Amount;
                }
                else if (breached)
                {
                    // Potential: what would be owed had the citizen sent an ingebrekestelling on the day the term expired.
                    acc.PotentialExposure += _options.Dwangsom.Calculate(due, due.AddDays(1), clock.Stopped, asOf).Amount;
                }
            }
            else if (clock.Ingebrekestelling is not null)
            {
                acc.Ingebrekestellingen++;
            }
        }

        private bool IsDwangsomClock(string clock) =>
            _options.DwangsomClocks.Any(c => clock.StartsWith(c, StringComparison.OrdinalIgnoreCase));
    }
}
