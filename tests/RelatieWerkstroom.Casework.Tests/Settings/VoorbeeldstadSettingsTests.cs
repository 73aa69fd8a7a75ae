using System.Text.Json;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.Activities.Discretion;
using RelatieWerkstroom.Casework.Tests.Support;

namespace RelatieWerkstroom.Casework.Tests.Settings;

/// <summary>The example municipality's settings keep to their published schema and to the reference workflows.</summary>
public sealed class VoorbeeldstadSettingsTests
{
    private static readonly JsonDocumentOptions HandWritten = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static JsonObject Schema() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Workflows, "settings", "settings.schema.json")))!.AsObject();

    private static JsonObject Settings() =>
        JsonNode.Parse(File.ReadAllText(RepositoryPaths.VoorbeeldstadSettings), documentOptions: HandWritten)!.AsObject();

    [Fact]
    public void SettingsFile_AgainstSettingsSchema_Matches()
    {
        Assert.Empty(JsonSchemaSubset.Problems(Settings(), Schema()));
    }

    [Fact]
    public void SchemaCheck_SettingsWithMistakes_NamesEachPlace()
    {
        // Arrange: a wrong CBS code, a default option for a key that is no discretion id, teams removed, an unknown section.
        var settings = Settings();
        settings["municipality"]!["cbsCode"] = "0363";
        settings["defaultOptions"]!["Triage"] = "snel";
        settings.Remove("teams");
        settings["extra"] = true;

        // Act
        var problems = JsonSchemaSubset.Problems(settings, Schema());

        // Assert
        Assert.Equal(
        [
            "$: 'teams' is required",
            "$.municipality.cbsCode: '0363' does not match ^GM[0-9]{4}$",
            "$.defaultOptions: unknown property 'Triage'",
            "$: unknown property 'extra'",
        ], problems);
    }

    [Fact]
    public void DefaultOptions_EachEntry_IsAnOptionOfADiscretionPointWithThatId()
    {
        // Arrange: every discretion point of the reference workflows with its options, by discretionId.
        var options = ReferenceDefinitions.Compiled()
            .SelectMany(g => g.Nodes.Values.Select(n => n.Activity).OfType<DiscretionPoint>())
            .GroupBy(p => p.DiscretionId.Constant ?? "", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(p => p.OptionList.Select(o => o.Id)).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var defaults = Settings()["defaultOptions"]!.AsObject();

        // Act
        var wrong = defaults
            .Select(d => (Id: d.Key, Option: d.Value is JsonObject o ? (string?)o["option"] : (string?)d.Value))
            .Where(d => !options.TryGetValue(d.Id, out var known) || d.Option is null || !known.Contains(d.Option))
            .Select(d => $"defaultOptions.{d.Id}: '{d.Option}'")
            .ToList();

        // Assert
        Assert.NotEmpty(defaults);
        Assert.Empty(wrong);
    }
}
