using System.Text.Json.Nodes;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Casework.Worklist;

namespace RelatieWerkstroom.Web.UiTests.Casework;

/// <summary>
/// Does the rest of a case's work the way a consulent would (default options, the "done" action of each task, every
/// required field filled in) through the host's own Casework requests, until the beschikking is sent: the browser
/// journeys act on the steps a person notices and hand the routine middle to this.
/// </summary>
public static class CaseDriver
{
    private static readonly string[] Preferred = ["Gereed", "Compleet", "Voldoet", "Ontvangen", "Geen wijziging"];

    /// <summary>Works the case of <paramref name="caseFileId"/> as <paramref name="userName"/> of <paramref name="team"/> until a beschikking was sent.</summary>
    public static async Task DriveUntilBeschikkingSentAsync(IServiceProvider services, string caseFileId, string userName, string team)
    {
        var user = new User(userName, userName, [Roles.Consulent, Roles.Jeugdconsulent, Roles.Backoffice, Roles.Klantcontact], team);
        for (var step = 0; step < 80; step++)
        {
            using var scope = services.CreateScope();
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            var dossier = await mediator.Send(new GetDossier.Query(user, caseFileId));
            if (dossier.Documents.Any(d => d.Kind == "beschikking") && dossier.Clocks.Any(c => c.Name == "bezwaartermijn")) return;
            var open = dossier.OpenTasks.FirstOrDefault()
                ?? throw new InvalidOperationException($"case {caseFileId} waits on nothing a person can do, and no beschikking was sent");
            var task = await mediator.Send(new GetTask.Query(user, open.BookmarkId));
            if (task.Kind == "DiscretionPoint")
            {
                var option = task.Details["defaultOption"]!.GetValue<string>();
                var reason = task.Details["reasonRequired"]?.GetValue<bool>() == true ? "De standaardkeuze past bij deze situatie." : null;
                await mediator.Send(new DecideDiscretionPoint.Command(user, task.BookmarkId, option, reason, Guid.NewGuid().ToString("N")));
                continue;
            }
            await mediator.Send(new ClaimTask.Command(user, task.BookmarkId));
            var actions = (task.Details["actions"] as JsonArray ?? []).Select(a => a!.GetValue<string>()).ToList();
            var action = Preferred.FirstOrDefault(actions.Contains) ?? actions.FirstOrDefault() ?? "Gereed";
            await mediator.Send(new CompleteTask.Command(user, task.BookmarkId, action, Fill(task.Details["formFields"] as JsonArray ?? []),
                Guid.NewGuid().ToString("N")));
        }
        throw new InvalidOperationException($"case {caseFileId} did not reach a sent beschikking in 80 steps");
    }

    // Every required field gets a value of its type, as a person filling in the form would.
    private static JsonObject Fill(JsonArray fields)
    {
        var values = new JsonObject();
        foreach (var field in fields.OfType<JsonObject>().Where(f => f["required"]?.GetValue<bool>() == true))
        {
            values[field["name"]!.GetValue<string>()] = (field["type"]?.GetValue<string>() ?? "text").ToLowerInvariant() switch
            {
                "number" => 1,
                "boolean" => true,
                "date" => DateTime.UtcNow.ToString("yyyy-MM-dd"),
                "choice" => field["options"]?.AsArray().FirstOrDefault()?.DeepClone(),
                _ => "ingevuld",
            };
        }
        return values;
    }
}
