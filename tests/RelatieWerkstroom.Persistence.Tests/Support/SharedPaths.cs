namespace RelatieWerkstroom.Persistence.Tests.Support;

/// <summary>Locates the repository and the shared/ folder beside it (or above it, in a worktree).</summary>
public static class SharedPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Elsa3Samples { get; } = FindShared();

    public static string Sample(string name) => Path.Combine(Elsa3Samples, name);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RelatieWerkstroom.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("RelatieWerkstroom.sln not found above the test folder");
    }

    private static string FindShared()
    {
        for (var dir = new DirectoryInfo(RepositoryRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "interop", "elsa3");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException($"shared/interop/elsa3 not found beside or above {RepositoryRoot}");
    }
}
