using System.Net;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Web.Tests.Support;

namespace RelatieWerkstroom.Web.Tests.Definitions;

/// <summary>
/// A workflow the designer publishes can be taken in at once: it is offered as a kind of its own, POST /api/cases opens a
/// case on it, and its first task is in the caseworker's worklist. Drafts, workflows without casework and the reference
/// workflows that are not taken in at the desk (bezwaar, aanbesteding) are not offered.
/// </summary>
public abstract class PublishedWorkflowIntakeTests(DatabaseHost fixture)
{
    private readonly TestHost _host = fixture.Host;

    [Fact]
    public async Task A_published_own_workflow_is_offered_opened_and_its_task_is_in_the_worklist()
    {
        using var designer = await _host.SignInAsync("ontwerper");
        var id = await PublishAsync(designer, "Proefaanvraag", Task("Aanvraag beoordelen"));
        using var noord = await _host.SignInAsync("consulent.noord");
        using var zuid = await _host.SignInAsync("consulent.zuid");

        var kinds = (await noord.GetJsonAsync("/api/cases/kinds")).AsArray();
        var response = await noord.PostAsync("/api/cases", new { kind = id, bsn = "367418253", name = "Jan Proef", title = "Eerste proefaanvraag" });
        var opened = await ApiClient.JsonOf(response, HttpStatusCode.Created, "open");
        var caseFileId = opened["caseFileId"]!.GetValue<string>();
        var worklist = (await noord.GetJsonAsync($"/api/worklist?definitionId={id}"))["items"]!.AsArray();
        var dossier = await noord.GetJsonAsync($"/api/cases/{caseFileId}");

        var kind = Assert.Single(kinds, k => k!["id"]!.GetValue<string>() == id)!;
        Assert.Equal(("Proefaanvraag " + id[^6..], id, "aanvraag"),
            (kind["title"]!.GetValue<string>(), kind["definitionId"]!.GetValue<string>(), kind["soort"]!.GetValue<string>()));
        // The reference kinds stay first, in their order.
        Assert.Equal(["wmo-melding", "jeugd-melding"], kinds.Take(2).Select(k => k!["id"]!.GetValue<string>()));
        var task = Assert.Single(worklist)!;
        Assert.Equal(("Aanvraag beoordelen", caseFileId, "wijkteam-noord"),
            (task["title"]!.GetValue<string>(), task["caseFileId"]!.GetValue<string>(), task["team"]!.GetValue<string>()));
        Assert.Contains(dossier["instances"]!.AsArray(), i => i!["definitionId"]!.GetValue<string>() == id);
        Assert.Equal("Jan Proef", dossier["subject"]!["name"]!.GetValue<string>());
        // No team lists the new zaaktype in the settings yet, so every team may take it in.
        Assert.Contains((await zuid.GetJsonAsync("/api/cases/kinds")).AsArray(), k => k!["id"]!.GetValue<string>() == id);
    }

