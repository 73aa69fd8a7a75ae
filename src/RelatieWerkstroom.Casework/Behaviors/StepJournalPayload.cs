using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;

namespace RelatieWerkstroom.Casework.Behaviors;

/// <summary>
/// Writes the small JSON payloads of <c>StepStarted</c> and <c>StepCompleted</c> directly: they are written for every
/// step of every instance, and building a JsonObject for each costs more than the step itself.
/// </summary>
internal static class StepJournalPayload
{
    private static readonly ConcurrentDictionary<string, string> Quoted = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string> Started = new(StringComparer.Ordinal);

    /// <summary><c>{"request":"…"}</c>, the same text for every start of one request.</summary>
    public static string ForStart(string request) =>
        Started.GetOrAdd(request, static r => "{\"request\":" + Quote(r) + "}");

    /// <summary><c>{"request":"…","durationMs":…,"outcome":"…","success":true}</c>.</summary>
    public static string ForSuccess(string request, double durationMs, string? outcome) =>
        outcome is null
            ? $"{{\"request\":{Quote(request)},\"durationMs\":{Number(durationMs)},\"success\":true}}"
            : $"{{\"request\":{Quote(request)},\"durationMs\":{Number(durationMs)},\"outcome\":{Quote(outcome)},\"success\":true}}";

    /// <summary><c>{"request":"…","durationMs":…,"success":false,"error":"ExceptionType"}</c>; never the exception message.</summary>
    public static string ForFailure(string request, double durationMs, Exception exception) =>
        $"{{\"request\":{Quote(request)},\"durationMs\":{Number(durationMs)},\"success\":false,\"error\":{Quote(exception.GetType().Name)}}}";

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    // Request names and outcomes are few, so their JSON form is kept; the cache stops growing past a bound.
    private static string Quote(string text) =>
        Quoted.TryGetValue(text, out var quoted) ? quoted
        : Quoted.Count < 10_000 ? Quoted.GetOrAdd(text, static t => JsonSerializer.Serialize(t))
        : JsonSerializer.Serialize(text);
}
