using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Time;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Casework.Worklist;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Casework.Tests.Support;

/// <summary>
/// Plays the team of one case: opens it with <c>OpenCaseFile</c>, then takes the next item from the members' worklists
/// (<c>GetWorklist</c> → <c>ClaimTask</c> → <c>CompleteTask</c> or <c>DecideDiscretionPoint</c>), lets a bezwaarschrift
/// arrive when the plan says so, and otherwise moves the fake clock to the next timer, until every instance of the case
/// has finished. Anything else (a fault, a task nobody may take, a loop) fails the run with what was open.
/// </summary>
public sealed class CaseDriver(ReferenceWorkflowHost host, CaseTeam team)
{
    /// <summary>A fictional citizen; the BSN passes the elfproef and is not a real person's.</summary>
    public static readonly (string Bsn, string Name) Citizen = ("111222333", "Jan Proefpersoon");

    private const int MaxSteps = 400;
    private const int MaxVisits = 6;

    private long _journalSeen;

    public async Task<CaseRun> RunAsync(CaseStart start, RunPlan plan)
    {
        var opener = team.Members[0];
        var variables = plan.Variables?.ToDictionary(v => v.Key, v => (JsonNode?)JsonValue.Create(v.Value));
        var opened = await host.SendAsync(new OpenCaseFile.Command(start.Zaaktype, team.Team, opener,
            start.WithSubject ? new OpenCaseFile.SubjectData(Citizen.Bsn, Citizen.Name) : null, start.Title,
            DefinitionId: start.DefinitionId, Variables: variables));
        var run = new CaseRun
        {
            Plan = plan,
            CaseFileId = opened.CaseFileId,
            InstanceId = opened.InstanceId,
            Subject = start.WithSubject ? Citizen : null,
        };

        var visits = new Dictionary<(string Instance, string Activity), int>();
        var steps = 0;
        for (; steps < MaxSteps; steps++)
        {
            await EnsureNoFaultAsync(run);
            var open = await host.Instances.FindBookmarksAsync(new BookmarkFilter(CorrelationId: run.CaseFileId));
            if (open.Count == 0) break;

            if (await NextWorkAsync(run.CaseFileId) is { } work)
            {
                await ActAsync(run, plan, work.User, work.Item, visits);
                continue;
            }
            if (open.FirstOrDefault(b => b.Bookmark.Kind is CaseworkBookmarkKinds.HumanTask or CaseworkBookmarkKinds.DiscretionPoint) is { } orphan)
                throw Fail(run, $"nobody in team {team.Team} may act on {orphan.DefinitionId}/{orphan.Bookmark.ActivityId} " +
                    $"(roles: {string.Join(", ", new OpenTask(orphan, (await host.CaseFiles.FindAsync(run.CaseFileId))!).Roles)})", open);

            var bezwaar = open.FirstOrDefault(b => b.Bookmark.Kind == BookmarkKinds.Event && b.Bookmark.Name == "BezwaarOntvangen");
            if (plan.Bezwaar && bezwaar is not null && !run.EventsTriggered.Contains("BezwaarOntvangen"))
            {
                await host.Runtime.TriggerEventAsync("BezwaarOntvangen", correlationId: run.CaseFileId, operationId: $"bezwaar-{run.CaseFileId}");
                run.EventsTriggered.Add("BezwaarOntvangen");
                continue;
            }
            var timer = open.Where(b => b.Bookmark.DueAt is not null).MinBy(b => b.Bookmark.DueAt);
            if (timer is null) throw Fail(run, "the case waits, but not for a person, a bezwaarschrift or a timer", open);
            if (timer.Bookmark.DueAt > host.Clock.GetUtcNow()) host.Clock.SetUtcNow(timer.Bookmark.DueAt!.Value);
            await host.Runtime.ResumeDueTimersAsync(host.Clock.GetUtcNow());
            run.TimersFired++;
        }
        if (steps == MaxSteps)
            throw Fail(run, $"not finished after {MaxSteps} steps", await host.Instances.FindBookmarksAsync(new BookmarkFilter(CorrelationId: run.CaseFileId)));

        run.CaseFile = (await host.CaseFiles.FindAsync(run.CaseFileId))!;
        run.Messages = await host.Outbox.FindByCaseFileAsync(run.CaseFileId);
        run.Journal = await host.JournalAsync(run.CaseFileId);
        var instances = new List<WorkflowInstance>();
        foreach (var id in run.Journal.Select(e => e.InstanceId).Distinct()) instances.Add((await host.Instances.FindAsync(id))!);
        run.Instances = instances;
        return run;
    }

