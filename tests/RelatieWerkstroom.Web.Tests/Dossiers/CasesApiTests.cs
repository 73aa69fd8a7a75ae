using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Engine.LegalTime;
using RelatieWerkstroom.Web.Tests.Support;

namespace RelatieWerkstroom.Web.Tests.Dossiers;

public abstract class CasesApiTests(DatabaseHost fixture)
{
    private readonly TestHost _host = fixture.Host;

    [Fact]
    public async Task A_caseworker_takes_in_a_melding_which_starts_RW1_and_the_dossier_shows_its_first_step()
    {
        using var client = await _host.SignInAsync("consulent.noord");

        var response = await client.PostAsync("/api/cases", new { kind = "wmo-melding", bsn = "367418253", name = "Jan Proef", title = "Hulp bij het huishouden" });
        var opened = await ApiClient.JsonOf(response, HttpStatusCode.Created, "open");
        var id = opened["caseFileId"]!.GetValue<string>();
        var dossier = await client.GetJsonAsync($"/api/cases/{id}");

        Assert.Equal($"/api/cases/{id}", response.Headers.Location?.ToString());
        Assert.Equal("wijkteam-noord", dossier["team"]!.GetValue<string>());
        Assert.Equal("consulent.noord", dossier["assignee"]!.GetValue<string>());
        Assert.Equal("Jan Proef", dossier["subject"]!["name"]!.GetValue<string>());
        Assert.Contains(dossier["instances"]!.AsArray(), i => i!["definitionId"]!.GetValue<string>() == "rw1-wmo-maatwerkvoorziening");
        Assert.Contains(dossier["openTasks"]!.AsArray(), t => t!["kind"]!.GetValue<string>() == "DiscretionPoint");
        var onderzoek = Assert.Single(dossier["clocks"]!.AsArray(), c => c!["name"]!.GetValue<string>() == "onderzoekstermijn")!;
        Assert.NotNull(onderzoek["deadline"]);
        var kinds = dossier["timeline"]!.AsArray().Select(e => e!["kind"]!.GetValue<string>()).ToList();
        Assert.Contains("CaseOpened", kinds);
        Assert.Contains("ClockStarted", kinds);
        Assert.Contains("TaskOpened", kinds);
        Assert.Contains(dossier["documents"]!.AsArray(), d => d!["kind"]!.GetValue<string>() == "ontvangstbevestiging");
    }

    [Fact]
    public async Task A_melding_sent_twice_with_the_same_Idempotency_Key_opens_one_dossier_and_another_caseworkers_key_is_their_own()
    {
        using var noord = await _host.SignInAsync("consulent.noord");
        using var zuid = await _host.SignInAsync("consulent.zuid");
        var key = new Dictionary<string, string> { ["Idempotency-Key"] = "melding-" + Guid.NewGuid().ToString("N") };
        var body = new { kind = "wmo-melding", bsn = "367418253", name = "Jan Proef", title = "Dubbel verstuurd" };

        var first = await ApiClient.JsonOf(await noord.PostAsync("/api/cases", body, key), HttpStatusCode.Created, "first");
        var retry = await ApiClient.JsonOf(await noord.PostAsync("/api/cases", body, key), HttpStatusCode.Created, "retry");
        var other = await ApiClient.JsonOf(await zuid.PostAsync("/api/cases", body, key), HttpStatusCode.Created, "other caseworker");
        var withoutKey = await ApiClient.JsonOf(await noord.PostAsync("/api/cases", body), HttpStatusCode.Created, "no key");

        Assert.Equal(first["caseFileId"]!.GetValue<string>(), retry["caseFileId"]!.GetValue<string>());
        Assert.Equal(first["instanceId"]!.GetValue<string>(), retry["instanceId"]!.GetValue<string>());
        Assert.Equal(first["status"]!.GetValue<string>(), retry["status"]!.GetValue<string>());
        Assert.NotEqual(first["caseFileId"]!.GetValue<string>(), other["caseFileId"]!.GetValue<string>());
        Assert.NotEqual(first["caseFileId"]!.GetValue<string>(), withoutKey["caseFileId"]!.GetValue<string>());
        var found = await noord.GetJsonAsync("/api/cases?text=Dubbel&pageSize=200");
        Assert.Equal(2, found["items"]!.AsArray().Count); // the keyed one once, and the one without a key
        var dossier = await noord.GetJsonAsync($"/api/cases/{first["caseFileId"]!.GetValue<string>()}");
        Assert.Single(dossier["instances"]!.AsArray());
    }

