using RelatieWerkstroom.Reports.Internal;
using RelatieWerkstroom.Reports.Journal;
using RelatieWerkstroom.Casework.Journal;

namespace RelatieWerkstroom.Reports.Analysis.Metrics;

/// <summary>
/// Handovers between roles and between people over the human events of a case (completed tasks and discretion
/// decisions), and ping-pong: a case going back to the role it came from.
/// </summary>
internal sealed class HandoverMetric(MetricContext context) : IFrictionMetric
{
    private readonly Groups<CaseGroupKey, Accumulator> _groups = [];

    internal sealed class Accumulator : Internal.Accumulator
    {
        public int RoleHandovers;
        public int ActorHandovers;
        public int PingPongs;
    }

    public void Observe(ObservedEntry e)
    {
        switch (e.Entry.Kind)
        {
            case CaseworkEvents.TaskCompleted:
                Human(e.Work, e.Payload.String(CaseworkFields.Role) ?? e.Step?.Friction.Actor, e.Entry.Actor);
                break;
            case CaseworkEvents.DiscretionDecided:
                Human(e.Work, e.Payload.String(CaseworkFields.Role), e.Entry.Actor);
                break;
        }
    }

    public void FoldCase(CaseWork work, DateOnly asOf)
    {
        var info = work.Info;
        var acc = _groups.Get(new CaseGroupKey(info.Workflow, info.Version, info.Team, info.Period));
        acc.RoleHandovers += work.RoleHandovers;
        acc.ActorHandovers += work.ActorHandovers;
        acc.PingPongs += work.PingPongs;
        acc.Events += work.HumanEvents;
        work.Touched.Add(acc);
    }

    /// <summary>The months with folded cases, in order (the summary's period).</summary>
    public List<string> Periods() => _groups.Keys.Select(k => k.Period).Order(StringComparer.Ordinal).ToList();

    /// <summary>Role handovers per case over all groups.</summary>
    public double? RoleHandoversPerCase()
    {
        var cases = _groups.Values.Sum(a => a.Cases);
        return cases == 0 ? null : Math.Round((double)_groups.Values.Sum(a => a.RoleHandovers) / cases, 2);
    }

    public IReadOnlyList<HandoverRow> Rows() =>
        _groups.OrderBy(p => p.Key.Workflow, StringComparer.Ordinal).ThenBy(p => p.Key.Version).ThenBy(p => p.Key.Team, StringComparer.Ordinal)
            .ThenBy(p => p.Key.Period, StringComparer.Ordinal)
            .Select(p =>
            {
                var (k, a) = (p.Key, p.Value);
                var s = context.Small(a.Cases);
                return new HandoverRow(k.Workflow, k.Version, k.Team, k.Period, a.Cases, s,
                    s ? null : a.RoleHandovers, s ? null : a.ActorHandovers, s ? null : a.PingPongs,
                    s ? null : Math.Round((double)a.RoleHandovers / a.Cases, 2), s ? null : Math.Round((double)a.ActorHandovers / a.Cases, 2));
            }).ToList();

    private void Human(CaseWork work, string? role, string? actor)
    {
        role = context.Catalog.Role(role) ?? "onbekend";
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
}
