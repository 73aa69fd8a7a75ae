using RelatieWerkstroom.Reports.Internal;
using RelatieWerkstroom.Reports.Journal;
using RelatieWerkstroom.Reports.Options;

namespace RelatieWerkstroom.Reports.Analysis.Metrics;

/// <summary>All friction metrics of one analysis: hands each entry and each closed case to every metric, then assembles the report.</summary>
internal sealed class FrictionMetrics
{
    private readonly MetricContext _context;
    private readonly TouchWaitMetric _touchWait;
    private readonly BurdenMetric _burden;
    private readonly ReworkMetric _rework;
    private readonly VariantMetric _variants;
    private readonly HandoverMetric _handovers;
    private readonly DiscretionMetric _discretion;
    private readonly LegalClockMetric _clocks;
    private readonly BezwaarMetric _bezwaar;
    private readonly ReassessmentMetric _reassessments;
    private readonly IFrictionMetric[] _all;

    public FrictionMetrics(ReportOptions options, StepCatalog catalog)
    {
        _context = new MetricContext(options, catalog);
        _touchWait = new TouchWaitMetric(_context);
        _burden = new BurdenMetric(_context);
        _rework = new ReworkMetric(_context);
        _variants = new VariantMetric(_context);
        _handovers = new HandoverMetric(_context);
        _discretion = new DiscretionMetric(_context);
        _clocks = new LegalClockMetric(_context);
        _bezwaar = new BezwaarMetric(_context);
        _reassessments = new ReassessmentMetric(_context);
        _all = [_touchWait, _burden, _rework, _variants, _handovers, _discretion, _clocks, _bezwaar, _reassessments];
    }

    /// <summary>Completed significant steps without a friction annotation.</summary>
    public long Unannotated => _burden.Unannotated;

    public void Observe(ObservedEntry entry)
    {
        foreach (var metric in _all) metric.Observe(entry);
    }

    public void FoldInstance(CaseWork work, InstanceWork instance, DateTimeOffset at)
    {
        foreach (var metric in _all) metric.FoldInstance(work, instance, at);
    }

    public void FoldCase(CaseWork work, DateOnly asOf)
    {
        foreach (var metric in _all) metric.FoldCase(work, asOf);
        foreach (var acc in work.Touched) acc.Cases++;
    }

    public FrictionReport Build(ReportManifest manifest, long instances)
    {
        var (variantSummaries, variants) = _variants.Rows();
        return new FrictionReport(
            manifest,
            Summary(manifest, instances),
            _clocks.LeadTimeRows(),
            _clocks.ComplianceRows(),
            _touchWait.Rows(),
            _clocks.SuspensionRows(),
            _clocks.ReasonRows(),
            _clocks.BreachRows(),
            _clocks.NormRows(),
            _clocks.CitizenTermRows(),
            _burden.Rows(),
            _burden.ByOrigin(),
            _rework.Rows(),
            _handovers.Rows(),
            variantSummaries,
            variants,
            _discretion.Rows(),
            _discretion.OptionRows(),
            _discretion.TeamVariationRows(),
            _bezwaar.Rows(),
            _reassessments.Rows(),
            new HotspotRanking(_context, _burden, _rework, _touchWait, _clocks).Rows());
    }

    private ReportSummary Summary(ReportManifest manifest, long instances)
    {
        var cases = manifest.CasesInScope;
        var s = cases < _context.Options.SmallGroupThreshold;
        var burden = _burden.Groups.Select(p => p.Value).ToList();
        var totalCost = burden.Sum(_burden.Cost);
        var nationalCost = _burden.Groups.Where(p => p.Key.Origin == RuleOrigin.National).Sum(p => _burden.Cost(p.Value));
        var periods = _handovers.Periods();
        return new ReportSummary(cases, instances, periods.FirstOrDefault(), periods.LastOrDefault(), s,
            s ? null : _clocks.Decided,
            s ? null : _clocks.WithinPercent(),
            s ? null : _clocks.Breached,
            s ? null : _clocks.NormsMissed,
            s ? null : _clocks.CitizenTermsExpired,
            s ? null : _clocks.DwangsomOwed,
            s ? null : _clocks.PotentialExposure,
            s ? null : burden.Sum(_burden.ProfessionalEuros),
            s ? null : burden.Sum(_burden.ExecutionEuros),
            s ? null : burden.Sum(_burden.BusinessEuros),
            s ? null : Math.Round(burden.Sum(a => a.CitizenMinutes) / 60, 2),
            s ? null : MetricContext.Euros(burden.Sum(a => a.OutOfPocket)),
            s || totalCost == 0 ? null : Math.Round((double)(nationalCost / totalCost), 4),
            s ? null : _discretion.DeviationRate(),
            s ? null : _bezwaar.OverallRate(),
            s ? null : _rework.OverallRate(),
            s ? null : _handovers.RoleHandoversPerCase());
    }
}
