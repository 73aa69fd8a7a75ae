using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Tests.Support;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Casework.Validation;
using RelatieWerkstroom.Casework.Worklist;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Casework.Tests.ReferenceWorkflows;

/// <summary>Refused actions on a real RW-1 case leave the instance, the journal and the case file exactly as they were.</summary>
public sealed class ReferenceWorkflowRefusalTests
{
    private const string DefinitionId = "rw1-wmo-maatwerkvoorziening";

    public static TheoryData<string, string> Refusals => new()
    {
        { "discretion point decided by a role not allowed", "role not allowed" },
        { "deviation from the default without a reason", "reason required when deviating from the default" },
        { "task completed by a role not allowed", "role not allowed" },
        { "task completed without a required field", "Verplicht veld 'gespreksdatum' ontbreekt" },
        { "task completed with a field of the wrong type", "date yyyy-MM-dd expected" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Refused_OnReferenceCase_LeavesInstanceJournalAndCaseFileUnchanged(string refusal, string why)
    {
        // Arrange: an RW-1 case waiting at RW1-DP1 (triage), or one step further at the first task of the onderzoek.
        using var host = await ReferenceWorkflowHost.CreateAsync();
        var team = Teams.WijkteamNoord(host);
        var consulent = team.For(Roles.Consulent);
        var opened = await host.SendAsync(new OpenCaseFile.Command("wmo-maatwerkvoorziening", team.Team, consulent,
            new OpenCaseFile.SubjectData(CaseDriver.Citizen.Bsn, CaseDriver.Citizen.Name), "Ondersteuning thuis", DefinitionId: DefinitionId));
        var atTask = refusal.StartsWith("task", StringComparison.Ordinal);
        var item = await OpenItemAsync(host, consulent, opened.CaseFileId);
        if (atTask)
        {
            await host.SendAsync(new DecideDiscretionPoint.Command(consulent, item.BookmarkId, "onderzoek", null, "triage"));
            item = await OpenItemAsync(host, consulent, opened.CaseFileId);
            Assert.Equal("GesprekVoorbereiden", item.ActivityId);
        }
        else
        {
            Assert.Equal("DpTriage", item.ActivityId);
        }
        // The consulent holds the task, except when someone without the role tries it (who could not claim it either).
        if (!refusal.Contains("role not allowed", StringComparison.Ordinal)) await host.SendAsync(new ClaimTask.Command(consulent, item.BookmarkId));
        var complete = new JsonObject
        {
            ["persoonlijkPlanBesproken"] = true, ["clientondersteuningAangeboden"] = true, ["pgbToegelicht"] = true,
            ["eigenBijdrageToegelicht"] = false, ["gespreksdatum"] = "2026-03-05",
        };
        var before = await host.SnapshotAsync(opened.CaseFileId, opened.InstanceId);

        // Act
        Func<Task> act = refusal switch
        {
            "discretion point decided by a role not allowed" =>
                () => host.SendAsync(new DecideDiscretionPoint.Command(team.For(Roles.Backoffice), item.BookmarkId, "onderzoek", null, "op-1")),
            "deviation from the default without a reason" =>
                () => host.SendAsync(new DecideDiscretionPoint.Command(consulent, item.BookmarkId, "advies", null, "op-1")),
            "task completed by a role not allowed" =>
                () => host.SendAsync(new CompleteTask.Command(team.For(Roles.Backoffice), item.BookmarkId, "Gereed", complete, "op-1")),
            "task completed without a required field" =>
                () => host.SendAsync(new CompleteTask.Command(consulent, item.BookmarkId, "Gereed", Without(complete, "gespreksdatum"), "op-1")),
            _ => () => host.SendAsync(new CompleteTask.Command(consulent, item.BookmarkId, "Gereed", With(complete, "gespreksdatum", "5 maart"), "op-1")),
        };
        var refused = await Record.ExceptionAsync(act);

        // Assert
        Assert.NotNull(refused);
        Assert.True(refused is ResumeRejectedException or CaseworkRefusedException, $"expected a refusal, got {refused.GetType().Name}: {refused.Message}");
        Assert.Contains(why, refused.Message);
        Assert.Equal(before, await host.SnapshotAsync(opened.CaseFileId, opened.InstanceId));
        // The refusal did not use up the task: done properly, it goes through.
        var done = atTask
            ? await host.SendAsync(new CompleteTask.Command(consulent, item.BookmarkId, "Gereed", complete, "op-2"))
            : await host.SendAsync(new DecideDiscretionPoint.Command(consulent, item.BookmarkId, "advies", "Inwoner is geholpen met advies.", "op-2"));
        Assert.Equal(WorkflowStatus.Suspended, done.Status);
        Assert.NotEqual(before.Version, (await host.SnapshotAsync(opened.CaseFileId, opened.InstanceId)).Version);
    }

    private static async Task<WorklistItem> OpenItemAsync(ReferenceWorkflowHost host, User user, string caseFileId) =>
        Assert.Single(await host.SendAsync(new GetWorklist.Query(user)), i => i.CaseFileId == caseFileId);

    private static JsonObject Without(JsonObject fields, string name)
    {
        var copy = (JsonObject)fields.DeepClone();
        copy.Remove(name);
        return copy;
    }

    private static JsonObject With(JsonObject fields, string name, string value)
    {
        var copy = (JsonObject)fields.DeepClone();
        copy[name] = value;
        return copy;
    }
}
