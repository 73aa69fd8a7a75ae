using System.Text.Json;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.Outbox;

namespace RelatieWerkstroom.Web.Outbox;

/// <summary>
/// The sender of a host without connections to the outside world: each message becomes one JSON file in
/// <c>outbox/&lt;kind&gt;/&lt;id&gt;.json</c> of the data folder (a pickup folder, the way mail servers hand over files),
/// where an operator or a connector takes it. Writing the same message again overwrites the same file.
/// </summary>
public sealed class DropFolderOutboxSender(string folder) : IOutboxSender
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The folder the messages are written to.</summary>
    public string Folder { get; } = folder;

    /// <inheritdoc />
    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var directory = Path.Combine(Folder, Safe(message.Kind));
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, Safe(message.Id) + ".json");
        var temporary = file + ".tmp";
        var envelope = new JsonObject
        {
            ["id"] = message.Id,
            ["kind"] = message.Kind,
            ["recipient"] = message.Recipient,
            ["caseFileId"] = message.CaseFileId,
            ["instanceId"] = message.InstanceId,
            ["activityId"] = message.ActivityId,
            ["createdAt"] = message.CreatedAt,
            ["payload"] = PayloadOf(message.Payload),
        };
        await File.WriteAllTextAsync(temporary, envelope.ToJsonString(Json), cancellationToken);
        File.Move(temporary, file, overwrite: true); // a reader never sees half a message
    }

    // A JSON payload stays JSON in the file; any other text is kept as a string.
    private static JsonNode? PayloadOf(string payload)
    {
        try
        {
            return JsonNode.Parse(payload);
        }
        catch (JsonException)
        {
            return JsonValue.Create(payload);
        }
    }

    private static string Safe(string name) => string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
}
