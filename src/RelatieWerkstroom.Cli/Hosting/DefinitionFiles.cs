using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Cli.Hosting;

/// <summary>Reads definition files and turns every kind of failure into validation problems.</summary>
public static class DefinitionFiles
{
    /// <summary>Loads and validates one file; an unreadable or malformed file is one problem.</summary>
    public static (WorkflowDefinition? Definition, IReadOnlyList<ValidationProblem> Problems) Load(FileInfo file, DefinitionValidator validator)
    {
        if (!file.Exists) return (null, [new ValidationProblem(null, "", "file not found")]);
        string text;
        try
        {
            text = File.ReadAllText(file.FullName);
        }
        catch (IOException ex)
        {
            return (null, [new ValidationProblem(null, "", $"cannot read the file: {ex.Message}")]);
        }
        return validator.Validate(text);
    }

    /// <summary>The definition files of a folder (*.json, not recursing into settings/).</summary>
    public static IReadOnlyList<FileInfo> InFolder(DirectoryInfo folder) =>
        folder.GetFiles("*.json", SearchOption.TopDirectoryOnly).OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
}
