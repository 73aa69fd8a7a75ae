using System.Text.RegularExpressions;
using RelatieWerkstroom.Casework.Activities.Discretion;
using RelatieWerkstroom.Casework.Tests.Support;

namespace RelatieWerkstroom.Casework.Tests.ReferenceWorkflows;

/// <summary>
/// The designer documentation describes what the workflows contain. The JSON is the source; the docs are kept by hand,
/// so these tests only ask that every activity and discretion point is named there, never that text matches byte for byte.
/// </summary>
public sealed class ReferenceWorkflowDocumentationTests
{
    private static string Doc(string name) => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "designer", name));

    [Fact]
    public void Referentieprocessen_EveryActivityOfEveryReferenceWorkflow_IsDescribed()
    {
        var text = Doc("referentieprocessen.md");

        var missing = ReferenceDefinitions.All()
            .SelectMany(d => d.Activities.Select(a => (d.DefinitionId, a.Id)))
            .Where(a => !text.Contains($"`{a.Id}`", StringComparison.Ordinal))
            .Select(a => $"{a.DefinitionId}: {a.Id}")
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Discretiepunten_EveryDiscretionId_IsListed()
    {
        var text = Doc("discretiepunten.md");

        var missing = ReferenceDefinitions.Compiled()
            .SelectMany(g => g.Nodes.Values.Select(n => n.Activity).OfType<DiscretionPoint>())
            .Select(p => p.DiscretionId.Constant ?? "")
            .Distinct(StringComparer.Ordinal)
            // RW1-DP1 must not count as named because RW1-DP10 is.
            .Where(id => !Regex.IsMatch(text, $@"\b{Regex.Escape(id)}\b"))
            .ToList();

        Assert.Empty(missing);
    }
}
