using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Engine.LegalTime;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Web.Tests.Support;

namespace RelatieWerkstroom.Web.Tests.Dossiers;

/// <summary>
/// Awb 4:18 as work: after an ingebrekestelling the dwangsom runs until the decision (at most 42 days); once its last day
/// is known, "Dwangsom vaststellen" appears in the team's worklist, due two weeks after that day, and completing it puts
/// the vaststellingsbeschikking in the dossier. The days pass on a fake <see cref="TimeProvider"/> (the host's time
/// source); the test has the runtime fire the timers that are due, as the host's scheduler does.
/// </summary>
public abstract class DwangsomVaststellingApiTests(string database) : IAsyncLifetime
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    // Monday 2 March 2026, 10:00 in Amsterdam.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private TestHost _host = null!;

    public Task InitializeAsync()
    {
        _host = new TestHost(TestData.Of(database), ownsData: true) { TestServices = services => services.AddSingleton<TimeProvider>(_time) };
        _host.Server.BaseAddress.ToString();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_decision_17_days_into_the_dwangsom_puts_its_vaststelling_on_the_worklist_due_two_weeks_later_and_completing_it_writes_the_beschikking()
    {
        // The beslistermijn of two weeks ran from Monday 2 February 2026 to Monday 16 February. The ingebrekestelling came
        // on Monday 23 February: the dwangsom runs from two weeks after the later of expiry and receipt, Monday 9 March
        // (Awb 4:17 lid 3), at the 2019 tariff (received after 1 January 2019).
        var opened = await Cases.OpenAsync(_host, "wijkteam-noord");
        await PutClockAsync(opened.CaseFileId, new DateOnly(2026, 2, 2));
        using (var client = await _host.SignInAsync("consulent.noord"))
            await client.PostJsonAsync($"/api/cases/{opened.CaseFileId}/clocks/beslistermijn/ingebrekestelling", new { receivedOn = "2026-02-23" });

        // Friday 20 March, day 12 of the dwangsom: it still runs, so there is nothing to set yet.
        await OnAsync(new DateOnly(2026, 3, 20));
        Assert.Null(await VaststellingTaskAsync(opened.CaseFileId));

        // The decision comes on Thursday 26 March, 17 days after the dwangsom began. The day of the decision is not a day in
        // default, so the last day is Wednesday 25 March, day 17: 14 × € 23 + 3 × € 35 = € 322 + € 105 = € 427. The
        // vaststelling is due two weeks after the last day (4:18): Wednesday 8 April 2026, a working day (Easter Monday is
        // 6 April), so the Algemene termijnenwet moves nothing. The next morning's look finds the dwangsom stopped.
        await StopClockAsync(opened.CaseFileId, new DateOnly(2026, 3, 26));
        await OnAsync(new DateOnly(2026, 3, 27));
        var task = await VaststellingTaskAsync(opened.CaseFileId);
        Assert.NotNull(task);
        Assert.Equal("2026-04-08", task["deadline"]!.GetValue<string>());
        Assert.Equal("vaststellingstermijn-dwangsom", task["clockName"]!.GetValue<string>());
        var dwangsom = Clock(await DossierAsync(opened.CaseFileId), "beslistermijn")["dwangsom"]!;
        Assert.Equal(17, dwangsom["days"]!.GetValue<int>());
        Assert.Equal(427m, dwangsom["amount"]!.GetValue<decimal>());
        Assert.Equal("2026-04-08", dwangsom["vaststellingDueOn"]!.GetValue<string>());

        // Completed and sent on Thursday 2 April. Bezwaar: six weeks from the day after sending ends on Thursday 14 May 2026,
        // Ascension Day; Friday 15 May is equated to a holiday by royal decree (Atw art. 3 lid 3); then the weekend: the
        // bezwaarschrift is in time until Monday 18 May 2026.
        await OnAsync(new DateOnly(2026, 4, 2));
        using (var client = await _host.SignInAsync("consulent.noord"))
            await client.PostJsonAsync($"/api/tasks/{task["bookmarkId"]!.GetValue<string>()}/complete", new { action = "Gereed", fields = new { } });

        var dossier = await DossierAsync(opened.CaseFileId);
        var document = Assert.Single(dossier["documents"]!.AsArray(), d => d!["kind"]!.GetValue<string>() == "dwangsom-vaststelling")!;
        var text = await DocumentTextAsync(opened.CaseFileId, document["id"]!.GetValue<string>());
        Assert.Contains("een dwangsom van € 427,00 verschuldigd", text);
        Assert.Contains("| 14 (dag 1 tot en met 14) | € 23,00 | € 322,00 |", text);
        Assert.Contains("| 3 (dag 15 tot en met 17) | € 35,00 | € 105,00 |", text);
        Assert.Contains("van 9 maart 2026 tot en met 25 maart 2026", text);
        Assert.Contains("Wij ontvingen uw ingebrekestelling op 23 februari 2026", text);
        Assert.Contains("Wij hebben op 26 maart 2026 beslist", text);
        Assert.Contains("Stcrt. 2018, 65542", text);
        Assert.Contains("uiterlijk op 8 april 2026", text);
        Assert.Contains("Dit besluit is verzonden op donderdag 2 april 2026", text);
        Assert.Contains("uiterlijk op maandag 18 mei 2026 zijn ingediend", text);
        Assert.Null(await VaststellingTaskAsync(opened.CaseFileId));
        var vaststelling = Clock(dossier, "vaststellingstermijn-dwangsom");
        Assert.Equal("2026-04-08", vaststelling["deadline"]!.GetValue<string>());
        Assert.Equal("2026-04-02", vaststelling["stoppedOn"]!.GetValue<string>());
    }

    [Fact]
    public async Task When_the_42_days_have_passed_without_a_decision_the_vaststelling_is_work_at_once_for_the_maximum()
    {
        // Term 2–16 February 2026, ingebrekestelling 17 February: the dwangsom runs from 3 March for at most 42 days, to
        // Tuesday 13 April (4:17 lid 1; the Atw does not apply to the 42 days). Recorded late, on Monday 20 April, the
        // maximum is already reached: 14 × (€ 23 + € 35 + € 45) = € 1.442, due two weeks after 13 April: Monday 27 April
        // 2026, King's Day, a holiday, so the Atw moves it to Tuesday 28 April.
        var opened = await Cases.OpenAsync(_host, "wijkteam-noord");
        await PutClockAsync(opened.CaseFileId, new DateOnly(2026, 2, 2));
        await OnAsync(new DateOnly(2026, 4, 20));
        using (var client = await _host.SignInAsync("consulent.noord"))
            await client.PostJsonAsync($"/api/cases/{opened.CaseFileId}/clocks/beslistermijn/ingebrekestelling", new { receivedOn = "2026-02-17" });

        var task = await VaststellingTaskAsync(opened.CaseFileId);
        var dwangsom = Clock(await DossierAsync(opened.CaseFileId), "beslistermijn")["dwangsom"]!;

        Assert.NotNull(task);
        Assert.Equal(1442m, dwangsom["amount"]!.GetValue<decimal>());
        Assert.Equal("2026-04-13", dwangsom["lastDay"]!.GetValue<string>());
        Assert.Equal("2026-04-28", dwangsom["vaststellingDueOn"]!.GetValue<string>());
        Assert.Equal("2026-04-28", Clock(await DossierAsync(opened.CaseFileId), "vaststellingstermijn-dwangsom")["deadline"]!.GetValue<string>());
        // The beslistermijn itself still runs and is long overdue: the worklist shows that earlier deadline for the case.
        Assert.Equal("2026-02-16", task["deadline"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_decision_before_the_first_dwangsom_day_owes_nothing_and_puts_no_vaststelling_on_the_worklist()
    {
        // Ingebrekestelling on 23 February, so the dwangsom would run from 9 March; the decision comes on 5 March.
        var opened = await Cases.OpenAsync(_host, "wijkteam-noord");
        await PutClockAsync(opened.CaseFileId, new DateOnly(2026, 2, 2));
        using (var client = await _host.SignInAsync("consulent.noord"))
            await client.PostJsonAsync($"/api/cases/{opened.CaseFileId}/clocks/beslistermijn/ingebrekestelling", new { receivedOn = "2026-02-23" });
        await StopClockAsync(opened.CaseFileId, new DateOnly(2026, 3, 5));

        await OnAsync(new DateOnly(2026, 3, 6));
        await OnAsync(new DateOnly(2026, 3, 30));

        Assert.Null(await VaststellingTaskAsync(opened.CaseFileId));
        var dossier = await DossierAsync(opened.CaseFileId);
        Assert.Equal(0m, Clock(dossier, "beslistermijn")["dwangsom"]!["amount"]!.GetValue<decimal>());
        Assert.DoesNotContain(dossier["clocks"]!.AsArray(), c => c!["name"]!.GetValue<string>() == "vaststellingstermijn-dwangsom");
        var instance = await _host.Service<WorkflowRuntime>().Instances.FindAsync(DwangsomInstanceId(opened.CaseFileId));
        Assert.Equal(WorkflowStatus.Finished, instance!.Status);
    }

    // 10:00 in Amsterdam on that day; the timers due by then fire, as the host's scheduler would fire them.
    private async Task OnAsync(DateOnly day)
    {
        var utc = TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(10, 0)), Amsterdam);
        _time.SetUtcNow(new DateTimeOffset(utc, TimeSpan.Zero));
        await _host.Service<WorkflowRuntime>().ResumeDueTimersAsync(_time.GetUtcNow());
    }

    private async Task<JsonNode?> VaststellingTaskAsync(string caseFileId)
    {
        using var client = await _host.SignInAsync("consulent.noord");
        var page = await client.GetJsonAsync("/api/worklist?pageSize=200");
        return page["items"]!.AsArray().SingleOrDefault(i => i!["caseFileId"]!.GetValue<string>() == caseFileId && i["title"]!.GetValue<string>() == "Dwangsom vaststellen");
    }

    private async Task<JsonNode> DossierAsync(string caseFileId)
    {
        using var client = await _host.SignInAsync("consulent.noord");
        return await client.GetJsonAsync($"/api/cases/{caseFileId}");
    }

    private async Task<string> DocumentTextAsync(string caseFileId, string documentId)
    {
        using var client = await _host.SignInAsync("consulent.noord");
        var response = await client.GetAsync($"/api/cases/{caseFileId}/documents/{documentId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private string DwangsomInstanceId(string caseFileId)
    {
        var file = _host.Service<ICaseFileStore>().FindAsync(caseFileId).GetAwaiter().GetResult()!;
        return Casework.Dwangsom.DwangsomVaststelling.InstanceId(caseFileId, file.Clock("beslistermijn")!);
    }

    private static JsonNode Clock(JsonNode dossier, string name) =>
        dossier["clocks"]!.AsArray().Last(c => c!["name"]!.GetValue<string>() == name)!;

    // A beslistermijn of two weeks, as the workflow's LegalClock step would have started it.
    private async Task PutClockAsync(string caseFileId, DateOnly start)
    {
        var store = _host.Service<ICaseFileStore>();
        var file = await store.FindAsync(caseFileId);
        var profile = new ClockProfile(ClockOwedBy.Bestuursorgaan, ClockTermKind.Deadline, "national", VerdagingRule.None);
        var clock = CaseClock.Begin("beslistermijn", "Wmo 2015 art. 2.3.5 lid 2", LegalTerm.Parse("2 weeks"), start, 5, file!.InstanceIds[0],
            "KlokBeschikking", "consulent.noord", _time.GetUtcNow(), profile: profile);
        await store.UpdateAsync(caseFileId, f => f.PutClock(clock));
    }

    // The decision: the beslistermijn stops, as the workflow's LegalClock step stops it.
    private async Task StopClockAsync(string caseFileId, DateOnly on) =>
        await _host.Service<ICaseFileStore>().UpdateAsync(caseFileId,
            f => f.PutClock(f.Clock("beslistermijn")!.Apply(ClockAction.Stop, on, null, null, "consulent.noord", _time.GetUtcNow())));
}

public sealed class DwangsomVaststellingSqliteTests() : DwangsomVaststellingApiTests(Databases.Sqlite);

[Trait("Category", "PostgreSql")]
public sealed class DwangsomVaststellingPostgreSqlTests() : DwangsomVaststellingApiTests(Databases.PostgreSql);
