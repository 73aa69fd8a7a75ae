namespace RelatieWerkstroom.Simulation.Tests.Support;

/// <summary>Finds files of the checkout: the folder holding RelatieWerkstroom.sln and its reference workflows.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Workflows => Path.Combine(Root, "workflows");

    public static string Settings => Path.Combine(Workflows, "settings");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RelatieWerkstroom.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("RelatieWerkstroom.sln not found above the test folder");
    }
}
