namespace RelatieWerkstroom.Reports.Analysis;

/// <summary>Variation of the deviation rate of one discretion point between teams (metric 15: consistency against maatwerk).</summary>
public sealed record DiscretionTeamVariationRow(
    string Workflow,
    string DiscretionId,
    int TeamsCompared,
    int TeamsSuppressed,
    double? MinDeviationRate,
    double? MaxDeviationRate,
    double? Spread);
