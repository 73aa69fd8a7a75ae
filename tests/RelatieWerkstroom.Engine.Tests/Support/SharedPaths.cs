namespace RelatieWerkstroom.Engine.Tests.Support;

/// <summary>Locates the repository and the shared folder (../shared beside the checkout, or further up for worktrees).</summary>
public static class SharedPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Elsa3Samples { get; } = FindShared();

    public static string Sample(string name) => Path.Combine(Elsa3Samples, name);

    /// <summary>Every sample definition Elsa 3 saved (file names only).</summary>
    public static IEnumerable<string> SampleFiles =>
        Directory.EnumerateFiles(Elsa3Samples, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RelatieWerkstroom.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("RelatieWerkstroom.sln not found above the test folder");
    }

    private static string FindShared()
    {
        // A checkout at /work/main has ../shared; a worktree at /work/wt/x has it two levels up.
        for (var dir = new DirectoryInfo(RepositoryRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "interop", "elsa3");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException($"shared/interop/elsa3 not found above {RepositoryRoot}");
    }
}
