using System.Net;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Web.Tests.Support;

namespace RelatieWerkstroom.Web.Tests.Instances;

public abstract class InstancesApiTests(DatabaseHost fixture)
{
    private const string PlantedBsn = "123456782";
    private const string PlantedName = "Jolanda Geheimhouding";

    private readonly TestHost _host = fixture.Host;

    [Fact]
    public async Task A_designer_filters_instances_by_workflow_and_status_a_page_at_a_time()
    {
        var opened = new List<string>();
        for (var i = 0; i < 3; i++) opened.Add((await Cases.OpenAsync(_host, "wijkteam-noord")).CaseFileId);
        using var designer = await _host.SignInAsync("ontwerper");

        var first = await designer.GetJsonAsync($"/api/instances?definitionId={Cases.WmoWorkflow}&status=Suspended&page=1&pageSize=2");
        var second = await designer.GetJsonAsync($"/api/instances?definitionId={Cases.WmoWorkflow}&status=suspended&page=2&pageSize=2");

        Assert.True(first["total"]!.GetValue<int>() >= 3);
        var items = first["items"]!.AsArray().Concat(second["items"]!.AsArray()).ToList();
        Assert.Equal(2, first["items"]!.AsArray().Count);
        Assert.All(items, i =>
        {
            Assert.Equal(Cases.WmoWorkflow, i!["definitionId"]!.GetValue<string>());
            Assert.Equal("Suspended", i["status"]!.GetValue<string>());
        });
        Assert.Equal(items.Count, items.Select(i => i!["id"]!.GetValue<string>()).Distinct().Count());
    }

    [Fact]
    public async Task An_unknown_status_or_page_size_is_a_problem_naming_the_parameter()
    {
        using var designer = await _host.SignInAsync("ontwerper");

        var problem = await ApiClient.ProblemOf(await designer.GetAsync("/api/instances?status=Kapot&pageSize=0"), HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["status"]);
        Assert.NotNull(problem["errors"]!["pageSize"]);
    }

