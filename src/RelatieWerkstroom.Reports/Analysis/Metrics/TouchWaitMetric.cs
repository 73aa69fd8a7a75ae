using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Reports.Internal;
using RelatieWerkstroom.Reports.Journal;
using RelatieWerkstroom.Casework.Journal;

namespace RelatieWerkstroom.Reports.Analysis.Metrics;

/// <summary>
/// Touch time versus waiting time per step: each execution is split into active, claimed and waiting segments, and
/// waiting is attributed to staff, a decision, a timer or an external party by the kind of bookmark it waited on.
/// </summary>
internal sealed class TouchWaitMetric(MetricContext context) : IFrictionMetric
{
    private readonly Groups<StepKey, Accumulator> _groups = [];

    internal sealed class Accumulator : Internal.Accumulator
    {
        public int Executions;
        public double TouchSeconds;
        public double NominalMinutes;
        public double WaitStaffSeconds;
        public double WaitDecisionSeconds;
        public double WaitTimerSeconds;
        public double WaitExternalSeconds;

        public double WaitSeconds => WaitStaffSeconds + WaitDecisionSeconds + WaitTimerSeconds + WaitExternalSeconds;
    }

    public void Observe(ObservedEntry e)
    {
        if (e.Step is not { } step) return;
        var (work, instance, at) = (e.Work, e.Instance, e.Entry.Timestamp);
        switch (e.Entry.Kind)
        {
            case JournalEvents.ActivityStarted:
                if (instance.Running.Remove(step.StepId, out var unfinished)) Close(work, instance, unfinished, at);
                instance.Running[step.StepId] = new Execution(step, at);
                break;

            case JournalEvents.ActivitySuspended when instance.Running.TryGetValue(step.StepId, out var execution):
                execution.Close(at);
                execution.State = Execution.Phase.Waiting;
                execution.Waited = true;
                execution.WaitCategory = WaitCategory(e.Payload.String(CaseworkFields.Kind));
                execution.Events++;
                break;

            case CaseworkEvents.TaskClaimed when instance.Running.TryGetValue(step.StepId, out var execution):
                execution.Close(at);
                execution.State = Execution.Phase.Claimed;
                execution.Events++;
                break;

            case JournalEvents.ActivityResumed when instance.Running.TryGetValue(step.StepId, out var execution):
                execution.Close(at);
                execution.State = Execution.Phase.Active;
                execution.Events++;
                break;

            case JournalEvents.StepCompleted when instance.Running.TryGetValue(step.StepId, out var execution):
                execution.ServiceSeconds += (e.Payload.Number(CaseworkFields.DurationMs) ?? 0) / 1000.0;
                execution.Events++;
                break;

            case JournalEvents.ActivityCompleted or JournalEvents.ActivityFaulted or JournalEvents.ActivityCancelled:
                if (instance.Running.Remove(step.StepId, out var done))
                {
                    done.Events++;
                    Close(work, instance, done, at);
                }

                break;
        }
    }

    public void FoldInstance(CaseWork work, InstanceWork instance, DateTimeOffset at)
    {
        foreach (var running in instance.Running.Values) Close(work, instance, running, at);
        instance.Running.Clear();
    }

    /// <summary>Mean waiting days per execution of each step, for the hotspot evidence.</summary>
    public Dictionary<(string Workflow, string StepId), double?> MeanWaitDaysByStep() =>
        _groups.GroupBy(p => (p.Key.Workflow, p.Key.StepId)).ToDictionary(g => g.Key,
            g => g.Sum(p => p.Value.Executions) is var n and > 0 ? Math.Round(g.Sum(p => p.Value.WaitSeconds) / n / 86400, 2) : (double?)null);

    public IReadOnlyList<TouchWaitRow> Rows() =>
        _groups.OrderBy(p => p.Key.Workflow, StringComparer.Ordinal).ThenBy(p => p.Key.Version).ThenBy(p => p.Key.StepId, StringComparer.Ordinal)
            .ThenBy(p => p.Key.Team, StringComparer.Ordinal).ThenBy(p => p.Key.Period, StringComparer.Ordinal)
            .Select(p =>
            {
                var (k, a) = (p.Key, p.Value);
                var s = context.Small(a.Cases);
                var touch = Math.Max(a.TouchSeconds, a.NominalMinutes * 60);
                return new TouchWaitRow(k.Workflow, k.Version, k.StepId, k.StepName, k.Origin, k.Team, k.Period, a.Cases, s,
                    s ? null : a.Executions, s ? null : MetricContext.Hours(a.TouchSeconds), s ? null : Math.Round(a.NominalMinutes / 60, 2),
                    s ? null : MetricContext.Hours(a.WaitSeconds), s ? null : MetricContext.Hours(a.WaitStaffSeconds),
                    s ? null : MetricContext.Hours(a.WaitDecisionSeconds), s ? null : MetricContext.Hours(a.WaitTimerSeconds),
                    s ? null : MetricContext.Hours(a.WaitExternalSeconds),
                    s || a.WaitSeconds + touch == 0 ? null : Math.Round(a.WaitSeconds / (a.WaitSeconds + touch), 4), a.Events);
            }).ToList();

    private static string WaitCategory(string? bookmarkKind) => bookmarkKind switch
    {
        "HumanTask" => "medewerker",
        "DiscretionPoint" => "besluit",
        BookmarkKinds.Timer or "Delay" or "Cron" => "timer",
        _ => "extern",
    };

    private void Close(CaseWork work, InstanceWork instance, Execution execution, DateTimeOffset at)
    {
        execution.Close(at);
        var step = execution.Meta;
        if (!step.IsSignificant) return;
        var acc = _groups.Get(new StepKey(instance.Workflow, instance.Version, step.StepId, step.StepName, step.Friction.Origin, work.Info.Team, work.Info.Period));
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
}
