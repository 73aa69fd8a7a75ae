using RelatieWerkstroom.Engine.Activities.Core;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Engine.Validation.Strict;

/// <summary>
/// Every sub-workflow a definition starts (Elsa.ExecuteWorkflow with a fixed definition id) is one of the definitions
/// checked with it: otherwise the step faults when a case reaches it, which may be months after the import.
/// </summary>
internal static class SubWorkflowRule
{
    public static IEnumerable<ValidationProblem> Check(WorkflowGraph graph, IReadOnlySet<string> knownDefinitionIds)
    {
        foreach (var node in graph.Nodes.Values)
        {
            if (node.Activity is not ExecuteWorkflow { WorkflowDefinitionId: { IsConstant: true, Constant: { Length: > 0 } target } }) continue;
            if (!knownDefinitionIds.Contains(target))
                yield return ProblemCodes.SubWorkflowUnknown.Error(node.Id, "workflowDefinitionId", ("definitionId", target));
        }
    }
}
