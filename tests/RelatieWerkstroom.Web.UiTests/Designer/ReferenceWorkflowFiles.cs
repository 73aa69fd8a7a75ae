using System.Text.Json.Nodes;

namespace RelatieWerkstroom.Web.UiTests.Designer;

/// <summary>The reference workflows in the repository's workflows/ folder (the host imports them on first start).</summary>
public static class ReferenceWorkflowFiles
{
    public static string Folder
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RelatieWerkstroom.sln"))) directory = directory.Parent;
            return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("RelatieWerkstroom.sln not found"), "workflows");
        }
    }

    public static IEnumerable<object[]> All() =>
        Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });

    public static JsonObject Read(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, file)))!.AsObject();

    /// <summary>The definition without what every save changes by design: version id, number and the latest/published flags.</summary>
    public static JsonObject WithoutVersionBookkeeping(JsonObject definition)
    {
        var copy = definition.DeepClone().AsObject();
        foreach (var key in new[] { "id", "version", "isLatest", "isPublished", "createdAt", "publishedAt" }) copy.Remove(key);
        return copy;
    }
}
