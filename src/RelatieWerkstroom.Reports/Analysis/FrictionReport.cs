namespace RelatieWerkstroom.Reports.Analysis;

/// <summary>The result of a friction analysis: every metric as rows, the hotspots, a summary and the manifest.</summary>
public sealed record FrictionReport(
    ReportManifest Manifest,
    ReportSummary Summary,
    IReadOnlyList<LeadTimeRow> LeadTimes,
    IReadOnlyList<DeadlineComplianceRow> DeadlineCompliance,
    IReadOnlyList<TouchWaitRow> TouchWait,
    IReadOnlyList<SuspensionRow> Suspensions,
    IReadOnlyList<ReasonRow> SuspensionReasons,
    IReadOnlyList<BreachRow> Breaches,
    IReadOnlyList<NormRow> NormMisses,
    IReadOnlyList<CitizenTermRow> CitizenTerms,
    IReadOnlyList<BurdenRow> Burden,
    IReadOnlyList<OriginBurdenRow> BurdenByOrigin,
    IReadOnlyList<ReworkRow> Rework,
    IReadOnlyList<HandoverRow> Handovers,
    IReadOnlyList<VariantSummaryRow> VariantSummaries,
    IReadOnlyList<VariantRow> Variants,
    IReadOnlyList<DiscretionRow> Discretion,
    IReadOnlyList<DiscretionOptionRow> DiscretionOptions,
    IReadOnlyList<DiscretionTeamVariationRow> DiscretionTeamVariation,
    IReadOnlyList<BezwaarRow> Bezwaar,
    IReadOnlyList<ReassessmentRow> Reassessments,
    IReadOnlyList<HotspotRow> Hotspots);
