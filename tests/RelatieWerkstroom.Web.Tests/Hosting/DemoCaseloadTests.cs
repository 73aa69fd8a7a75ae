using System.Text.Json.Nodes;
using RelatieWerkstroom.Web.Tests.Support;

namespace RelatieWerkstroom.Web.Tests.Hosting;

public abstract class DemoCaseloadTests(string database)
{
    private static readonly Dictionary<string, string?> SmallCaseload = new()
    {
        ["Werkstroom:DemoSeed:Cases"] = "60",
        ["Werkstroom:DemoSeed:Months"] = "2",
    };

    [Fact]
    public async Task The_first_start_in_demo_mode_fills_the_worklists_of_both_wijkteams_and_a_restart_keeps_them_without_seeding_again()
    {
        await using var data = TestData.Of(database);
        string claimed;
        List<string> noordBefore;
        await using (var first = new TestHost(data, SmallCaseload))
        {
            using var noord = await first.SignInAsync("consulent.noord");
            using var zuid = await first.SignInAsync("consulent.zuid");
            var noordPage = await noord.GetJsonAsync("/api/worklist?pageSize=200");
            var zuidPage = await zuid.GetJsonAsync("/api/worklist?pageSize=200");

            Assert.NotEmpty(noordPage["items"]!.AsArray());
            Assert.NotEmpty(zuidPage["items"]!.AsArray());
            Assert.All(noordPage["items"]!.AsArray(), i => Assert.Equal("wijkteam-noord", i!["team"]!.GetValue<string>()));
            // The legal clocks run relative to today: some work is due from today on.
            var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");
            Assert.Contains(noordPage["items"]!.AsArray().Concat(zuidPage["items"]!.AsArray()),
                i => i!["deadline"] is JsonValue d && string.CompareOrdinal(d.GetValue<string>(), today) >= 0);

            claimed = Unclaimed(noordPage).First();
            await noord.PostJsonAsync($"/api/tasks/{claimed}/claim");
            noordBefore = Ids(await noord.GetJsonAsync("/api/worklist?pageSize=200"));
        }

        await using var second = new TestHost(data, SmallCaseload);
        using var again = await second.SignInAsync("consulent.noord");
        var after = await again.GetJsonAsync("/api/worklist?pageSize=200");

        Assert.Equal(noordBefore, Ids(after));
        var task = await again.GetJsonAsync($"/api/tasks/{claimed}");
        Assert.Equal("consulent.noord", task["assignedTo"]?.GetValue<string>());
    }

    [Fact]
    public async Task With_the_demo_caseload_switched_off_the_worklists_start_empty()
    {
        await using var host = TestHost.Of(database, new Dictionary<string, string?> { ["Werkstroom:DemoSeed:Enabled"] = "false", ["Werkstroom:DemoSeed:Cases"] = "60" });
        using var noord = await host.SignInAsync("consulent.noord");

        var page = await noord.GetJsonAsync("/api/worklist");

        Assert.Empty(page["items"]!.AsArray());
    }

    private static List<string> Ids(JsonNode page) => page["items"]!.AsArray().Select(i => i!["bookmarkId"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();

    private static IEnumerable<string> Unclaimed(JsonNode page) =>
        page["items"]!.AsArray().Where(i => i!["assignedTo"] is null && i["kind"]!.GetValue<string>() == "HumanTask")
            .Select(i => i!["bookmarkId"]!.GetValue<string>());
}

public sealed class DemoCaseloadSqliteTests() : DemoCaseloadTests(Databases.Sqlite);

[Trait("Category", "PostgreSql")]
public sealed class DemoCaseloadPostgreSqlTests() : DemoCaseloadTests(Databases.PostgreSql);
