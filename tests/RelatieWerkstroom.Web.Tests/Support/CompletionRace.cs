using System.Net;
using System.Text.Json.Nodes;

namespace RelatieWerkstroom.Web.Tests.Support;

/// <summary>Two people completing one task at the same moment, each through their own client (maybe on different nodes).</summary>
public static class CompletionRace
{
    /// <summary>
    /// Sends both completions at once and checks what a user must see: one succeeds, the other gets a 409 problem naming
    /// the winner. Returns the winner's user name.
    /// </summary>
    public static async Task<string> RunAsync(OpenTasks.Ready task, (ApiClient Client, string User) first, (ApiClient Client, string User) second)
    {
        var body = new { action = task.Action, fields = task.Fields };
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async Task<(string User, HttpResponseMessage Response)> Complete(ApiClient client, string user)
        {
            await start.Task;
            return (user, await client.PostAsync($"/api/tasks/{task.BookmarkId}/complete", body));
        }
        var racing = new[] { Complete(first.Client, first.User), Complete(second.Client, second.User) };
        start.SetResult();
        var answers = await Task.WhenAll(racing);

        var won = Assert.Single(answers, a => a.Response.StatusCode == HttpStatusCode.OK);
        var lost = Assert.Single(answers, a => a.Response.StatusCode != HttpStatusCode.OK);
        var problem = await ApiClient.ProblemOf(lost.Response, HttpStatusCode.Conflict);
        Assert.Equal(won.User, problem["handledBy"]!.GetValue<string>());
        Assert.Contains(won.User, problem["detail"]!.GetValue<string>());
        return won.User;
    }
}
