using System.Text.Json.Nodes;

namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>An outgoing message as later steps need it, read back from the case file's log (<see cref="CaseEventKinds.MessageQueued"/>).</summary>
/// <param name="MessageId">The outbox message id.</param>
/// <param name="Kind">The message kind, e.g. <c>iWmo.WMO301</c>.</param>
/// <param name="Recipient">Who receives it (an AGB code, CAK, SVB, …).</param>
/// <param name="Details">Everything recorded with it (toewijzingId, providerId, productcategorie, …).</param>
public sealed record MessageFact(string MessageId, string Kind, string? Recipient, JsonObject Details)
{
    /// <summary>A recorded detail as text, or null.</summary>
    public string? Text(string name) => Details[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>The messages queued for the case, oldest first.</summary>
    public static IReadOnlyList<MessageFact> All(CaseFile file) =>
        [.. file.Events.Where(e => e.Kind == CaseEventKinds.MessageQueued && e.Details is not null)
            .Select(e => new MessageFact(Str(e.Details!, "messageId") ?? "", Str(e.Details!, "kind") ?? "", Str(e.Details!, "recipient"), e.Details!))];

    /// <summary>The latest queued message that carries a toewijzing id, or null.</summary>
    public static MessageFact? LatestToewijzing(CaseFile file) => All(file).LastOrDefault(m => m.Text("toewijzingId") is not null);

    private static string? Str(JsonObject o, string name) => o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
