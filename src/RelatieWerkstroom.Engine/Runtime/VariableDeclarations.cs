using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Expressions;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Engine.Runtime;

/// <summary>Checks a definition's variables: unique names, initial values of their declared type.</summary>
internal static class VariableDeclarations
{
    public static void Check(WorkflowDefinition definition, List<ValidationProblem> problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < definition.Variables.Count; i++)
        {
            var v = definition.Variables[i];
            if (!seen.Add(v.Name)) problems.Add(new(null, $"variables[{i}].name", $"duplicate variable name '{v.Name}'"));
            if (v.InitialValue is not null && ValueConverter.VariableStorageType(v.TypeName) is { } type)
            {
                try
                {
                    ValueConverter.Convert(v.InitialValue, type);
                }
                catch (FormatException ex)
                {
                    problems.Add(new(null, $"variables[{i}].value", $"initial value of variable '{v.Name}' ({v.TypeName}): {ex.Message}"));
                }
            }
        }
    }
}
