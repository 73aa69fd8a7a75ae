namespace RelatieWerkstroom.Persistence.Tests.Support;

/// <summary>Locates the repository and the Elsa 3 samples it keeps as test fixtures (tests/fixtures/elsa3).</summary>
public static class SharedPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Elsa3Samples { get; } = Path.Combine(RepositoryRoot, "tests", "fixtures", "elsa3");

    public static string Sample(string name) => Path.Combine(Elsa3Samples, name);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RelatieWerkstroom.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("RelatieWerkstroom.sln not found above the test folder");
    }
}
