using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Reports.Internal;
using RelatieWerkstroom.Reports.Journal;
using RelatieWerkstroom.Reports.Options;

namespace RelatieWerkstroom.Reports.Analysis.Metrics;

/// <summary>
/// The annotated burden of completed steps, per step and rolled up per rule origin, kept apart by who bears it: the
/// municipality's own staff time (uitvoeringskosten, at its salary rates), businesses' time and out-of-pocket costs
/// (regeldruk bedrijven) and citizens' hours and out-of-pocket costs (regeldruk burgers). Automated steps cost nothing.
/// </summary>
internal sealed class BurdenMetric(MetricContext context) : IFrictionMetric
{
    private readonly FactoryGroups<Key, Accumulator> _groups = [];
    private readonly Groups<string, CountAccumulator> _originCases = [];

    internal readonly record struct Key(string Workflow, int Version, string StepId, string StepName, string Origin, string Actor, string Team, string Period);

    internal sealed class Accumulator(StepMeta meta) : Internal.Accumulator
    {
        public StepMeta Meta { get; } = meta;
        public int Executions;
        public double ProfessionalMinutes;
        public double CitizenMinutes;
        public decimal OutOfPocket;
        public decimal BusinessOutOfPocket;
    }

    /// <summary>Completed significant steps that carry no friction annotation (the manifest reports them).</summary>
    public long Unannotated { get; private set; }

    public IEnumerable<KeyValuePair<Key, Accumulator>> Groups => _groups;

    public void Observe(ObservedEntry e)
    {
        if (e.Entry.Kind != JournalEvents.ActivityCompleted || e.Step is not { } step) return;
        if (!step.Friction.IsAnnotated)
        {
            if (step.IsSignificant) Unannotated++;
            return;
        }

        var (work, instance, f) = (e.Work, e.Instance, step.Friction);
        var acc = _groups.Get(
            new Key(instance.Workflow, instance.Version, step.StepId, step.StepName, f.Origin, f.Actor ?? "onbekend", work.Info.Team, work.Info.Period),
            () => new Accumulator(step));
        acc.Executions++;
        acc.Events++;
        // An automated step's annotated minutes are machine time, not anyone's burden.
        if (context.Options.Tariffs.BearerOf(f.Actor) != CostBearer.Automated) acc.ProfessionalMinutes += f.Minutes;
        acc.CitizenMinutes += f.CitizenMinutes;
        acc.OutOfPocket += f.OutOfPocket;
        acc.BusinessOutOfPocket += f.BusinessOutOfPocket;
        work.Touched.Add(acc);
        work.Touched.Add(_originCases.Get(f.Origin));
    }

    /// <summary>Professional minutes valued at the actor's tariff.</summary>
    public decimal ProfessionalEuros(Accumulator acc) =>
        MetricContext.Euros((decimal)acc.ProfessionalMinutes / 60m * context.Options.Tariffs.TariffFor(acc.Meta.Friction.Actor).Hourly);

    /// <summary>Who bears the professional minutes of a group.</summary>
    public CostBearer Bearer(Accumulator acc) => context.Options.Tariffs.BearerOf(acc.Meta.Friction.Actor);

    /// <summary>Uitvoeringskosten: the municipality's own staff time at its rates.</summary>
    public decimal ExecutionEuros(Accumulator acc) => Bearer(acc) == CostBearer.Municipality ? ProfessionalEuros(acc) : 0m;

    /// <summary>Regeldruk for businesses: their time at the business tariff plus their out-of-pocket costs.</summary>
    public decimal BusinessEuros(Accumulator acc) =>
        (Bearer(acc) == CostBearer.Business ? ProfessionalEuros(acc) : 0m) + MetricContext.Euros(acc.BusinessOutOfPocket);

    /// <summary>
    /// One scale for ranking hotspots only: professional euros, all out-of-pocket costs and citizen hours at the table's
    /// citizen hour value (a valuation of citizen time the report states).
    /// </summary>
    public decimal Cost(Accumulator a) =>
        ProfessionalEuros(a) + a.OutOfPocket + a.BusinessOutOfPocket + (decimal)(a.CitizenMinutes / 60) * context.Options.Tariffs.CitizenHourValue;

    public IReadOnlyList<BurdenRow> Rows() =>
        _groups.OrderBy(p => p.Key.Workflow, StringComparer.Ordinal).ThenBy(p => p.Key.Version).ThenBy(p => p.Key.StepId, StringComparer.Ordinal)
            .ThenBy(p => p.Key.Actor, StringComparer.Ordinal).ThenBy(p => p.Key.Team, StringComparer.Ordinal).ThenBy(p => p.Key.Period, StringComparer.Ordinal)
            .Select(p =>
            {
                var (k, a) = (p.Key, p.Value);
                var s = context.Small(a.Cases);
                var bearer = Bearer(a);
                var (tariff, fromTable) = bearer == CostBearer.Automated ? (0m, true) : context.Options.Tariffs.TariffFor(a.Meta.Friction.Actor);
                return new BurdenRow(k.Workflow, k.Version, k.StepId, k.StepName, k.Origin, a.Meta.Friction.Basis, k.Actor, CostBearers.DutchLabel(bearer),
                    k.Team, k.Period, a.Cases, s, s ? null : a.Executions, s ? null : Math.Round(a.ProfessionalMinutes / 60, 2), tariff, fromTable,
                    s ? null : ProfessionalEuros(a), s ? null : ExecutionEuros(a), s ? null : BusinessEuros(a),
                    s ? null : Math.Round(a.CitizenMinutes / 60, 2), s ? null : MetricContext.Euros(a.OutOfPocket),
                    s ? null : MetricContext.Euros(a.BusinessOutOfPocket), a.Events);
            }).ToList();

    public IReadOnlyList<OriginBurdenRow> ByOrigin()
    {
        var totalEuros = _groups.Values.Sum(ProfessionalEuros);
        var totalCitizen = _groups.Values.Sum(a => a.CitizenMinutes);
        return RuleOrigin.All
            .Select(origin =>
            {
                var accs = _groups.Where(p => p.Key.Origin == origin).Select(p => p.Value).ToList();
                var cases = _originCases.GetValueOrDefault(origin)?.Cases ?? 0;
                var s = context.Small(cases);
                var euros = accs.Sum(ProfessionalEuros);
                var citizen = accs.Sum(a => a.CitizenMinutes);
                return new OriginBurdenRow(origin, cases, s, s ? null : accs.Sum(a => a.Executions),
                    s ? null : Math.Round(accs.Sum(a => a.ProfessionalMinutes) / 60, 2), s ? null : euros,
                    s ? null : accs.Sum(ExecutionEuros), s ? null : accs.Sum(BusinessEuros),
                    s ? null : Math.Round(citizen / 60, 2), s ? null : MetricContext.Euros(accs.Sum(a => a.OutOfPocket)),
                    s || totalEuros == 0 ? null : Math.Round((double)(euros / totalEuros), 4),
                    s || totalCitizen == 0 ? null : Math.Round(citizen / totalCitizen, 4));
            })
            .Where(r => r.Cases > 0)
            .ToList();
    }
}
