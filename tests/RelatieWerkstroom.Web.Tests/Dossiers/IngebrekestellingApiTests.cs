using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Time;
using RelatieWerkstroom.Engine.LegalTime;
using RelatieWerkstroom.Web.Tests.Support;

namespace RelatieWerkstroom.Web.Tests.Dossiers;

/// <summary>
/// Awb 4:17 and 4:18 as a caseworker meets them: the ingebrekestelling arrives, two weeks later the dwangsom runs per day
/// (€ 23 for days 1–14, € 35 for 15–28, € 45 for 29–42 under the Regeling of 14 November 2018), and within two weeks after
/// the last day over which it is owed the vaststellingsbeschikking must be given.
/// </summary>
public abstract class IngebrekestellingApiTests(DatabaseHost fixture)
{
    private readonly TestHost _host = fixture.Host;
    private static DateOnly Today => DutchTime.Today(DateTimeOffset.UtcNow);

    [Fact]
    public async Task A_late_decision_after_an_ingebrekestelling_runs_a_dwangsom_per_day_and_sets_the_day_for_the_vaststellingsbeschikking()
    {
        // Beslistermijn of two weeks from 60 days ago: long expired. The ingebrekestelling came 30 days ago, so the dwangsom
        // runs from 30 − 14 = 16 days ago (4:17 lid 3); today is its 17th day: 14 × € 23 + 3 × € 35 = € 427.
        var opened = await Cases.OpenAsync(_host, "wijkteam-noord");
        await PutClockAsync(opened.CaseFileId, "beslistermijn", ClockOwedBy.Bestuursorgaan, daysAgo: 60);
        using var client = await _host.SignInAsync("consulent.noord");
        var path = $"/api/cases/{opened.CaseFileId}/clocks/beslistermijn/ingebrekestelling";
        var offered = Clock(await client.GetJsonAsync($"/api/cases/{opened.CaseFileId}"), "beslistermijn");

        var clock = await client.PostJsonAsync(path, new { receivedOn = Iso(Today.AddDays(-30)) });
        var again = await ApiClient.ProblemOf(await client.PostAsync(path, new { receivedOn = Iso(Today.AddDays(-2)) }), HttpStatusCode.Conflict);

        Assert.Contains("ingebrekestelling", offered["actions"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Null(offered["dwangsom"]);
        var dwangsom = clock["dwangsom"]!;
        Assert.False(dwangsom["premature"]!.GetValue<bool>());
        Assert.Equal(Iso(Today.AddDays(-16)), dwangsom["firstDay"]!.GetValue<string>());
        Assert.Equal(17, dwangsom["days"]!.GetValue<int>());
        Assert.Equal(427m, dwangsom["amount"]!.GetValue<decimal>());
        Assert.False(dwangsom["final"]!.GetValue<bool>());
        Assert.Null(dwangsom["vaststellingDueOn"]);
        Assert.Equal(Iso(Today.AddDays(-16 + 41)), dwangsom["lastPossibleDay"]!.GetValue<string>());
        Assert.DoesNotContain("ingebrekestelling", clock["actions"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Contains("al een ingebrekestelling ontvangen", again["detail"]!.GetValue<string>());

        // The decision comes today: the default ends that day, which is not counted (4:17 lid 1), so the last day is
        // yesterday (16 days, € 392) and the vaststellingsbeschikking is due 14 days after it (4:18), moved past a Saturday,
        // Sunday or holiday to the next working day by the Algemene termijnenwet (art. 1 and 3; Christmas falls in reach of
        // a run in mid-December).
        await StopClockAsync(opened.CaseFileId, "beslistermijn", Today);
        var decided = Clock(await client.GetJsonAsync($"/api/cases/{opened.CaseFileId}"), "beslistermijn")["dwangsom"]!;

        Assert.True(decided["final"]!.GetValue<bool>());
        Assert.Equal(16, decided["days"]!.GetValue<int>());
        Assert.Equal(392m, decided["amount"]!.GetValue<decimal>());
        Assert.Equal(Iso(DutchHolidayCalendar.Default.NextWorkingDayOnOrAfter(Today.AddDays(-1 + 14))), decided["vaststellingDueOn"]!.GetValue<string>());
        var dossier = await client.GetJsonAsync($"/api/cases/{opened.CaseFileId}");
        Assert.Contains(dossier["timeline"]!.AsArray(), e => e!["kind"]!.GetValue<string>() == "IngebrekestellingReceived");
    }

    [Fact]
    public async Task An_ingebrekestelling_within_the_term_is_premature_and_owes_nothing_and_a_new_one_may_follow()
    {
        // Two weeks from 3 days ago: the term still runs, so the ingebrekestelling puts the municipality in default of nothing.
        var opened = await Cases.OpenAsync(_host, "wijkteam-noord");
        await PutClockAsync(opened.CaseFileId, "beslistermijn", ClockOwedBy.Bestuursorgaan, daysAgo: 3);
        using var client = await _host.SignInAsync("consulent.noord");

        var clock = await client.PostJsonAsync($"/api/cases/{opened.CaseFileId}/clocks/beslistermijn/ingebrekestelling", new { });

        var dwangsom = clock["dwangsom"]!;
        Assert.True(dwangsom["premature"]!.GetValue<bool>());
        Assert.Equal(0, dwangsom["days"]!.GetValue<int>());
        Assert.Equal(0m, dwangsom["amount"]!.GetValue<decimal>());
        // While the term runs the dossier does not offer the action; once it has passed, a new one can be recorded.
        Assert.DoesNotContain("ingebrekestelling", clock["actions"]!.AsArray().Select(a => a!.GetValue<string>()));
    }

    [Fact]
    public async Task No_ingebrekestelling_on_a_citizens_term_nor_with_a_date_in_the_future()
    {
        var opened = await Cases.OpenAsync(_host, "wijkteam-noord");
        await PutClockAsync(opened.CaseFileId, "bezwaartermijn", ClockOwedBy.Inwoner, daysAgo: 60);
        await PutClockAsync(opened.CaseFileId, "beslistermijn", ClockOwedBy.Bestuursorgaan, daysAgo: 60);
        using var client = await _host.SignInAsync("consulent.noord");

        var citizens = await ApiClient.ProblemOf(await client.PostAsync($"/api/cases/{opened.CaseFileId}/clocks/bezwaartermijn/ingebrekestelling", new { }),
            HttpStatusCode.Conflict);
        var future = await ApiClient.ProblemOf(await client.PostAsync($"/api/cases/{opened.CaseFileId}/clocks/beslistermijn/ingebrekestelling",
            new { receivedOn = Iso(Today.AddDays(1)) }), HttpStatusCode.BadRequest);
        var after = Clock(await client.GetJsonAsync($"/api/cases/{opened.CaseFileId}"), "beslistermijn");

        Assert.Contains("Awb 4:17 geldt er niet voor", citizens["detail"]!.GetValue<string>());
        Assert.NotNull(future["errors"]!["receivedOn"]);
        Assert.Null(after["dwangsom"]);
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static JsonNode Clock(JsonNode dossier, string name) =>
        dossier["clocks"]!.AsArray().Last(c => c!["name"]!.GetValue<string>() == name)!;

    // Arranges a running clock on the case as the workflow's LegalClock step would have started it.
    private async Task PutClockAsync(string caseFileId, string name, string owedBy, int daysAgo)
    {
        var store = _host.Services.GetRequiredService<ICaseFileStore>();
        var file = await store.FindAsync(caseFileId);
        var profile = new ClockProfile(owedBy, ClockTermKind.Deadline, "national", VerdagingRule.None);
        var clock = CaseClock.Begin(name, "Wmo 2015 art. 2.3.5 lid 2", LegalTerm.Parse("2 weeks"), Today.AddDays(-daysAgo), 5, file!.InstanceIds[0],
            "KlokBeschikking", "consulent.noord", DateTimeOffset.UtcNow, profile: profile);
        await store.UpdateAsync(caseFileId, f => f.PutClock(clock));
    }

    private async Task StopClockAsync(string caseFileId, string name, DateOnly on)
    {
        var store = _host.Services.GetRequiredService<ICaseFileStore>();
        await store.UpdateAsync(caseFileId, f => f.PutClock(f.Clock(name)!.Apply(ClockAction.Stop, on, null, null, "consulent.noord", DateTimeOffset.UtcNow)));
    }
}

public sealed class IngebrekestellingApiSqliteTests(SqliteHost fixture) : IngebrekestellingApiTests(fixture), IClassFixture<SqliteHost>;

[Trait("Category", "PostgreSql")]
public sealed class IngebrekestellingApiPostgreSqlTests(PostgreSqlHost fixture) : IngebrekestellingApiTests(fixture), IClassFixture<PostgreSqlHost>;
