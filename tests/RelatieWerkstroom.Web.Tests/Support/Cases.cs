using MediatR;
using Microsoft.Extensions.DependencyInjection;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Users;

namespace RelatieWerkstroom.Web.Tests.Support;

/// <summary>Opens cases in a running host through Casework, the way the host's own endpoints do.</summary>
public static class Cases
{
    /// <summary>The Wmo zaaktype (RW-1), whose first step is work for a consulent.</summary>
    public const string Wmo = "wmo-maatwerkvoorziening";

    /// <summary>RW-1's definition id.</summary>
    public const string WmoWorkflow = "rw1-wmo-maatwerkvoorziening";

    /// <summary>Opens a case of <paramref name="zaaktype"/> for <paramref name="team"/> about a made-up citizen.</summary>
    public static async Task<OpenCaseFile.Result> OpenAsync(TestHost host, string team, string zaaktype = Wmo, string definitionId = WmoWorkflow,
        string bsn = "111222333", string name = "Test Persoon")
    {
        using var scope = host.Services.CreateScope();
        var opener = new User("consulent.test", "Test", [Roles.Consulent], team);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(
            new OpenCaseFile.Command(zaaktype, team, opener, new OpenCaseFile.SubjectData(bsn, name), "Huishoudelijke hulp", DefinitionId: definitionId));
    }
}