    [Fact]
    public async Task The_search_pages_through_every_match_once_newest_first_and_says_how_many_there_are()
    {
        var opened = new List<string>();
        for (var i = 0; i < 3; i++) opened.Add((await Cases.OpenAsync(_host, "wijkteam-noord")).CaseFileId);
        using var noord = await _host.SignInAsync("consulent.noord");

        // Upper case finds the title "Huishoudelijke hulp": the search ignores case.
        var first = await noord.GetJsonAsync("/api/cases?text=HUISHOUDELIJKE&pageSize=2&page=1");
        var total = first["total"]!.GetValue<int>();
        var seen = new List<(string Id, DateTimeOffset OpenedAt)>();
        for (var page = 1; page <= (total + 1) / 2; page++)
        {
            var items = (page == 1 ? first : await noord.GetJsonAsync($"/api/cases?text=HUISHOUDELIJKE&pageSize=2&page={page}"))["items"]!.AsArray();
            Assert.InRange(items.Count, 1, 2);
            seen.AddRange(items.Select(c => (c!["id"]!.GetValue<string>(), c["openedAt"]!.GetValue<DateTimeOffset>())));
        }
        var past = await noord.GetJsonAsync($"/api/cases?text=HUISHOUDELIJKE&pageSize=2&page={(total + 1) / 2 + 1}");

        Assert.True(total >= 3, $"total {total}");
        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Select(c => c.Id).Distinct().Count());
        Assert.Equal(seen.OrderByDescending(c => c.OpenedAt).Select(c => c.OpenedAt), seen.Select(c => c.OpenedAt));
        Assert.All(opened, id => Assert.Contains(id, seen.Select(c => c.Id)));
        Assert.Empty(past["items"]!.AsArray());
        Assert.Equal(total, past["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_search_shows_the_own_teams_cases_and_another_team_gets_no_access()
    {
        var noord = await Cases.OpenAsync(_host, "wijkteam-noord", bsn: "123456782");
        using var zuid = await _host.SignInAsync("consulent.zuid");
        using var noordClient = await _host.SignInAsync("consulent.noord");

        var zuidList = await zuid.GetJsonAsync("/api/cases?pageSize=200");
        var noordList = await noordClient.GetJsonAsync($"/api/cases?text={noord.CaseFileId}");
        var refused = await ApiClient.ProblemOf(await zuid.GetAsync($"/api/cases/{noord.CaseFileId}"), HttpStatusCode.Forbidden);
        var document = await ApiClient.ProblemOf(await zuid.GetAsync($"/api/cases/{noord.CaseFileId}/documents/x"), HttpStatusCode.Forbidden);
        var note = await ApiClient.ProblemOf(await zuid.PostAsync($"/api/cases/{noord.CaseFileId}/notes", new { text = "mag niet" }), HttpStatusCode.Forbidden);

        Assert.DoesNotContain(zuidList["items"]!.AsArray(), c => c!["id"]!.GetValue<string>() == noord.CaseFileId);
        Assert.Equal(noord.CaseFileId, Assert.Single(noordList["items"]!.AsArray())!["id"]!.GetValue<string>());
        Assert.Contains("u werkt in team 'wijkteam-zuid'", refused["detail"]!.GetValue<string>());
        Assert.Null(noordList["items"]![0]!["subject"]);
        Assert.Equal(403, document["status"]!.GetValue<int>());
        Assert.Equal(403, note["status"]!.GetValue<int>());
        var dossier = await noordClient.GetJsonAsync($"/api/cases/{noord.CaseFileId}");
        Assert.Empty(dossier["notes"]!.AsArray());
    }

    [Fact]
    public async Task A_jurist_finds_bezwaar_cases_of_every_team_and_no_other_cases()
    {
        var plain = await Cases.OpenAsync(_host, "wijkteam-zuid", bsn: "123456782");
        // A bezwaarschrift registered with a case of team Zuid makes it a bezwaar case.
        var bezwaar = await Cases.OpenAsync(_host, "wijkteam-zuid", zaaktype: "bezwaar", definitionId: "rw5-bezwaar", bsn: "111222333");
        using var jurist = await _host.SignInAsync("jurist");

        var list = await jurist.GetJsonAsync("/api/cases?pageSize=200");
        var dossier = await jurist.GetJsonAsync($"/api/cases/{bezwaar.CaseFileId}");

        var ids = list["items"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()).ToList();
        Assert.Contains(bezwaar.CaseFileId, ids);
        Assert.DoesNotContain(plain.CaseFileId, ids);
        Assert.True(dossier["bezwaar"]!.GetValue<bool>());
        await ApiClient.ProblemOf(await jurist.GetAsync($"/api/cases/{plain.CaseFileId}"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Every_opening_of_a_dossier_or_document_is_in_the_access_log_with_who_and_why()
    {
        var opened = await Cases.OpenAsync(_host, "wijkteam-noord", bsn: "111222333");
        using var noord = await _host.SignInAsync("consulent.noord");
        using var admin = await _host.SignInAsync("beheerder");
        var dossier = await noord.GetJsonAsync($"/api/cases/{opened.CaseFileId}");
        await noord.GetJsonAsync($"/api/cases/{opened.CaseFileId}?reason=bezwaar%20voorbereiden");
        var documentId = dossier["documents"]![0]!["id"]!.GetValue<string>();
        var download = await noord.GetAsync($"/api/cases/{opened.CaseFileId}/documents/{documentId}?download=true");

        var log = await admin.GetJsonAsync($"/api/access-log?caseFileId={opened.CaseFileId}");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        var items = log["items"]!.AsArray();
        Assert.Equal(3, items.Count);
        Assert.All(items, e => Assert.Equal("consulent.noord", e!["userName"]!.GetValue<string>()));
        Assert.Equal(["behandeling", "behandeling", "bezwaar voorbereiden"], items.Select(e => e!["purpose"]!.GetValue<string>()).Order().ToList());
        Assert.Contains(items, e => e!["request"]!.GetValue<string>().Contains("/documents/"));
        Assert.Equal("caseworker", items[0]!["roles"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_administrators_read_the_access_log_and_nobody_can_change_it()
    {
        using var caseworker = await _host.SignInAsync("consulent.noord");
        using var auditor = await _host.SignInAsync("auditor");
        using var admin = await _host.SignInAsync("beheerder");

        await ApiClient.ProblemOf(await caseworker.GetAsync("/api/access-log"), HttpStatusCode.Forbidden);
        await ApiClient.ProblemOf(await auditor.GetAsync("/api/access-log"), HttpStatusCode.Forbidden);
        await ApiClient.ProblemOf(await auditor.GetAsync("/api/cases"), HttpStatusCode.Forbidden);
        var delete = await admin.SendAsync(HttpMethod.Delete, "/api/access-log", null);
        var put = await admin.PutAsync("/api/access-log", new { });

        Assert.Contains(delete.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed });
        Assert.Contains(put.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed });
    }

    [Fact]
    public async Task A_melding_with_a_bad_BSN_or_an_unknown_kind_is_a_problem_and_opens_no_case()
    {
        using var client = await _host.SignInAsync("consulent.zuid");
        var before = (await client.GetJsonAsync("/api/cases?pageSize=1"))["total"]!.GetValue<int>();

        var badBsn = await ApiClient.ProblemOf(await client.PostAsync("/api/cases", new { kind = "wmo-melding", bsn = "123456789", name = "A" }), HttpStatusCode.BadRequest);
        var badKind = await ApiClient.ProblemOf(await client.PostAsync("/api/cases", new { kind = "bestaat-niet", bsn = "111222333", name = "A" }), HttpStatusCode.BadRequest);
        var otherTeam = await ApiClient.ProblemOf(await client.PostAsync("/api/cases", new { kind = "bijstand-aanvraag", bsn = "111222333", name = "A" }), HttpStatusCode.BadRequest);
        var malformed = await ApiClient.ProblemOf(await client.SendAsync(HttpMethod.Post, "/api/cases",
            new StringContent("{\"kind\": ", System.Text.Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);

        Assert.Contains("elfproef", badBsn["errors"]!["bsn"]![0]!.GetValue<string>());
        Assert.NotNull(badKind["errors"]!["kind"]);
        Assert.Contains("behandelt geen", otherTeam["errors"]!["kind"]![0]!.GetValue<string>());
        Assert.Contains("JSON", malformed["detail"]!.GetValue<string>());
        Assert.Equal(before, (await client.GetJsonAsync("/api/cases?pageSize=1"))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_empty_note_is_refused_and_a_real_one_is_shown_with_its_author()
    {
        var opened = await Cases.OpenAsync(_host, "wijkteam-noord");
        using var client = await _host.SignInAsync("consulent.noord");

        var empty = await ApiClient.ProblemOf(await client.PostAsync($"/api/cases/{opened.CaseFileId}/notes", new { text = "  " }), HttpStatusCode.BadRequest);
        var afterEmpty = await client.GetJsonAsync($"/api/cases/{opened.CaseFileId}");
        await client.PostJsonAsync($"/api/cases/{opened.CaseFileId}/notes", new { text = "Dochter belt terug over de planning." });
        var dossier = await client.GetJsonAsync($"/api/cases/{opened.CaseFileId}");

        Assert.NotNull(empty["errors"]!["text"]);
        Assert.Empty(afterEmpty["notes"]!.AsArray());
        var note = Assert.Single(dossier["notes"]!.AsArray())!;
        Assert.Equal("consulent.noord", note["author"]!.GetValue<string>());
        Assert.Contains(dossier["timeline"]!.AsArray(), e => e!["kind"]!.GetValue<string>() == "NoteAdded");
    }

    [Fact]
    public async Task A_beslistermijn_is_suspended_and_resumed_with_reason_basis_and_who_and_the_deadline_moves()
    {
        var opened = await Cases.OpenAsync(_host, "wijkteam-noord");
        await Cases.PutClockAsync(_host, opened.CaseFileId, "beslistermijn", VerdagingRule.None, daysAgo: 3);
        using var client = await _host.SignInAsync("consulent.noord");
        var before = Clock(await client.GetJsonAsync($"/api/cases/{opened.CaseFileId}"), "beslistermijn");

        var missing = await ApiClient.ProblemOf(await client.PostAsync($"/api/cases/{opened.CaseFileId}/clocks/beslistermijn/suspend", new { }), HttpStatusCode.BadRequest);
        var suspended = await client.PostJsonAsync($"/api/cases/{opened.CaseFileId}/clocks/beslistermijn/suspend",
            new { reason = "Medisch advies gevraagd", legalBasis = "Awb 4:15 lid 1 sub a" });
        var refused = await ApiClient.ProblemOf(await client.PostAsync($"/api/cases/{opened.CaseFileId}/clocks/beslistermijn/extend",
            new { reason = "Meer tijd nodig", legalBasis = "Awb 4:14 lid 3", extension = "2 weken" }), HttpStatusCode.Conflict);
        var resumed = await client.PostJsonAsync($"/api/cases/{opened.CaseFileId}/clocks/beslistermijn/resume", new { });
        var after = Clock(await client.GetJsonAsync($"/api/cases/{opened.CaseFileId}"), "beslistermijn");

        Assert.NotNull(missing["errors"]!["reason"]);
        Assert.NotNull(missing["errors"]!["legalBasis"]);
        Assert.True(suspended["isSuspended"]!.GetValue<bool>());
        Assert.Equal(["resume"], suspended["actions"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Contains("verdaging", refused["detail"]!.GetValue<string>());
        Assert.False(resumed["isSuspended"]!.GetValue<bool>());
        var suspension = after["transitions"]!.AsArray().Single(t => t!["action"]!.GetValue<string>() == "Suspend")!;
        Assert.Equal("Medisch advies gevraagd", suspension["reason"]!.GetValue<string>());
        Assert.Equal("Awb 4:15 lid 1 sub a", suspension["legalBasis"]!.GetValue<string>());
        Assert.Equal("consulent.noord", suspension["actor"]!.GetValue<string>());
        Assert.Equal(3, after["transitions"]!.AsArray().Count);
        Assert.Equal(before["deadline"]!.GetValue<string>(), after["deadline"]!.GetValue<string>()); // suspended and resumed the same day: 0 days
    }

    [Fact]
    public async Task A_bezwaar_clock_is_extended_once_and_a_second_extension_without_a_lid_4_ground_is_refused()
    {
        var opened = await Cases.OpenAsync(_host, "wijkteam-noord");
        await Cases.PutClockAsync(_host, opened.CaseFileId, "beslistermijn-bezwaar", VerdagingRule.Awb710, daysAgo: 1);
        using var client = await _host.SignInAsync("consulent.noord");
        var path = $"/api/cases/{opened.CaseFileId}/clocks/beslistermijn-bezwaar/extend";
        var before = Clock(await client.GetJsonAsync($"/api/cases/{opened.CaseFileId}"), "beslistermijn-bezwaar");

        var tooLong = await ApiClient.ProblemOf(await client.PostAsync(path, new { reason = "Hoorzitting", legalBasis = "Awb 7:10 lid 3", extension = "8 weken" }), HttpStatusCode.Conflict);
        var extended = await client.PostJsonAsync(path, new { reason = "Hoorzitting", legalBasis = "Awb 7:10 lid 3", extension = "6 weken" });
        var again = await ApiClient.ProblemOf(await client.PostAsync(path, new { reason = "Nog meer", legalBasis = "Awb 7:10 lid 3", extension = "2 weken" }), HttpStatusCode.Conflict);

        Assert.Contains("Awb 7:10 lid 3 allows a verdaging of at most six weeks", tooLong["detail"]!.GetValue<string>());
        Assert.True(extended["extensionNeedsGround"]!.GetValue<bool>());
        Assert.True(string.CompareOrdinal(extended["deadline"]!.GetValue<string>(), before["deadline"]!.GetValue<string>()) > 0);
        Assert.Contains("lid 4", again["detail"]!.GetValue<string>());
        var after = Clock(await client.GetJsonAsync($"/api/cases/{opened.CaseFileId}"), "beslistermijn-bezwaar");
        Assert.Equal(2, after["transitions"]!.AsArray().Count);
    }

    [Fact]
    public async Task The_onderzoekstermijn_cannot_be_suspended_because_no_opschorting_applies_to_it()
    {
        var opened = await Cases.OpenAsync(_host, "wijkteam-noord");
        using var client = await _host.SignInAsync("consulent.noord");
        var dossier = await client.GetJsonAsync($"/api/cases/{opened.CaseFileId}");

        var refused = await ApiClient.ProblemOf(await client.PostAsync($"/api/cases/{opened.CaseFileId}/clocks/onderzoekstermijn/suspend",
            new { reason = "Wachten op advies", legalBasis = "Awb 4:15" }), HttpStatusCode.Conflict);

        Assert.DoesNotContain("suspend", Clock(dossier, "onderzoekstermijn")["actions"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Contains("geen opschorting", refused["detail"]!.GetValue<string>());
        Assert.False(Clock(await client.GetJsonAsync($"/api/cases/{opened.CaseFileId}"), "onderzoekstermijn")["isSuspended"]!.GetValue<bool>());
    }

    private static JsonNode Clock(JsonNode dossier, string name) =>
        dossier["clocks"]!.AsArray().Last(c => c!["name"]!.GetValue<string>() == name)!;

    // Arranges a running clock on the case as the workflow's LegalClock step would have started it, with a suspend step
    // modelled in RW-1 for the beslistermijn (the clock belongs to the case's RW-1 instance).
}

public sealed class CasesApiSqliteTests(SqliteHost fixture) : CasesApiTests(fixture), IClassFixture<SqliteHost>;

[Trait("Category", "PostgreSql")]
public sealed class CasesApiPostgreSqlTests(PostgreSqlHost fixture) : CasesApiTests(fixture), IClassFixture<PostgreSqlHost>;
