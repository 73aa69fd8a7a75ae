using System.Text.RegularExpressions;
using RelatieWerkstroom.MigrationTool;
using RelatieWerkstroom.Persistence;

// Usage: dotnet run --project tools/RelatieWerkstroom.MigrationTool -- add <Name> [--provider sqlite|postgresql|all] [--project-dir <dir>]
const string usage = "usage: add <MigrationName> [--provider sqlite|postgresql|all] [--project-dir <path to src/RelatieWerkstroom.Persistence>]";

if (args.Length < 2 || args[0] != "add")
{
    Console.Error.WriteLine(usage);
    return args.Length > 0 && args[0] is "-h" or "--help" ? 0 : 2;
}

var name = args[1];
if (!Regex.IsMatch(name, "^[A-Z][A-Za-z0-9]*$"))
{
    Console.Error.WriteLine($"migration name '{name}' must be a PascalCase C# identifier (letters and digits, e.g. AddCaseFiles)");
    return 2;
}

string providerArg = "all";
string? projectDir = null;
for (var i = 2; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--provider" when i + 1 < args.Length:
            providerArg = args[++i].ToLowerInvariant();
            break;
        case "--project-dir" when i + 1 < args.Length:
            projectDir = Path.GetFullPath(args[++i]);
            break;
        default:
            Console.Error.WriteLine($"unknown or incomplete option '{args[i]}'\n{usage}");
            return 2;
    }
}

PersistenceProvider[] providers = providerArg switch
{
    "all" => [PersistenceProvider.Sqlite, PersistenceProvider.PostgreSql],
    "sqlite" => [PersistenceProvider.Sqlite],
    "postgresql" or "postgres" or "npgsql" => [PersistenceProvider.PostgreSql],
    _ => [],
};
if (providers.Length == 0)
{
    Console.Error.WriteLine($"unknown provider '{providerArg}': use sqlite, postgresql or all");
    return 2;
}

projectDir ??= FindPersistenceProject();
if (projectDir is null || !File.Exists(Path.Combine(projectDir, "RelatieWerkstroom.Persistence.csproj")))
{
    Console.Error.WriteLine("cannot find src/RelatieWerkstroom.Persistence (run from inside the repository or pass --project-dir)");
    return 2;
}

foreach (var provider in providers)
{
    try
    {
        foreach (var file in MigrationGenerator.Add(name, provider, projectDir))
            Console.WriteLine($"{provider}: wrote {Path.GetRelativePath(Directory.GetCurrentDirectory(), file)}");
    }
    catch (Exception ex) when (ex is not OutOfMemoryException)
    {
        Console.Error.WriteLine($"{provider}: {ex.Message}");
        return 1;
    }
}
Console.WriteLine("Build src/RelatieWerkstroom.Persistence and commit the new files; PersistenceInitializer applies them at start.");
return 0;

static string? FindPersistenceProject()
{
    foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RelatieWerkstroom.sln")))
                return Path.Combine(dir.FullName, "src", "RelatieWerkstroom.Persistence");
        }
    }
    return null;
}
