using MediatR;
using Microsoft.Extensions.DependencyInjection;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Engine.LegalTime;

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

    /// <summary>Puts a running legal clock <paramref name="name"/> of two weeks, started <paramref name="daysAgo"/> days ago, on the case file.</summary>
    public static async Task PutClockAsync(TestHost host, string caseFileId, string name, VerdagingRule verdaging, int daysAgo)
    {
        var store = host.Services.GetRequiredService<ICaseFileStore>();
        var file = await store.FindAsync(caseFileId);
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-daysAgo);
        var profile = new ClockProfile(ClockOwedBy.Bestuursorgaan, ClockTermKind.Deadline, "national", verdaging);
        var clock = CaseClock.Begin(name, "Wmo 2015 art. 2.3.5 lid 2", LegalTerm.Parse("2 weeks"), start, 5, file!.InstanceIds[0], "KlokBeschikking",
            "consulent.noord", DateTimeOffset.UtcNow, profile: profile);
        await store.UpdateAsync(caseFileId, f => f.PutClock(clock));
    }
}
