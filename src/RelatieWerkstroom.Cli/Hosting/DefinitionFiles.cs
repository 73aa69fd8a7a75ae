using RelatieWerkstroom.Engine.Activities.WorkflowAsActivity;
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

    /// <summary>
    /// Loads and validates several files that are imported together: a workflow among them that is usable as an
    /// activity (options.usableAsActivity) counts as published for the others, so a parent and its child check out together.
    /// </summary>
    public static List<(FileInfo File, (WorkflowDefinition? Definition, IReadOnlyList<ValidationProblem> Problems) Result)> LoadTogether(
        IEnumerable<FileInfo> files, DefinitionValidator validator)
    {
        var loaded = files.Select(file => (File: file, Result: Load(file, validator))).ToList();
        var parsed = loaded.Select(l => l.Result.Definition).OfType<WorkflowDefinition>().ToList();
        if (!parsed.Any(WorkflowActivityType.IsUsableAsActivity)) return loaded;
        var together = new DefinitionValidator(validator.Registry.WithWorkflowActivities(validator.Registry.WorkflowActivities.With(parsed)));
        return [.. loaded.Select(l => l.Result.Definition is { } definition ? (l.File, (definition, together.Validate(definition))) : l)];
    }

    /// <summary>The definition files of a folder (*.json, not recursing into settings/).</summary>
    public static IReadOnlyList<FileInfo> InFolder(DirectoryInfo folder) =>
        folder.GetFiles("*.json", SearchOption.TopDirectoryOnly).OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
}
