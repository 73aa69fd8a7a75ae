using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Engine.Validation.Strict;

/// <summary>
/// <c>werkstroom validate --strict</c>: what a definition must have beyond being runnable before its cases count in
/// friction reports. Every activity carries a complete friction annotation, every outcome is connected, every path
/// reaches an end, and every sub-workflow it starts is among the definitions checked with it. Elsa itself asks none of
/// this (its samples have no annotations and no Elsa.End), hence a separate, opt-in check.
/// </summary>
public sealed class StrictValidator(ActivityRegistry registry)
{
    private readonly DefinitionValidator _validator = new(registry);

    /// <summary>
    /// The ordinary problems of the definition; when there are none, the strict ones.
    /// <paramref name="knownDefinitionIds"/> are the definitions a sub-workflow may name.
    /// </summary>
    public IReadOnlyList<ValidationProblem> Validate(WorkflowDefinition definition, IReadOnlySet<string> knownDefinitionIds)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(knownDefinitionIds);
        var problems = _validator.Validate(definition);
        if (problems.Errors().Count > 0) return problems;

        var graph = GraphCompiler.Compile(definition, registry);
        return
        [
            .. problems, // warnings only
            .. FrictionAnnotation.Incomplete(definition),
            .. PathRules.Check(graph),
            .. SubWorkflowRule.Check(graph, knownDefinitionIds),
        ];
    }
}
