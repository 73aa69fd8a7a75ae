using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Settings;
using RelatieWerkstroom.Casework.Tests.Support;
using RelatieWerkstroom.Casework.Validation;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Casework.Tests.CaseFiles;

public sealed class OpenCaseFileTests
{
    private static Engine.Definitions.WorkflowDefinition Flow(string id = "wmo-maatwerk") =>
        new FlowBuilder(id).Start().Task("melding", title: "Melding bevestigen").End().Chain("start", "melding", "end").Build();

    [Fact]
    public async Task Open_WithCitizen_StoresPseudonymOnCaseFileAndStartsWorkflowForIt()
    {
        // Arrange
        using var host = new CaseworkHost();

        // Act
        var opened = await host.OpenAsync(Flow(), TestUsers.Consulent, "111222333", "Johanna Jansen");

        // Assert
        var file = await host.CaseFileAsync(opened.CaseFileId);
        Assert.Equal("wmo-maatwerk", file.Zaaktype);
        Assert.Equal("wijkteam-noord", file.Team);
        Assert.Equal(CaseFileStatus.Open, file.Status);
        Assert.Equal("u-anna", file.OpenedBy);
        Assert.Equal([opened.InstanceId], file.InstanceIds);
        Assert.Equal(opened.SubjectId, file.SubjectId);
        var subject = await host.Subjects.FindAsync(opened.SubjectId!);
        Assert.Equal("111222333", subject!.Bsn);
        Assert.Equal("Johanna Jansen", subject.Name);
        var instance = await host.InstanceAsync(opened.InstanceId);
        Assert.Equal(opened.CaseFileId, instance.CorrelationId);
        Assert.Equal(WorkflowStatus.Suspended, opened.Status);
        Assert.Equal(CaseEventKinds.CaseOpened, Assert.Single(file.Events).Kind);
    }

    // A process killed between storing the case file and starting its workflow left a case file without one; the retry
    // with the same opening key (the web form's Idempotency-Key, the CLI's --operation-id) completes the opening.
    [Fact]
    public async Task Open_RetryAfterAnOpeningStoppedBeforeItsWorkflowStarted_StartsTheWorkflowForThatCaseFile()
    {
        // Arrange: what the interrupted opening left behind.
        using var host = new CaseworkHost();
        var flow = Flow();
        await host.ImportAsync(flow);
        var user = TestUsers.Consulent;
        var caseFileId = OpenCaseFile.KeyedId(user.Id, "formulier-9");
        await host.CaseFiles.AddAsync(new CaseFile
        {
            Id = caseFileId, Zaaktype = flow.DefinitionId, Team = user.Team!, Status = CaseFileStatus.Open,
            OpenedAt = host.Clock.GetUtcNow(), OpenedBy = user.Id, InstanceIds = ["0123456789abcdef"],
        });

        // Act
        var opened = await host.SendAsync(new OpenCaseFile.Command(flow.DefinitionId, user.Team!, user, DefinitionId: flow.DefinitionId, OpeningKey: "formulier-9"));
        var again = await host.SendAsync(new OpenCaseFile.Command(flow.DefinitionId, user.Team!, user, DefinitionId: flow.DefinitionId, OpeningKey: "formulier-9"));

        // Assert
        Assert.Equal(caseFileId, opened.CaseFileId);
        Assert.Equal("0123456789abcdef", opened.InstanceId);
        Assert.Equal(WorkflowStatus.Suspended, opened.Status);
        Assert.NotEmpty(opened.Bookmarks);
        Assert.Equal(caseFileId, (await host.InstanceAsync(opened.InstanceId)).CorrelationId);
        Assert.Equal(opened.InstanceId, again.InstanceId);
        Assert.Equal(opened.Bookmarks.Select(b => b.Id), again.Bookmarks.Select(b => b.Id));
        Assert.Single(await host.JournalAsync(opened.InstanceId), e => e.Kind == JournalEvents.InstanceStarted);
    }

    [Fact]
    public async Task Open_WithStartVariables_WorkflowStartsWithThem()
    {
        // Arrange
        using var host = new CaseworkHost();
        var flow = Flow();
        await host.ImportAsync(flow);

        // Act
        var opened = await host.SendAsync(new OpenCaseFile.Command(flow.DefinitionId, TestUsers.Consulent.Team, TestUsers.Consulent,
            Variables: new Dictionary<string, System.Text.Json.Nodes.JsonNode?> { ["Route"] = "verwijzing" }));

        // Assert
        var instance = await host.InstanceAsync(opened.InstanceId);
        Assert.Equal("verwijzing", (string?)instance.Variables["Route"]);
    }

