using MediatR;
using Microsoft.Extensions.DependencyInjection;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Users;

namespace RelatieWerkstroom.Web.UiTests.Casework;

/// <summary>Takes in a melding in the running host as a consulent of a team would (for journeys that start elsewhere).</summary>
public static class Cases
{
    /// <summary>Opens a Wmo melding for <paramref name="team"/> as <paramref name="userName"/>; returns the case file id.</summary>
    public static async Task<string> OpenWmoMeldingAsync(IServiceProvider services, string userName, string team, string title)
    {
        using var scope = services.CreateScope();
        var user = new User(userName, userName, [Roles.Consulent, Roles.Backoffice], team);
        var opened = await scope.ServiceProvider.GetRequiredService<IMediator>()
            .Send(new OpenIntake.Command(user, "wmo-melding", TestCitizens.NewBsn(), "Bert Proefpersoon", title));
        return opened.CaseFileId;
    }

    /// <summary>The first open task of a case file, as a consulent of its team sees it in the dossier.</summary>
    public static async Task<string> FirstOpenTaskAsync(IServiceProvider services, string userName, string team, string caseFileId)
    {
        using var scope = services.CreateScope();
        var user = new User(userName, userName, [Roles.Consulent], team);
        var dossier = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetDossier.Query(user, caseFileId));
        return dossier.OpenTasks.First().BookmarkId;
    }
}
