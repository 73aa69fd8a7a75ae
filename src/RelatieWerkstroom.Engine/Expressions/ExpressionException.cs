namespace RelatieWerkstroom.Engine.Expressions;

/// <summary>An expression could not be compiled or evaluated; the message says why.</summary>
public sealed class ExpressionException(string message, Exception? inner = null) : Exception(message, inner)
{
    // Where a script's message names the script it came from, for the designer reading a journal or the CLI.
    private const string ScriptMarker = " (script: ";

    /// <summary>A script's fault: the reason, then (shortened) the script it came from.</summary>
    public static string WithScript(string reason, string script) => $"{reason}{ScriptMarker}{script})";

    /// <summary>
    /// The reason alone, without the script text <see cref="WithScript"/> added: what a screen shows of a fault, so that an
    /// administrator reads the error and not the JavaScript. Other messages come back unchanged.
    /// </summary>
    public static string WithoutScript(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var at = message.IndexOf(ScriptMarker, StringComparison.Ordinal);
        return at < 0 ? message : message[..at];
    }
}
