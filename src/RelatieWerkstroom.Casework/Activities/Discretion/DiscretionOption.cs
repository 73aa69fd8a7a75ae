using System.Text.Json.Nodes;

namespace RelatieWerkstroom.Casework.Activities.Discretion;

/// <summary>One option at a discretion point: its id (an outcome port), a label and what choosing it means.</summary>
public sealed record DiscretionOption(string Id, string Label, string? Explanation)
{
    /// <summary>The option as JSON for the bookmark payload.</summary>
    public JsonObject ToJson() => new() { ["id"] = Id, ["label"] = Label, ["explanation"] = Explanation };
}
