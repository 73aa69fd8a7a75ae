using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Engine.Validation;

/// <summary>Checks a definition and reports every problem at once, each with activity id and property path.</summary>
public sealed class DefinitionValidator(ActivityRegistry registry)
{
    /// <summary>The activity types definitions are checked against (with the workflows usable as activities).</summary>
    public ActivityRegistry Registry => registry;

    /// <summary>Validates parsed definition; an empty list means it can be stored and run.</summary>
    public IReadOnlyList<ValidationProblem> Validate(WorkflowDefinition definition)
    {
        var problems = new List<ValidationProblem>();
        if (string.IsNullOrWhiteSpace(definition.Document.GetString("definitionId")) && string.IsNullOrWhiteSpace(definition.Document.GetString("id")))
            problems.Add(ProblemCodes.DefinitionWithoutId.Error(null, "definitionId"));
        problems.AddRange(GraphCompiler.Compile(definition, registry).Problems);
        // Friction figures are data, not behaviour, but a negative or non-numeric one spoils every report and burden preview.
        problems.AddRange(FrictionAnnotation.ValueProblems(definition));
        return problems;
    }

    /// <summary>Parses and validates definition text; a format error becomes a single problem.</summary>
    public (WorkflowDefinition? Definition, IReadOnlyList<ValidationProblem> Problems) Validate(string json)
    {
        try
        {
            var definition = WorkflowDefinitionReader.Parse(json);
            return (definition, Validate(definition));
        }
        catch (DefinitionFormatException ex)
        {
            return (null, [ex.ToProblem()]);
        }
    }
}
