using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Casework.Worklist;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Persistence.Stores;
using RelatieWerkstroom.Persistence.Tests.Support;

namespace RelatieWerkstroom.Persistence.Tests.Worklist;

/// <summary>
/// The worklist a caseworker sees comes from the worklist table, paged in the database. Whatever happens to the tasks
/// and case files (opened, claimed, completed, clock suspended, case deleted, a database from before the table), it
/// must list exactly what reading the stores themselves lists: the same items, totals, counts and order, page by page.
/// Runs on every provider.
/// </summary>
public abstract class WorklistTableTests : DatabaseTest
{
    private static readonly User NoordConsulent = new("u-anna", "Anna", [Roles.Consulent], "wijkteam-noord");
    private static readonly User NoordConsulent2 = new("u-bram", "Bram", [Roles.Consulent], "wijkteam-noord");
    private static readonly User NoordTeamleider = new("u-tess", "Tess", [Roles.Teamleider], "wijkteam-noord");
    private static readonly User ZuidConsulent = new("u-zoe", "Zoë", [Roles.Consulent], "Wijkteam-Zuid");
    private static readonly User Jurist = new("u-jan", "Jan", [Roles.Jurist], "juridische-zaken");
    private static readonly User NoRoles = new("u-gast", "Gast", [], "wijkteam-noord");

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Worklist_AfterOpeningClaimingCompletingSuspendingAndDeleting_ListsWhatTheStoresHoldForEveryFilterAndPage()
    {
        await using var host = await OpenAsync();
        var cases = await OpenCaseloadAsync(host);
        await AssertSameAsStoresAsync(host, "after opening");

        // Claim one task, complete another (its next task opens), suspend a clock (no deadline: it sorts last), delete a case.
        var anna = await host.SendAsync(new GetWorklist.Query(NoordConsulent));
        await host.SendAsync(new ClaimTask.Command(NoordConsulent2, anna[1].BookmarkId));
        await host.SendAsync(new CompleteTask.Command(NoordConsulent, anna[0].BookmarkId, "Gereed", new JsonObject(), "op-complete"));
        await host.SendAsync(new ChangeClock.Command(NoordConsulent, cases[2], "beslistermijn", "suspend",
            "Aanvulling gevraagd", "Awb 4:15 lid 1 sub a"));
        await host.CaseFiles.DeleteAsync(cases[3]);
        await AssertSameAsStoresAsync(host, "after changes");

        var claimed = Assert.Single(await host.SendAsync(new GetWorklist.Query(NoordConsulent, Assignee: "u-bram")));
        Assert.Equal(anna[1].BookmarkId, claimed.BookmarkId);
        Assert.DoesNotContain(await host.SendAsync(new GetWorklist.Query(NoordConsulent)), i => i.BookmarkId == anna[0].BookmarkId);
        Assert.DoesNotContain(await host.SendAsync(new GetWorklist.Query(ZuidConsulent)), i => i.CaseFileId == cases[3]);
        var suspended = (await host.SendAsync(new GetWorklist.Query(NoordConsulent)))[^1];
        Assert.Equal((cases[2], null), (suspended.CaseFileId, suspended.Deadline));
    }

    [Fact]
    public async Task Worklist_OfADatabaseFromBeforeTheTable_IsFilledAtTheNextStart()
    {
        int expected;
        await using (var host = await OpenAsync())
        {
            await OpenCaseloadAsync(host);
            expected = (await host.SendAsync(new GetWorklist.Query(NoordConsulent))).Count;
            // What a database written by the previous version holds: the tasks, but no worklist rows.
            await using var db = await host.Services.GetRequiredService<IDbContextFactory<WerkstroomDbContext>>().CreateDbContextAsync();
            await db.WorklistEntries.ExecuteDeleteAsync();
            Assert.Empty(await host.SendAsync(new GetWorklist.Query(NoordConsulent)));
        }

        await using var restarted = await OpenAsync();
        Assert.True(expected > 3);
        Assert.Equal(expected, (await restarted.SendAsync(new GetWorklist.Query(NoordConsulent))).Count);
        await AssertSameAsStoresAsync(restarted, "after the rebuild");
    }

    private Task<CaseworkServices> OpenAsync() => CaseworkServices.OpenAsync(Options, _clock);

