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
            if (!seen.Add(v.Name)) problems.Add(ProblemCodes.VariableDuplicate.Error(null, $"variables[{i}].name", ("variable", v.Name)));
            if (v.InitialValue is not null && ValueConverter.VariableStorageType(v.TypeName) is { } type)
            {
                try
                {
                    ValueConverter.Convert(v.InitialValue, type);
                }
                catch (FormatException ex)
                {
                    problems.Add(ProblemCodes.VariableValueInvalid.Error(null, $"variables[{i}].value", ("variable", v.Name), ("type", v.TypeName), ("detail", ex.Message)));
                }
            }
        }
    }
}
