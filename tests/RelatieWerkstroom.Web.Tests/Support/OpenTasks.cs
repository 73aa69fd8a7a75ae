using System.Text.Json.Nodes;

namespace RelatieWerkstroom.Web.Tests.Support;

/// <summary>Work in a running host's worklists, found the way a caseworker finds it: through the API.</summary>
public static class OpenTasks
{
    /// <summary>A human task ready to complete: its id, an action it offers and values for its required fields.</summary>
    public sealed record Ready(string CaseFileId, string InstanceId, string BookmarkId, string Action, JsonObject Fields);

    /// <summary>The discretion point a new RW-1 case opens with (triage).</summary>
    public static async Task<JsonNode> TriageAsync(TestHost host, ApiClient client, string team = "wijkteam-noord")
    {
        var opened = await Cases.OpenAsync(host, team);
        return await ItemOfAsync(client, opened.CaseFileId, "DiscretionPoint");
    }

    /// <summary>Opens an RW-1 case for <paramref name="team"/>, decides its triage with the default, and returns the first task.</summary>
    public static async Task<Ready> HumanTaskAsync(TestHost host, ApiClient client, string team = "wijkteam-noord")
    {
        var opened = await Cases.OpenAsync(host, team);
        return await HumanTaskAsync(client, opened.CaseFileId);
    }

    /// <summary>Decides the triage of the new RW-1 case <paramref name="caseFileId"/> with the default and returns its first task.</summary>
    public static async Task<Ready> HumanTaskAsync(ApiClient client, string caseFileId)
    {
        var triage = await ItemOfAsync(client, caseFileId, "DiscretionPoint");
        await client.PostJsonAsync($"/api/discretion/{triage["bookmarkId"]}/decide", new { option = triage["defaultOption"]!.GetValue<string>() });
        var item = await ItemOfAsync(client, caseFileId, "HumanTask");
        var id = item["bookmarkId"]!.GetValue<string>();
        var task = await client.GetJsonAsync($"/api/tasks/{id}");
        return new Ready(caseFileId, item["instanceId"]!.GetValue<string>(), id,
            task["details"]!["actions"]!.AsArray()[0]!.GetValue<string>(), RequiredFieldValues(task["details"]!["formFields"]!.AsArray()));
    }

    private static async Task<JsonNode> ItemOfAsync(ApiClient client, string caseFileId, string kind)
    {
        var page = await client.GetJsonAsync("/api/worklist?pageSize=200");
        var item = page["items"]!.AsArray().FirstOrDefault(i => i!["caseFileId"]!.GetValue<string>() == caseFileId && i["kind"]!.GetValue<string>() == kind);
        Assert.True(item is not null, $"no {kind} of {caseFileId} in the worklist");
        return item;
    }

    // Every required field with a value of its type, as a person filling in the form would.
    private static JsonObject RequiredFieldValues(JsonArray formFields)
    {
        var values = new JsonObject();
        foreach (var field in formFields.OfType<JsonObject>().Where(f => f["required"]?.GetValue<bool>() == true))
            values[field["name"]!.GetValue<string>()] = (field["type"]?.GetValue<string>() ?? "text").ToLowerInvariant() switch
            {
                "number" => 1,
                "boolean" or "yesno" => true,
                "date" => DateTime.UtcNow.ToString("yyyy-MM-dd"),
                "choice" or "select" => field["options"]?.AsArray().FirstOrDefault()?.DeepClone(),
                _ => "ingevuld",
            };
        return values;
    }
}
