using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Tests.Support;
using RelatieWerkstroom.Casework.Validation;
using RelatieWerkstroom.Casework.Worklist;
using RelatieWerkstroom.Casework.Journal;

namespace RelatieWerkstroom.Casework.Tests.Worklist;

public sealed class FlagRedTapeTests
{
    private static Engine.Definitions.WorkflowDefinition Flow() =>
        new FlowBuilder("wf").Start().Task("t", title: "Inkomensgegevens opvragen").End().Chain("start", "t", "end").Build();

    [Fact]
    public async Task Flag_OnAnOpenStep_IsJournalledWithTheStepAndItsRuleOrigin()
    {
        // Arrange
        using var host = new CaseworkHost();
        var opened = await host.OpenAsync(Flow(), TestUsers.Consulent);
        var bookmarkId = opened.Bookmarks[0].Id;

        // Act
        var flag = await host.SendAsync(new FlagRedTape.Command(TestUsers.Consulent, bookmarkId, RedTapeCategories.DuplicateRequest,
            "  Inkomen staat al in de basisregistratie  "));

        // Assert
        var entry = Assert.Single(await host.JournalAsync(opened.InstanceId), e => e.Kind == CaseworkEvents.RedTapeFlagged);
        Assert.Equal("t", entry.ActivityId);
        Assert.Equal("u-anna", entry.Actor);
        Assert.Equal(opened.CaseFileId, entry.CorrelationId);
        Assert.Equal("national", JsonNode.Parse(entry.FrictionJson!)!["origin"]!.GetValue<string>());
        var payload = JsonNode.Parse(entry.PayloadJson!)!;
        Assert.Equal("duplicate-request", payload["category"]!.GetValue<string>());
        Assert.Equal("Inkomen staat al in de basisregistratie", payload["text"]!.GetValue<string>());
        Assert.Equal(("wf", "t", "national"), (flag.DefinitionId, flag.ActivityId, flag.Origin));
    }

    [Theory]
    [InlineData("duplicate-request", "", "text")]
    [InlineData("", "Dubbel gevraagd", "category")]
    [InlineData("nonsense", "Dubbel gevraagd", "category")]
    [InlineData("other", "Mevrouw met BSN 123456782 moest twee keer komen", "text")]
    [InlineData("other", "Bel 06-1234 5678 voor uitleg", "text")]
    [InlineData("other", "Mail naar jan@example.nl", "text")]
    public async Task Flag_WithMissingOrPersonalText_IsRefusedAndNothingIsJournalled(string category, string text, string property)
    {
        // Arrange
        using var host = new CaseworkHost();
        var opened = await host.OpenAsync(Flow(), TestUsers.Consulent);
        var before = await host.SnapshotAsync(opened.CaseFileId, opened.InstanceId);

        // Act
        var ex = await Assert.ThrowsAsync<CommandValidationException>(() =>
            host.SendAsync(new FlagRedTape.Command(TestUsers.Consulent, opened.Bookmarks[0].Id, category, text)));

        // Assert
        Assert.Contains(ex.Problems, p => p.Property == property);
        Assert.Equal(before, await host.SnapshotAsync(opened.CaseFileId, opened.InstanceId));
    }

    [Fact]
    public async Task Flag_TooLong_SaysHowLongItIs()
    {
        using var host = new CaseworkHost();
        var opened = await host.OpenAsync(Flow(), TestUsers.Consulent);

        var ex = await Assert.ThrowsAsync<CommandValidationException>(() =>
            host.SendAsync(new FlagRedTape.Command(TestUsers.Consulent, opened.Bookmarks[0].Id, "other", new string('x', 281))));

        Assert.Contains("281 tekens, maximaal 280", Assert.Single(ex.Problems).Message);
    }

    [Fact]
    public async Task Flag_OnAnotherTeamsCase_IsForbidden()
    {
        using var host = new CaseworkHost();
        var opened = await host.OpenAsync(Flow(), TestUsers.Consulent);

        var ex = await Assert.ThrowsAsync<CaseworkRefusedException>(() =>
            host.SendAsync(new FlagRedTape.Command(TestUsers.OtherTeam, opened.Bookmarks[0].Id, "other", "Dubbel werk")));

        Assert.Equal(RefusalKind.Forbidden, ex.Kind);
        Assert.DoesNotContain(await host.JournalAsync(opened.InstanceId), e => e.Kind == CaseworkEvents.RedTapeFlagged);
    }

    [Fact]
    public async Task Flags_AreGroupedPerStepForTheAuditor_WithoutCaseOrCaseworker()
    {
        // Arrange: two cases, three flags on the same step, one of another team.
        using var host = new CaseworkHost();
        var first = await host.OpenAsync(Flow(), TestUsers.Consulent);
        var second = await host.SendAsync(new OpenCaseFile.Command("wf", TestUsers.OtherTeam.Team, TestUsers.OtherTeam, Title: "Zaak Zuid"));
        await host.SendAsync(new FlagRedTape.Command(TestUsers.Consulent, first.Bookmarks[0].Id, "duplicate-request", "Al bekend bij de gemeente"));
        host.Clock.Advance(TimeSpan.FromDays(1));
        await host.SendAsync(new FlagRedTape.Command(TestUsers.Consulent2, first.Bookmarks[0].Id, "paperwork", "Handtekening overbodig"));
        await host.SendAsync(new FlagRedTape.Command(TestUsers.OtherTeam, second.Bookmarks[0].Id, "duplicate-request", "Opnieuw gevraagd"));

        // Act
        var all = await host.SendAsync(new GetRedTapeFlags.Query());
        var noord = await host.SendAsync(new GetRedTapeFlags.Query(Team: "wijkteam-noord"));

        // Assert
        var step = Assert.Single(all);
        Assert.Equal(("wf", "t", 3), (step.DefinitionId, step.ActivityId, step.Count));
        Assert.Equal([new RedTapeCount("duplicate-request", 2), new RedTapeCount("paperwork", 1)], step.Categories);
        Assert.Equal("Handtekening overbodig", step.Flags[0].Text);
        Assert.Equal(new DateOnly(2026, 3, 3), step.Flags[0].On);
        Assert.Equal(2, Assert.Single(noord).Count);
        var shown = System.Text.Json.JsonSerializer.Serialize(all);
        Assert.DoesNotContain("u-anna", shown);
        Assert.DoesNotContain(first.CaseFileId, shown);
    }
}
