namespace RelatieWerkstroom.Engine.Definitions;

/// <summary>The text is not a workflow definition in Elsa 3's JSON format; the message says where.</summary>
public sealed class DefinitionFormatException(string path, string message)
    : Exception($"{path}: {message}")
{
    /// <summary>JSON path of the offending element (e.g. <c>root.activities[2]</c>).</summary>
    public string Path { get; } = path;

    /// <summary>What is wrong, without the path.</summary>
    public string Problem { get; } = message;
}
