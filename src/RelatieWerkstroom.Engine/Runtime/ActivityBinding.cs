using System.Reflection;
using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Activities.WorkflowAsActivity;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Descriptors;
using RelatieWerkstroom.Engine.Expressions;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Engine.Runtime;

/// <summary>
/// Binds one activity of a definition: creates the activity of its registered type, compiles each input against the
/// type's descriptor, and works out its outcome ports.
/// </summary>
internal static class ActivityBinding
{
    public static GraphNode Bind(WorkflowDefinition definition, ActivityNode node, ActivityRegistry registry, ExpressionCompiler compiler, List<ValidationProblem> problems)
    {
        if (!registry.TryGet(node.Type, out var type, out var descriptor))
            return BindWorkflowActivity(definition, node, registry, compiler, problems);

        var activity = (Activity)Activator.CreateInstance(type)!;
        activity.Node = node;
        void Report(string path, ProblemCode code, params (string, object?)[] values) => problems.Add(code.Error(node.Id, path, values));

        foreach (var property in ActivityDescriber.InputProperties(type))
        {
            var name = ActivityDescriber.InputName(property);
            var input = descriptor.Inputs.First(i => i.Name == name);
            var valueType = ActivityDescriber.InputValueType(property.PropertyType);
            var raw = node.Input(name);
            IExpression? expression = null;
            if (raw is not null)
            {
                try
                {
                    expression = compiler.Compile(raw, valueType);
                    if (!input.SupportsExpressions && expression is not LiteralExpression and not ObjectExpression)
                    {
                        Report(name, ProblemCodes.InputMustBeFixed, ("input", name), ("expressionType", expression.Type));
                        expression = null;
                    }
                }
                catch (ExpressionException ex)
                {
                    Report(name, ProblemCodes.ExpressionInvalid, ("detail", ex.Message));
                }
            }

            // A literal null ({ "expression": { "type": "Literal", "value": null } }) is how Studio saves a cleared field:
            // it counts as not set, so a required input given as null is reported here instead of faulting at run time.
            var givenAsNull = expression is LiteralExpression { Value: null };
            if (givenAsNull) expression = null;
            if (raw is not null && !givenAsNull)
            {
                // Set: nothing to say.
            }
            else if (property.GetCustomAttribute<InputAttribute>()?.MissingInElsa is [var nl, var en])
            {
                // Elsa runs it with the default: a warning that says what that does, so the designer can tell whether it is meant.
                problems.Add(ProblemCodes.InputNotSetElsaDefault.Warning(node.Id, name,
                    ("activity", node.Label), ("input", name), ("effectNl", nl), ("effectEn", en)));
            }
            else if (input.Required)
            {
                Report(name, givenAsNull ? ProblemCodes.InputNull : ProblemCodes.InputMissing, ("input", name));
            }

            if (property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(Input<>))
            {
                var defaultValue = DefaultOf(input.DefaultValue, valueType);
                property.SetValue(activity, Activator.CreateInstance(property.PropertyType, expression, defaultValue));
            }
        }

        activity.Bind(new ActivityBinder(definition, node, compiler, problems.Add, registry));
        IReadOnlyList<string> outcomes = activity is IDynamicOutcomes dynamic ? dynamic.GetOutcomes() : descriptor.Outcomes;
        return new GraphNode(node, activity, descriptor, outcomes);
    }

    // A type no class registers: a published workflow usable as an activity, or unknown.
    private static GraphNode BindWorkflowActivity(WorkflowDefinition definition, ActivityNode node, ActivityRegistry registry, ExpressionCompiler compiler,
        List<ValidationProblem> problems)
    {
        if (registry.WorkflowActivities.Find(node) is not { } workflowType)
        {
            problems.Add(WorkflowDefinitionActivity.DefinitionIdOf(node) is { } definitionId
                ? ProblemCodes.WorkflowActivityUnknown.Error(node.Id, "workflowDefinitionId", ("activity", node.Label), ("type", node.Type), ("definitionId", definitionId))
                : ProblemCodes.ActivityTypeUnknown.Error(node.Id, "type", ("type", node.Type)));
            return new GraphNode(node, null, null, []);
        }
        var activity = new WorkflowDefinitionActivity { Node = node, Type = workflowType };
        activity.Bind(new ActivityBinder(definition, node, compiler, problems.Add, registry));
        return new GraphNode(node, activity, workflowType.Descriptor, workflowType.Descriptor.Outcomes);
    }

    private static object? DefaultOf(object? value, Type type)
    {
        if (value is not null) return ValueConverter.Convert(value, type);
        if (type == typeof(string)) return null;
        return type.IsValueType ? Activator.CreateInstance(type) : null;
    }
}
