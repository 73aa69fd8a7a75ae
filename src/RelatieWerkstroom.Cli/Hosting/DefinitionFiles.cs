using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Cli.Hosting;

/// <summary>Reads definition files and turns every kind of failure into validation problems.</summary>
public static class DefinitionFiles
{
    /// <summary>The largest definition file read (the reference workflows are well under 1 MiB).</summary>
    public const long MaxFileBytes = 16 * 1024 * 1024;

    /// <summary>Loads and validates one file; an unreadable or malformed file is one problem.</summary>
    public static (WorkflowDefinition? Definition, IReadOnlyList<ValidationProblem> Problems) Load(FileInfo file, DefinitionValidator validator)
    {
        if (!file.Exists) return (null, [ProblemCodes.FileNotFound.Error(null, "")]);
        // A FIFO or a device reports no size and may never end; an empty regular file holds no definition either.
        // Neither is opened, so `validate` cannot block on one.
        if (file.Length == 0) return (null, [ProblemCodes.FileEmpty.Error(null, "")]);
        if (file.Length > MaxFileBytes)
            return (null, [ProblemCodes.FileTooLarge.Error(null, "", ("size", file.Length / (1024 * 1024)), ("limit", MaxFileBytes / (1024 * 1024)))]);
        string text;
        try
        {
            text = File.ReadAllText(file.FullName);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, [ProblemCodes.FileUnreadable.Error(null, "", ("detail", ex.Message))]);
        }
        return validator.Validate(text);
    }

    /// <summary>The definition files of a folder (*.json, not recursing into settings/).</summary>
    public static IReadOnlyList<FileInfo> InFolder(DirectoryInfo folder) =>
        folder.GetFiles("*.json", SearchOption.TopDirectoryOnly).OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
}
