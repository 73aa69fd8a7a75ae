using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Engine.Definitions;

/// <summary>The text is not a workflow definition in Elsa 3's JSON format; the problem says where and what.</summary>
public sealed class DefinitionFormatException(string path, ProblemCode code, params (string Name, object? Value)[] values)
    : Exception(Describe(path, code, values))
{
    private readonly ValidationProblem _problem = code.Error(null, path, values);

    /// <summary>JSON path of the offending element (e.g. <c>root.activities[2]</c>).</summary>
    public string Path { get; } = path;

    /// <summary>What is wrong, without the path.</summary>
    public string Problem => _problem.Message;

    /// <summary>The problem as validation reports it: no activity, the path, its code and parameters.</summary>
    public ValidationProblem ToProblem() => _problem;

    private static string Describe(string path, ProblemCode code, (string Name, object? Value)[] values) =>
        $"{path}: {code.Error(null, path, values).Message}";
}
