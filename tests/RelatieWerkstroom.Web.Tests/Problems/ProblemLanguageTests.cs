using System.Net;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Web.Problems;
using RelatieWerkstroom.Web.Tests.Support;

namespace RelatieWerkstroom.Web.Tests.Problems;

/// <summary>
/// A problem document speaks one language: Dutch by default and for Accept-Language nl, English for en (the SPA sends
/// its UI language), never "Dutch (English)" on one screen.
/// On both databases: the refusals come from the stores (claims, conflicts, unknown ids), whose behaviour differs per provider.
/// </summary>
public abstract class ProblemLanguageTests(DatabaseHost fixture)
{
    private readonly TestHost _host = fixture.Host;

    private static readonly Dictionary<string, string> Dutch = new() { ["Accept-Language"] = "nl-NL,nl;q=0.9,en;q=0.5" };
    private static readonly Dictionary<string, string> English = new() { ["Accept-Language"] = "en" };

    [Theory]
    [InlineData("Taak is al in behandeling bij 'consulent.noord' (task is claimed by someone else)",
        "Taak is al in behandeling bij 'consulent.noord'", "task is claimed by someone else")]
    [InlineData("Deze taak is al afgehandeld door iemand anders op 3 december 2026 14:00; uw afhandeling is niet uitgevoerd. (Already handled by someone else at 2026-12-03 13:00:00Z; yours was not carried out.)",
        "Deze taak is al afgehandeld door iemand anders op 3 december 2026 14:00; uw afhandeling is niet uitgevoerd.",
        "Already handled by someone else at 2026-12-03 13:00:00Z; yours was not carried out.")]
    [InlineData("Conflict", "Conflict", null)]
    [InlineData("Zaak (z-1) bestaat niet", "Zaak (z-1) bestaat niet", null)]
    [InlineData("Zaak bestaat niet (z-123)", "Zaak bestaat niet (z-123)", null)]
    [InlineData("Termijn (2 weken (wettelijk)) loopt (term (still) runs)", "Termijn (2 weken (wettelijk)) loopt", "term (still) runs")]
    public void A_message_splits_into_its_Dutch_and_its_English_final_parenthesis(string message, string dutch, string? english)
    {
        Assert.Equal((dutch, english), ProblemLanguage.Split(message));
    }

    [Fact]
    public async Task A_task_claimed_by_a_colleague_is_refused_in_Dutch_or_in_English_as_the_screen_asks()
    {
        var opened = await Cases.OpenAsync(_host, "wijkteam-noord");
        using var consulent = await _host.SignInAsync("consulent.noord");
        var triage = await ItemOfAsync(consulent, opened.CaseFileId, "DiscretionPoint");
        await consulent.PostJsonAsync($"/api/discretion/{triage["bookmarkId"]}/decide", new { option = triage["defaultOption"]!.GetValue<string>() });
        var id = (await ItemOfAsync(consulent, opened.CaseFileId, "HumanTask"))["bookmarkId"]!.GetValue<string>();
        await consulent.PostJsonAsync($"/api/tasks/{id}/claim");
        using var teamleider = await _host.SignInAsync("teamleider.noord");

        var inDutch = await ApiClient.ProblemOf(await teamleider.PostAsync($"/api/tasks/{id}/claim", headers: Dutch), HttpStatusCode.Conflict);
        var byDefault = await ApiClient.ProblemOf(await teamleider.PostAsync($"/api/tasks/{id}/claim"), HttpStatusCode.Conflict);
        var inEnglish = await ApiClient.ProblemOf(await teamleider.PostAsync($"/api/tasks/{id}/claim", headers: English), HttpStatusCode.Conflict);

        Assert.Equal("Taak is al in behandeling bij 'consulent.noord'", inDutch["detail"]!.GetValue<string>());
        Assert.Equal(inDutch["detail"]!.GetValue<string>(), byDefault["detail"]!.GetValue<string>());
        Assert.Equal(inDutch["title"]!.GetValue<string>(), byDefault["title"]!.GetValue<string>());
        Assert.Equal("Task is already being handled by 'consulent.noord'", inEnglish["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Field_messages_and_titles_of_a_refused_search_are_in_one_language()
    {
        using var consulent = await _host.SignInAsync("consulent.noord");

        var inDutch = await ApiClient.ProblemOf(await consulent.SendAsync(HttpMethod.Get, "/api/cases?pageSize=0", null, Dutch), HttpStatusCode.BadRequest);
        var inEnglish = await ApiClient.ProblemOf(await consulent.SendAsync(HttpMethod.Get, "/api/cases?pageSize=0", null, English), HttpStatusCode.BadRequest);

        Assert.Equal("Ongeldige invoer; er is niets gewijzigd", inDutch["title"]!.GetValue<string>());
        Assert.Equal("Paginagrootte 0 ligt niet tussen 1 en 200", inDutch["errors"]!["pageSize"]![0]!.GetValue<string>());
        Assert.Equal("Invalid input; nothing was changed", inEnglish["title"]!.GetValue<string>());
        Assert.Equal("Page size out of range", inEnglish["errors"]!["pageSize"]![0]!.GetValue<string>());
    }

    private static async Task<JsonNode> ItemOfAsync(ApiClient client, string caseFileId, string kind)
    {
        var page = await client.GetJsonAsync("/api/worklist?pageSize=200");
        var item = page["items"]!.AsArray().FirstOrDefault(i => i!["caseFileId"]!.GetValue<string>() == caseFileId && i["kind"]!.GetValue<string>() == kind);
        Assert.True(item is not null, $"no {kind} of {caseFileId}");
        return item;
    }
}

public sealed class ProblemLanguageSqliteTests(SqliteHost fixture) : ProblemLanguageTests(fixture), IClassFixture<SqliteHost>;

[Trait("Category", "PostgreSql")]
public sealed class ProblemLanguagePostgreSqlTests(PostgreSqlHost fixture) : ProblemLanguageTests(fixture), IClassFixture<PostgreSqlHost>;
