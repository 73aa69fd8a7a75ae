using System.Net;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Web.Tests.Support;

namespace RelatieWerkstroom.Web.Tests.Worklist;

/// <summary>POST /api/tasks/{id}/red-tape: a caseworker of the case's team flags a step; another team cannot; personal data is refused.</summary>
public sealed class RedTapeApiTests(SqliteHost fixture) : IClassFixture<SqliteHost>
{
    private readonly TestHost _host = fixture.Host;

    [Fact]
    public async Task A_caseworker_flags_red_tape_on_a_step_of_her_team_and_another_team_cannot()
    {
        var opened = await Cases.OpenAsync(_host, "wijkteam-noord");
        using var noord = await _host.SignInAsync("consulent.noord");
        var page = await noord.GetJsonAsync("/api/worklist?pageSize=200");
        var id = page["items"]!.AsArray().First(i => i!["caseFileId"]!.GetValue<string>() == opened.CaseFileId)!["bookmarkId"]!.GetValue<string>();
        using var zuid = await _host.SignInAsync("consulent.zuid");

        var flag = await ApiClient.JsonOf(await noord.PostAsync($"/api/tasks/{id}/red-tape", new { category = "paperwork", text = "Drie handtekeningen voor één formulier" }),
            HttpStatusCode.OK, "flag");
        var personal = await ApiClient.ProblemOf(await noord.PostAsync($"/api/tasks/{id}/red-tape", new { category = "paperwork", text = "bel 0612345678" }),
            HttpStatusCode.BadRequest);
        await ApiClient.ProblemOf(await zuid.PostAsync($"/api/tasks/{id}/red-tape", new { category = "paperwork", text = "mag niet" }), HttpStatusCode.Forbidden);

        Assert.Equal("paperwork", flag["category"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(flag["activityName"]?.GetValue<string>()));
        Assert.DoesNotContain(opened.CaseFileId, flag.ToJsonString());
        Assert.NotNull(personal["errors"]!["text"]);
        using var auditor = await _host.SignInAsync("auditor");
        var flags = (await auditor.GetJsonAsync("/api/reports/red-tape")).AsArray();
        Assert.Contains(flags, s => s!["flags"]!.AsArray().Any(f => f!["text"]!.GetValue<string>() == "Drie handtekeningen voor één formulier"));
    }
}
