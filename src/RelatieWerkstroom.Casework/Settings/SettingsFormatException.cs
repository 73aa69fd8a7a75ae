namespace RelatieWerkstroom.Casework.Settings;

/// <summary>A municipality settings file is not acceptable; lists every problem with its JSON path.</summary>
public sealed class SettingsFormatException(string source, IReadOnlyList<(string Path, string Message)> problems)
    : Exception($"{source}: " + string.Join("; ", problems.Select(p => $"{p.Path}: {p.Message}")))
{
    /// <summary>The file (or "settings" for text).</summary>
    public string File { get; } = source;

    /// <summary>What is wrong where.</summary>
    public IReadOnlyList<(string Path, string Message)> Problems { get; } = problems;
}
