using RelatieWerkstroom.Casework.Activities.Steps;
using RelatieWerkstroom.Casework.Steps;
using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Casework.Tests.Support;

/// <summary>The reference workflows in workflows/*.json, read and bound with the real Casework activities.</summary>
public static class ReferenceDefinitions
{
    /// <summary>The file names (e.g. <c>rw1-wmo-maatwerkvoorziening.json</c>).</summary>
    public static IReadOnlyList<string> Files { get; } =
        [.. Directory.GetFiles(RepositoryPaths.Workflows, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    /// <summary>The registry with the Casework activities, the service-step requests known to it.</summary>
    public static ActivityRegistry Registry()
    {
        return CaseworkHost.CreateRegistry();
    }

    public static string Text(string file) => File.ReadAllText(Path.Combine(RepositoryPaths.Workflows, file));

    /// <summary>Every reference workflow, parsed.</summary>
    public static IReadOnlyList<WorkflowDefinition> All() => [.. Files.Select(f => WorkflowDefinitionReader.Parse(Text(f)))];

    /// <summary>Every reference workflow, bound to the real activities (check <see cref="WorkflowGraph.Problems"/> elsewhere).</summary>
    public static IReadOnlyList<WorkflowGraph> Compiled()
    {
        var registry = Registry();
        return [.. All().Select(d => GraphCompiler.Compile(d, registry))];
    }
}
