using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RelatieWerkstroom.Casework.Messages;

/// <summary>How message records are written into the outbox: element names as the iStandaarden spell them, dates as yyyy-MM-dd, nulls left out.</summary>
public static class MessageJson
{
    /// <summary>The options used for every outbox payload.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Payloads go to systems, never into HTML, so "&", "+" and accented letters stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The payload text of a message record.</summary>
    public static string Serialize<T>(T message) => JsonSerializer.Serialize(message, Options);

    /// <summary>Reads a payload back (tests, the sender).</summary>
    public static T Deserialize<T>(string payload) => JsonSerializer.Deserialize<T>(payload, Options)
        ?? throw new JsonException($"the payload is not a {typeof(T).Name}");
}