    [Fact]
    public async Task One_instance_shows_where_it_waits_and_its_journal_as_the_designer_s_instance_view_reads_them()
    {
        var opened = await Cases.OpenAsync(_host, "wijkteam-noord");
        using var designer = await _host.SignInAsync("ontwerper");
        var instanceId = await InstanceOfAsync(designer, opened.CaseFileId);

        var instance = await designer.GetJsonAsync($"/api/instances/{instanceId}");
        var journal = (await designer.GetJsonAsync($"/api/instances/{instanceId}/journal")).AsArray();

        Assert.Equal(Cases.WmoWorkflow, instance["definitionId"]!.GetValue<string>());
        Assert.True(instance["definitionVersion"]!.GetValue<int>() >= 1);
        Assert.Equal("Suspended", instance["status"]!.GetValue<string>());
        var bookmark = Assert.Single(instance["bookmarks"]!.AsArray());
        Assert.Equal("DiscretionPoint", bookmark!["kind"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(bookmark!["activityId"]!.GetValue<string>()));
        Assert.Contains(journal, r => r!["kind"]!.GetValue<string>() == "InstanceStarted");
        Assert.Contains(journal, r => r!["kind"]!.GetValue<string>() == "ActivityCompleted" && r["activityId"] is not null);
        var sequences = journal.Select(r => r!["sequence"]!.GetValue<long>()).ToList();
        Assert.Equal(sequences.Order(), sequences);
    }

    [Fact]
    public async Task An_unknown_instance_is_a_404_problem()
    {
        using var designer = await _host.SignInAsync("ontwerper");

        var problem = await ApiClient.ProblemOf(await designer.GetAsync("/api/instances/bestaat-niet"), HttpStatusCode.NotFound);

        Assert.Contains("bestaat-niet", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_auditor_reads_instances_and_journals_without_the_BSN_name_case_or_people_behind_them()
    {
        var opened = await Cases.OpenAsync(_host, "wijkteam-zuid", bsn: PlantedBsn, name: PlantedName);
        using var designer = await _host.SignInAsync("ontwerper");
        var instanceId = await InstanceOfAsync(designer, opened.CaseFileId);
        await PlantPersonalDataAsync(instanceId);
        var faulted = await StartFaultingAsync($"Geen adres voor {PlantedName} ({PlantedBsn})");
        using var auditor = await _host.SignInAsync("auditor");

        var texts = new List<string>();
        foreach (var path in new[]
        {
            "/api/instances?pageSize=200", $"/api/instances?status=Faulted&pageSize=200",
            $"/api/instances/{instanceId}", $"/api/instances/{instanceId}/journal",
            $"/api/instances/{faulted}", $"/api/instances/{faulted}/journal",
        })
        {
            var response = await auditor.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            texts.Add(await response.Content.ReadAsStringAsync());
        }

        Assert.All(texts, text =>
        {
            Assert.DoesNotContain(PlantedBsn, text);
            Assert.DoesNotContain(PlantedName, text);
            Assert.DoesNotContain("Geheimhouding", text);
            Assert.DoesNotContain(opened.CaseFileId, text);
            Assert.DoesNotContain("consulent.noord", text);
        });
        // The journal itself is still there for the auditor: the planted step, by an unnamed medewerker.
        var journal = JsonNode.Parse(texts[3])!.AsArray();
        Assert.Contains(journal, r => r!["kind"]!.GetValue<string>() == "FormSubmitted" && r["actor"]!.GetValue<string>() == "medewerker");
        // An administrator does see what went wrong, to repair it.
        using var beheerder = await _host.SignInAsync("beheerder");
        var incident = (await beheerder.GetJsonAsync($"/api/instances/{faulted}"))["incidents"]![0]!;
        Assert.Contains(PlantedName, incident["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_administrator_retries_a_faulted_instance_and_it_goes_on_from_the_fault()
    {
        var faulted = await StartFaultingAsync("tijdelijke storing");
        using var beheerder = await _host.SignInAsync("beheerder");
        var listed = await beheerder.GetJsonAsync("/api/instances?status=Faulted&pageSize=200");
        var item = Assert.Single(listed["items"]!.AsArray(), i => i!["id"]!.GetValue<string>() == faulted);
        Assert.Equal("Script1", item!["incident"]!["activityId"]!.GetValue<string>());
        Assert.Equal("Controleer gegevens", item["incident"]!["activityName"]!.GetValue<string>()); // the Incidenten screen's "Stap"
        Assert.Contains("tijdelijke storing", item["incident"]!["message"]!.GetValue<string>());
        // The error, not the JavaScript that threw it: the administrator repairs a cause, not a script.
        Assert.DoesNotContain("setAttempt", item["incident"]!["message"]!.GetValue<string>());
        Assert.DoesNotContain("script", item["incident"]!["message"]!.GetValue<string>());

        var retried = await beheerder.PostJsonAsync($"/api/instances/{faulted}/retry");

        Assert.Equal("Finished", retried["status"]!.GetValue<string>());
        var instance = await beheerder.GetJsonAsync($"/api/instances/{faulted}");
        Assert.Equal("Finished", instance["status"]!.GetValue<string>());
        var incident = Assert.Single(instance["incidents"]!.AsArray());
        Assert.False(incident!["open"]!.GetValue<bool>());
        Assert.Equal("JavaScript error: Error: tijdelijke storing", incident["message"]!.GetValue<string>());
        var again = await ApiClient.ProblemOf(await beheerder.PostAsync($"/api/instances/{faulted}/retry"), HttpStatusCode.Conflict);
        Assert.Contains("Finished", again["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Retrying_an_instance_that_is_not_faulted_is_a_409_and_changes_nothing()
    {
        var opened = await Cases.OpenAsync(_host, "wijkteam-noord");
        using var beheerder = await _host.SignInAsync("beheerder");
        var instanceId = await InstanceOfAsync(beheerder, opened.CaseFileId);
        var before = (await beheerder.GetJsonAsync($"/api/instances/{instanceId}/journal")).AsArray().Count;

        await ApiClient.ProblemOf(await beheerder.PostAsync($"/api/instances/{instanceId}/retry"), HttpStatusCode.Conflict);

        Assert.Equal(before, (await beheerder.GetJsonAsync($"/api/instances/{instanceId}/journal")).AsArray().Count);
        Assert.Equal("Suspended", (await beheerder.GetJsonAsync($"/api/instances/{instanceId}"))["status"]!.GetValue<string>());
    }

    private async Task<string> InstanceOfAsync(ApiClient client, string caseFileId)
    {
        var page = await client.GetJsonAsync($"/api/instances?definitionId={Cases.WmoWorkflow}&pageSize=200");
        return page["items"]!.AsArray().Single(i => i!["caseFileId"]?.GetValue<string>() == caseFileId)!["id"]!.GetValue<string>();
    }

    // A journal event whose payload carries what a form may hold: a BSN, a name, free text.
    private async Task PlantPersonalDataAsync(string instanceId)
    {
        var store = _host.Service<IWorkflowInstanceStore>();
        var instance = (await store.FindAsync(instanceId))!;
        await store.CommitAsync(new BurstCommit([], [new JournalEntry
        {
            InstanceId = instance.Id, DefinitionId = instance.DefinitionId, DefinitionVersion = instance.DefinitionVersion,
            ActivityId = "planted", ActivityType = "RelatieWerkstroom.HumanTask", Kind = "FormSubmitted", Actor = "consulent.noord",
            Timestamp = DateTimeOffset.UtcNow, CorrelationId = instance.CorrelationId,
            PayloadJson = new JsonObject { ["bsn"] = PlantedBsn, ["naam"] = PlantedName, ["toelichting"] = $"{PlantedName} woont alleen" }.ToJsonString(),
        }], null));
    }

    private async Task<string> StartFaultingAsync(string message)
    {
        var definition = Workflows.FaultsOnce(message);
        await _host.Service<DefinitionService>().ImportAsync([("test", definition)], publish: true);
        var started = await _host.Service<WorkflowRuntime>().StartAsync(definition.DefinitionId);
        Assert.Equal(WorkflowStatus.Faulted, started.Status);
        return started.InstanceId;
    }
}

public sealed class InstancesApiSqliteTests(SqliteHost fixture) : InstancesApiTests(fixture), IClassFixture<SqliteHost>;

[Trait("Category", "PostgreSql")]
public sealed class InstancesApiPostgreSqlTests(PostgreSqlHost fixture) : InstancesApiTests(fixture), IClassFixture<PostgreSqlHost>;