    // Cases in two teams (one with a team written in other capitals), a bezwaar case, tasks for different roles, with and
    // without a due date, opened on different days; returns the case file ids in the order they were opened.
    private async Task<List<string>> OpenCaseloadAsync(CaseworkServices host)
    {
        await host.ImportAsync(Line("wmo", Clock("2 weeks"), Task("gesprek", "Keukentafelgesprek", "consulent"),
            Task("verslag", "Verslag", "consulent", dueInWorkingDays: 3), CaseFlows.Discretion("dp", "afwijzen"),
            Suspension()));
        await host.ImportAsync(Line("jeugd", Clock("8 weeks"), Task("triage", "Triage", "consulent", dueInWorkingDays: 1),
            Task("akkoord", "Akkoord teamleider", "teamleider")));
        await host.ImportAsync(Line("bezwaar", Clock("6 weeks"), Task("horen", "Hoorzitting plannen", "jurist")));
        var opened = new List<string>();
        foreach (var (zaaktype, team, days) in (List<(string, string, int)>)[
            ("wmo", "wijkteam-noord", 0), ("jeugd", "wijkteam-noord", 1), ("wmo", "wijkteam-noord", 2), ("jeugd", "wijkteam-zuid", 2),
            ("wmo", "WIJKTEAM-ZUID", 3), ("bezwaar", "wijkteam-zuid", 4), ("bezwaar", "wijkteam-noord", 5), ("wmo", "wijkteam-noord", 6),
            ("jeugd", "wijkteam-noord", 6)])
        {
            _clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero).AddDays(days));
            var result = await host.SendAsync(new OpenCaseFile.Command(zaaktype, team, NoordConsulent, Title: $"Zaak {opened.Count + 1}"));
            opened.Add(result.CaseFileId);
        }
        _clock.SetUtcNow(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));
        return opened;
    }

    private static async Task AssertSameAsStoresAsync(CaseworkServices host, string when)
    {
        var table = host.Services.GetRequiredService<IWorklistReader>();
        Assert.IsType<EFCoreWorklistReader>(table);
        var stores = new StoreWorklistReader(host.Instances, host.CaseFiles);
        var requests = new List<WorklistRequest>();
        foreach (var user in (User[])[NoordConsulent, NoordConsulent2, NoordTeamleider, ZuidConsulent, Jurist, NoRoles])
        {
            requests.Add(new(user));
            requests.Add(new(user, AllRoles: true));
            requests.Add(new(user, Skip: 1, Take: 2));
            requests.Add(new(user, AllRoles: true, Skip: 3, Take: 3));
        }
        requests.Add(new(NoordTeamleider, Role: "consulent", AllRoles: true));
        requests.Add(new(NoordConsulent, Assignee: "u-bram"));
        requests.Add(new(NoordConsulent, DefinitionId: "jeugd"));
        requests.Add(new(NoordConsulent, DueBefore: new DateOnly(2026, 3, 10)));
        requests.Add(new(Jurist, Team: "WIJKTEAM-noord"));
        requests.Add(new(NoordConsulent, Team: "wijkteam-zuid"));

        var nonEmpty = 0;
        foreach (var request in requests)
        {
            var expected = await stores.ReadAsync(request);
            var actual = await table.ReadAsync(request);
            var label = $"{when}: {request.User.Id} {request with { User = null! }}";
            Assert.True(Text(expected) == Text(actual), $"{label}\nstores: {Text(expected)}\ntable:  {Text(actual)}");
            if (actual.Items.Count > 0) nonEmpty++;
        }
        Assert.True(nonEmpty > requests.Count / 2, $"{when}: most requests should list work, only {nonEmpty} did");
    }

    private static string Text(WorklistResult result) => JsonSerializer.Serialize(result);

    private static WorkflowDefinition Line(string definitionId, params JsonObject[] steps) => CaseFlows.Line(definitionId, steps);

    private static JsonObject Clock(string term) => CaseFlows.Clock("start", "start", term);

    // The workflow models an opschorting (Awb 4:15), so a caseworker may suspend its beslistermijn.
    private static JsonObject Suspension()
    {
        var step = CaseFlows.Clock("opschorten", "suspend");
        step["reason"] = Flows.Literal("String", "Aanvulling gevraagd");
        return step;
    }

    private static JsonObject Task(string id, string title, string role, int? dueInWorkingDays = null)
    {
        var inputs = new JsonObject { ["title"] = Flows.Literal("String", title), ["role"] = Flows.Literal("String", role) };
        if (dueInWorkingDays is { } days) inputs["dueInWorkingDays"] = Flows.Literal("Int32", days.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return CaseFlows.Step(id, "RelatieWerkstroom.HumanTask", "Gereed", inputs);
    }
}

/// <summary>Runs the worklist table tests on a SQLite file in a temporary folder.</summary>
public sealed class SqliteWorklistTableTests : WorklistTableTests
{
    protected override TestDatabase CreateDatabase() => TestDatabase.Sqlite();
}

/// <summary>Runs the worklist table tests on a PostgreSQL database named by WERKSTROOM_TEST_POSTGRES (see .ci/postgres.sh).</summary>
[Trait("Category", "PostgreSql")]
public sealed class PostgreSqlWorklistTableTests : WorklistTableTests
{
    protected override TestDatabase CreateDatabase() => TestDatabase.PostgreSql();
}