    /// <summary>The first item on a member's worklist for this case (members in fixed order, each list earliest deadline first).</summary>
    private async Task<(User User, WorklistItem Item)?> NextWorkAsync(string caseFileId)
    {
        foreach (var member in team.Members)
        {
            var items = await host.SendAsync(new GetWorklist.Query(member));
            if (items.FirstOrDefault(i => i.CaseFileId == caseFileId) is { } item) return (member, item);
        }
        return null;
    }

    private async Task ActAsync(CaseRun run, RunPlan plan, User user, WorklistItem item, Dictionary<(string, string), int> visits)
    {
        var key = (item.InstanceId, item.ActivityId);
        var visit = visits[key] = visits.GetValueOrDefault(key) + 1;
        if (visit > MaxVisits) throw Fail(run, $"{item.DefinitionId}/{item.ActivityId} came up {visit} times: the plan loops", []);
        var payload = (await host.Instances.FindBookmarkAsync(item.BookmarkId))!.Bookmark.Payload ?? new JsonObject();
        var role = user.Roles[0];

        await host.SendAsync(new ClaimTask.Command(user, item.BookmarkId));
        var operationId = $"{item.BookmarkId}:{user.Id}";
        RunResult result;
        if (item.Kind == CaseworkBookmarkKinds.HumanTask)
        {
            var action = plan.ActionFor(item.DefinitionId, item.ActivityId, visit - 1) ?? item.Choices[0];
            if (!item.Choices.Contains(action))
                throw Fail(run, $"plan action '{action}' is not one of {item.DefinitionId}/{item.ActivityId}'s actions: {string.Join(", ", item.Choices)}", []);
            var fields = FormFiller.Fill(payload["formFields"] as JsonArray, DutchTime.Today(host.Clock.GetUtcNow()));
            result = await host.SendAsync(new CompleteTask.Command(user, item.BookmarkId, action, fields, operationId));
            run.Tasks.Add(new TaskDone(item.DefinitionId, item.ActivityId, action, role));
        }
        else
        {
            var discretionId = (string)payload["discretionId"]!;
            var offeredDefault = item.DefaultOption ?? throw Fail(run, $"{discretionId} shows no default on the worklist", []);
            var option = plan.Choices.GetValueOrDefault(discretionId) ?? offeredDefault;
            var reasonRequired = payload["reasonRequired"]?.GetValue<bool>() == true;
            // Awb 4:84: deviating from the (local) default needs a reason; a point may ask one for every choice.
            var reason = option != offeredDefault ? $"Afweging bij {discretionId}: '{option}' past hier beter dan '{offeredDefault}'."
                : reasonRequired ? $"Afweging bij {discretionId}: '{option}' past bij de situatie."
                : null;
            result = await host.SendAsync(new DecideDiscretionPoint.Command(user, item.BookmarkId, option, reason, operationId));
            run.Decisions.Add(new DecisionMade(item.DefinitionId, item.ActivityId, item.InstanceId, discretionId, option, offeredDefault, reason, role));
        }
        if (result.Status == WorkflowStatus.Faulted)
            throw Fail(run, $"{item.DefinitionId}/{item.ActivityId} faulted: {result.Incident?.Message}", []);
    }

    private async Task EnsureNoFaultAsync(CaseRun run)
    {
        await foreach (var e in host.Instances.ReadAsync(_journalSeen))
        {
            _journalSeen = e.Sequence;
            if (e.CorrelationId != run.CaseFileId || e.Kind != JournalEvents.ActivityFaulted) continue;
            var instance = await host.Instances.FindAsync(e.InstanceId);
            throw Fail(run, $"{e.DefinitionId}/{e.ActivityId} faulted: {instance?.Incident?.Message ?? e.PayloadJson}", []);
        }
    }

    private static Exception Fail(CaseRun run, string problem, IReadOnlyList<StoredBookmark> open) =>
        new InvalidOperationException(
            $"{run.Plan}: {problem}.\nDecided: {string.Join(", ", run.Decisions.Select(d => $"{d.DiscretionId}={d.Option}"))}" +
            $"\nTasks: {string.Join(", ", run.Tasks.Select(t => $"{t.ActivityId}:{t.Action}"))}" +
            (open.Count == 0 ? "" : $"\nOpen: {string.Join(", ", open.Select(b => $"{b.DefinitionId}/{b.Bookmark.ActivityId} ({b.Bookmark.Kind})"))}"));
}