    [Fact]
    public async Task Open_SameCitizenTwice_SharesThePseudonym()
    {
        // Arrange
        using var host = new CaseworkHost();
        var first = await host.OpenAsync(Flow(), TestUsers.Consulent, "111222333", "Johanna Jansen");

        // Act
        var second = await host.OpenAsync(Flow(), TestUsers.Consulent, "111222333", "Johanna Jansen");

        // Assert
        Assert.NotEqual(first.CaseFileId, second.CaseFileId);
        Assert.Equal(first.SubjectId, second.SubjectId);
        Assert.Equal(1, host.Subjects.Count);
    }

    [Fact]
    public async Task Open_BsnFailsElfproef_IsRefusedAndStoresNothing()
    {
        // Arrange
        using var host = new CaseworkHost();

        // Act
        var ex = await Assert.ThrowsAsync<CommandValidationException>(() => host.OpenAsync(Flow(), TestUsers.Consulent, "123456789", " "));

        // Assert
        Assert.Contains(ex.Problems, p => p.Property == "subject.bsn" && p.Message.Contains("elfproef"));
        Assert.Contains(ex.Problems, p => p.Property == "subject.name");
        Assert.DoesNotContain("123456789", ex.Message);
        Assert.Empty(await host.CaseFiles.QueryAsync(new CaseFileQuery()));
        Assert.Equal(0, host.Subjects.Count);
        Assert.Equal(0, host.Instances.Count);
    }

    [Fact]
    public async Task Open_UnknownZaaktype_IsRefusedAndStoresNothing()
    {
        // Arrange
        using var host = new CaseworkHost();

        // Act
        var ex = await Assert.ThrowsAsync<CaseworkRefusedException>(() => host.SendAsync(
            new OpenCaseFile.Command("jeugd-onbekend", "wijkteam-noord", TestUsers.Consulent, new OpenCaseFile.SubjectData("111222333", "J. Jansen"))));

        // Assert
        Assert.Equal(RefusalKind.NotFound, ex.Kind);
        Assert.Contains("Geen gepubliceerd werkproces 'jeugd-onbekend'", ex.Message);
        Assert.Empty(await host.CaseFiles.QueryAsync(new CaseFileQuery()));
        Assert.Equal(0, host.Subjects.Count);
    }

    [Fact]
    public async Task Open_UnknownTeam_IsRefusedByValidation()
    {
        // Arrange
        var settings = new MunicipalitySettings { Municipality = "Gemeente Voorbeeld", Teams = [new TeamSettings("wijkteam-noord", "Noord", ["consulent"])] };
        using var host = new CaseworkHost(settings);
        await host.ImportAsync(Flow());

        // Act
        var ex = await Assert.ThrowsAsync<CommandValidationException>(() =>
            host.SendAsync(new OpenCaseFile.Command("wmo-maatwerk", "wijkteam-west", TestUsers.Consulent)));

        // Assert
        var problem = Assert.Single(ex.Problems);
        Assert.Equal("team", problem.Property);
        Assert.Contains("Team 'wijkteam-west' bestaat niet bij Gemeente Voorbeeld", problem.Message);
    }

    [Fact]
    public async Task Open_ZaaktypeMappedInSettings_StartsTheMappedDefinition()
    {
        // Arrange
        var settings = new MunicipalitySettings
        {
            Municipality = "Gemeente Voorbeeld",
            Zaaktypen = new Dictionary<string, string> { ["wmo-hulp"] = "rw1-wmo" },
        };
        using var host = new CaseworkHost(settings);
        await host.ImportAsync(Flow("rw1-wmo"));

        // Act
        var opened = await host.SendAsync(new OpenCaseFile.Command("wmo-hulp", "wijkteam-noord", TestUsers.Consulent));

        // Assert
        Assert.Equal("rw1-wmo", (await host.InstanceAsync(opened.InstanceId)).DefinitionId);
        Assert.Equal("wmo-hulp", (await host.CaseFileAsync(opened.CaseFileId)).Zaaktype);
    }
}
