namespace RelatieWerkstroom.Web.Tests.Support;

/// <summary>Files of the repository the tests compare with.</summary>
public static class RepositoryPaths
{
    /// <summary>The folder holding RelatieWerkstroom.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The committed OpenAPI document the SPA's client is generated from.</summary>
    public static string CommittedOpenApi => Path.Combine(Root, "src", "RelatieWerkstroom.Web", "ClientApp", "openapi", "v1.json");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "RelatieWerkstroom.sln"))) return dir.FullName;
        throw new InvalidOperationException("RelatieWerkstroom.sln not found above the test folder");
    }
}
