using System.Text.Json.Nodes;

namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>Reads back from a procurement case's log what later steps need: the tender id and the inschrijvers that were told of the gunningsbeslissing.</summary>
public static class TenderFacts
{
    /// <summary>The tender id recorded on the case (by the aankondiging), or null.</summary>
    public static string? TenderId(CaseFile file) =>
        file.Events.Select(e => e.Details?["tenderId"]).OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : null).LastOrDefault(s => s is not null);

    /// <summary>The inschrijvers the latest gunningsbeslissing went to, in the order it was sent.</summary>
    public static IReadOnlyList<string> Inschrijvers(CaseFile file, string messageKind)
    {
        var sent = MessageFact.All(file).Where(m => m.Kind == messageKind).ToList();
        if (sent.Count == 0) return [];
        var last = sent[^1].Text("documentId");
        return [.. sent.Where(m => m.Text("documentId") == last).Select(m => m.Recipient).OfType<string>().Distinct()];
    }
}