    [Fact]
    public async Task Drafts_workflows_without_casework_and_reference_workflows_are_not_offered_and_not_opened()
    {
        using var designer = await _host.SignInAsync("ontwerper");
        var draft = NewId("concept");
        var saved = await designer.PutAsync($"/api/definitions/{draft}/draft", Flow(draft, "Alleen een concept", Task("Nog niet")));
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        var noCasework = await PublishAsync(designer, "Alleen tekst", new JsonObject
        {
            ["id"] = "Schrijf", ["type"] = "Elsa.WriteLine", ["text"] = Literal("hallo"),
        });
        using var noord = await _host.SignInAsync("consulent.noord");
        var before = (await noord.GetJsonAsync("/api/cases?pageSize=1"))["total"]!.GetValue<int>();

        var kinds = (await noord.GetJsonAsync("/api/cases/kinds")).AsArray().Select(k => k!["id"]!.GetValue<string>()).ToList();
        var refused = new List<string>();
        foreach (var kind in new[] { draft, noCasework, "rw5-bezwaar", "rw3-meervoudig-onderhandse-aanbesteding", "rw1-wmo-maatwerkvoorziening" })
        {
            var problem = await ApiClient.ProblemOf(await noord.PostAsync("/api/cases", new { kind, bsn = "367418253", name = "Jan Proef" }), HttpStatusCode.BadRequest);
            refused.Add(problem["errors"]!["kind"]![0]!.GetValue<string>());
        }

        Assert.DoesNotContain(draft, kinds);
        Assert.DoesNotContain(noCasework, kinds);
        Assert.DoesNotContain("rw5-bezwaar", kinds);
        Assert.DoesNotContain("rw1-wmo-maatwerkvoorziening", kinds);
        Assert.All(refused, message => Assert.StartsWith("Kies wat er binnenkomt", message));
        Assert.Equal(before, (await noord.GetJsonAsync("/api/cases?pageSize=1"))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_own_workflow_for_a_zaaktype_of_another_team_is_refused_to_the_wijkteam()
    {
        using var designer = await _host.SignInAsync("ontwerper");
        var id = await PublishAsync(designer, "Eigen bijstand", Task("Aanvraag bekijken"), zaaktype: "participatiewet-bijstand");
        using var noord = await _host.SignInAsync("consulent.noord");

        var kinds = (await noord.GetJsonAsync("/api/cases/kinds")).AsArray();
        var problem = await ApiClient.ProblemOf(await noord.PostAsync("/api/cases", new { kind = id, bsn = "367418253", name = "Jan Proef" }), HttpStatusCode.BadRequest);

        Assert.DoesNotContain(kinds, k => k!["id"]!.GetValue<string>() == id);
        Assert.Contains("behandelt geen", problem["errors"]!["kind"]![0]!.GetValue<string>());
    }

    private static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 7)];

    // Saves the flow start → activity → end as a draft and publishes it, as the designer screen does; returns its definition id.
    private static async Task<string> PublishAsync(ApiClient designer, string name, JsonObject activity, string? zaaktype = null)
    {
        var id = NewId(name.ToLowerInvariant().Replace(' ', '-'));
        var flow = Flow(id, $"{name} {id[^6..]}", activity);
        if (zaaktype is not null) flow["customProperties"] = new JsonObject { ["zaaktype"] = zaaktype };
        var saved = await designer.PutAsync($"/api/definitions/{id}/draft", flow);
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        await designer.PostJsonAsync($"/api/definitions/{id}/publish");
        return id;
    }

    private static JsonObject Flow(string id, string name, JsonObject activity) => new()
    {
        ["id"] = id + ":v1",
        ["definitionId"] = id,
        ["name"] = name,
        ["version"] = 1,
        ["root"] = new JsonObject
        {
            ["id"] = "Flowchart1",
            ["type"] = "Elsa.Flowchart",
            ["activities"] = new JsonArray(
                new JsonObject { ["id"] = "Start", ["type"] = "Elsa.Start" },
                activity,
                new JsonObject { ["id"] = "Einde", ["type"] = "Elsa.End" }),
            ["connections"] = new JsonArray(
                Connection("Start", "Done", activity["id"]!.GetValue<string>()),
                Connection(activity["id"]!.GetValue<string>(), activity["type"]!.GetValue<string>() == "RelatieWerkstroom.HumanTask" ? "Gereed" : "Done", "Einde")),
        },
    };

    private static JsonObject Task(string title) => new()
    {
        ["id"] = "Taak",
        ["type"] = "RelatieWerkstroom.HumanTask",
        ["name"] = title,
        ["title"] = Literal(title),
        ["role"] = Literal("consulent"),
    };

    private static JsonObject Connection(string source, string port, string target) =>
        new() { ["source"] = source, ["sourcePort"] = port, ["target"] = target, ["targetPort"] = "In" };

    private static JsonObject Literal(string value) => new() { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value } };
}

public sealed class PublishedWorkflowIntakeSqliteTests(SqliteHost fixture) : PublishedWorkflowIntakeTests(fixture), IClassFixture<SqliteHost>;

[Trait("Category", "PostgreSql")]
public sealed class PublishedWorkflowIntakePostgreSqlTests(PostgreSqlHost fixture) : PublishedWorkflowIntakeTests(fixture), IClassFixture<PostgreSqlHost>;
