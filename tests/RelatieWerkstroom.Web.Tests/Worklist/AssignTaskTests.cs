using System.Net;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Web.Tests.Support;

namespace RelatieWerkstroom.Web.Tests.Worklist;

public abstract class AssignTaskTests(DatabaseHost fixture)
{
    private readonly TestHost _host = fixture.Host;

    [Fact]
    public async Task A_teamleider_assigns_a_task_and_it_becomes_the_caseworkers_with_the_assignment_in_the_dossier()
    {
        var opened = await Cases.OpenAsync(_host, "wijkteam-noord");
        using var lead = await _host.SignInAsync("teamleider.noord");
        using var consulent = await _host.SignInAsync("consulent.noord");
        var id = await TriageOfAsync(lead, opened.CaseFileId);

        var claim = await lead.PostJsonAsync($"/api/tasks/{id}/assign", new { assignee = "consulent.noord" });

        Assert.Equal("consulent.noord", claim["claimedBy"]!.GetValue<string>());
        Assert.Equal("teamleider.noord", claim["by"]!.GetValue<string>());
        Assert.Equal("consulent.noord", (await consulent.GetJsonAsync($"/api/tasks/{id}"))["assignedTo"]!.GetValue<string>());
        var dossier = await consulent.GetJsonAsync($"/api/cases/{opened.CaseFileId}");
        var assigned = dossier["timeline"]!.AsArray().Single(e => e!["kind"]!.GetValue<string>() == "TaskAssigned");
        Assert.Equal("teamleider.noord", assigned!["actor"]!.GetValue<string>());
        Assert.Equal("consulent.noord", assigned["details"]!["assignee"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_teamleider_can_take_a_task_from_the_colleague_who_holds_it()
    {
        var opened = await Cases.OpenAsync(_host, "wijkteam-noord");
        using var lead = await _host.SignInAsync("teamleider.noord");
        using var consulent = await _host.SignInAsync("consulent.noord");
        var id = await TriageOfAsync(consulent, opened.CaseFileId);
        await consulent.PostJsonAsync($"/api/tasks/{id}/claim");

        await lead.PostJsonAsync($"/api/tasks/{id}/assign", new { assignee = "teamleider.noord" });

        Assert.Equal("teamleider.noord", (await lead.GetJsonAsync($"/api/tasks/{id}"))["assignedTo"]!.GetValue<string>());
        await ApiClient.ProblemOf(await consulent.PostAsync($"/api/tasks/{id}/claim"), HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("consulent.zuid", "wijkteam-noord")]
    [InlineData("auditor", "wijkteam-noord")]
    [InlineData("bestaat-niet", "bestaat niet")]
    public async Task Assigning_to_someone_outside_the_team_or_unknown_is_refused_on_the_assignee_and_changes_nothing(string assignee, string said)
    {
        var opened = await Cases.OpenAsync(_host, "wijkteam-noord");
        using var lead = await _host.SignInAsync("teamleider.noord");
        var id = await TriageOfAsync(lead, opened.CaseFileId);

        var problem = await ApiClient.ProblemOf(await lead.PostAsync($"/api/tasks/{id}/assign", new { assignee }), HttpStatusCode.BadRequest);

        Assert.Contains(said, problem["errors"]!["assignee"]!.ToJsonString());
        Assert.Null((await lead.GetJsonAsync($"/api/tasks/{id}"))["assignedTo"]);
    }

    [Fact]
    public async Task A_caseworker_cannot_assign()
    {
        var opened = await Cases.OpenAsync(_host, "wijkteam-noord");
        using var consulent = await _host.SignInAsync("consulent.noord");
        var id = await TriageOfAsync(consulent, opened.CaseFileId);

        await ApiClient.ProblemOf(await consulent.PostAsync($"/api/tasks/{id}/assign", new { assignee = "consulent.noord" }), HttpStatusCode.Forbidden);

        Assert.Null((await consulent.GetJsonAsync($"/api/tasks/{id}"))["assignedTo"]);
    }

    [Fact]
    public async Task The_assignees_are_the_casework_colleagues_of_the_own_team()
    {
        using var lead = await _host.SignInAsync("teamleider.noord");

        var assignees = (await lead.GetJsonAsync("/api/worklist/assignees")).AsArray().Select(a => a!["userName"]!.GetValue<string>()).ToList();

        Assert.Equal(["consulent.noord", "teamleider.noord"], assignees.Order());
    }

    private static async Task<string> TriageOfAsync(ApiClient client, string caseFileId)
    {
        var page = await client.GetJsonAsync("/api/worklist?pageSize=200");
        var item = page["items"]!.AsArray().FirstOrDefault(i => i!["caseFileId"]!.GetValue<string>() == caseFileId);
        Assert.True(item is not null, $"no task of {caseFileId} in {page.ToJsonString()}");
        return item["bookmarkId"]!.GetValue<string>();
    }
}

public sealed class AssignTaskSqliteTests(SqliteHost fixture) : AssignTaskTests(fixture), IClassFixture<SqliteHost>;

[Trait("Category", "PostgreSql")]
public sealed class AssignTaskPostgreSqlTests(PostgreSqlHost fixture) : AssignTaskTests(fixture), IClassFixture<PostgreSqlHost>;
