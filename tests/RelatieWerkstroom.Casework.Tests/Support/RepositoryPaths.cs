namespace RelatieWerkstroom.Casework.Tests.Support;

/// <summary>Finds files of the checkout: the folder holding RelatieWerkstroom.sln, its reference workflows and settings.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Workflows => Path.Combine(Root, "workflows");

    public static string Workflow(string definitionId) => Path.Combine(Workflows, definitionId + ".json");

    public static string VoorbeeldstadSettings => Path.Combine(Workflows, "settings", "voorbeeldstad.json");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RelatieWerkstroom.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("RelatieWerkstroom.sln not found above the test folder");
    }
}
