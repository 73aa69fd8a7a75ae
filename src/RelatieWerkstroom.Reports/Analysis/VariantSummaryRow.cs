namespace RelatieWerkstroom.Reports.Analysis;

/// <summary>Per workflow: how many instances and distinct variants, and how many instances fell in small (suppressed) variants.</summary>
public sealed record VariantSummaryRow(
    string Workflow,
    int Instances,
    int DistinctVariants,
    int InstancesInSmallVariants,
    int InstancesBeyondVariantLimit);
