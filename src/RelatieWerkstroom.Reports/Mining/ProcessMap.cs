namespace RelatieWerkstroom.Reports.Mining;

/// <summary>
/// The directly-follows graph of one workflow over the filtered cases: how often each step follows another, how long
/// the steps and the hand-overs between them take (medians), and the most frequent variants. Groups of fewer instances
/// than the threshold keep their place in the graph but their figures are withheld.
/// </summary>
/// <param name="Workflow">The workflow definition id.</param>
/// <param name="WorkflowName">Its name, from the definition.</param>
/// <param name="Instances">Instances of the workflow in the filtered cases.</param>
/// <param name="FinishedInstances">Of these, the finished ones (the variants are theirs).</param>
/// <param name="Suppressed">True when fewer instances than the threshold are in scope: every figure is withheld.</param>
/// <param name="SmallGroupThreshold">The threshold.</param>
/// <param name="Nodes">The steps, plus <c>start</c> and <c>end</c>.</param>
/// <param name="Edges">Directly-follows relations.</param>
/// <param name="Variants">The most frequent complete paths, most frequent first.</param>
public sealed record ProcessMap(
    string Workflow,
    string? WorkflowName,
    int Instances,
    int FinishedInstances,
    bool Suppressed,
    int SmallGroupThreshold,
    IReadOnlyList<ProcessMapNode> Nodes,
    IReadOnlyList<ProcessMapEdge> Edges,
    IReadOnlyList<ProcessVariant> Variants);

/// <summary>A step of the map.</summary>
/// <param name="Id">The step (activity) id; <c>start</c> and <c>end</c> for the synthetic begin and end.</param>
/// <param name="Name">The step's name.</param>
/// <param name="Kind"><c>start</c>, <c>end</c> or <c>step</c>.</param>
/// <param name="Origin">The rule origin of the step (friction annotation), for steps.</param>
/// <param name="Instances">Instances that passed the step; below the threshold the figures are withheld.</param>
/// <param name="Suppressed">True when the figures are withheld.</param>
/// <param name="Executions">How often the step was started (rework counts again).</param>
/// <param name="MedianHours">Median time from start to completion of the step (waiting for a person included), in hours.</param>
public sealed record ProcessMapNode(string Id, string Name, string Kind, string? Origin, int Instances, bool Suppressed, int? Executions, double? MedianHours);

/// <summary>A directly-follows relation: <paramref name="To"/> started right after <paramref name="From"/> completed.</summary>
/// <param name="Instances">Instances with this hand-over; below the threshold the figures are withheld.</param>
/// <param name="Suppressed">True when the figures are withheld.</param>
/// <param name="Count">How often it happened.</param>
/// <param name="MedianHours">Median time from the completion of From to the start of To, in hours.</param>
public sealed record ProcessMapEdge(string From, string To, int Instances, bool Suppressed, int? Count, double? MedianHours);

/// <summary>A variant: one complete path through the workflow.</summary>
/// <param name="Rank">1 = most frequent.</param>
/// <param name="Steps">The step names in order; empty when suppressed.</param>
/// <param name="Suppressed">True when fewer instances than the threshold took this path.</param>
/// <param name="Instances">Finished instances that took it (withheld when suppressed).</param>
/// <param name="Share">Their share of the finished instances, 0–1.</param>
/// <param name="MedianDays">Median lead time of those instances, in days.</param>
public sealed record ProcessVariant(int Rank, IReadOnlyList<string> Steps, bool Suppressed, int? Instances, double? Share, double? MedianDays);
