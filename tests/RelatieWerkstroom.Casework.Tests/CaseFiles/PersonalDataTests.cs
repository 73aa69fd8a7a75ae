using System.Text.Json;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Tests.Support;
using RelatieWerkstroom.Casework.Worklist;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Casework.Tests.CaseFiles;

/// <summary>The citizen's BSN and name never reach the journal or the workflow instance, whatever the caseworkers do.</summary>
public sealed class PersonalDataTests
{
    private const string Bsn = "123456782";
    private const string Name = "Wilhelmina Oosterhuis-Bakker";

    [Fact]
    public async Task WholeCase_PlantedBsnAndName_NeverAppearInJournalOrInstance()
    {
        // Arrange
        using var host = new CaseworkHost();
        var flow = new FlowBuilder("rw1").Start()
            .Clock("c", "start", term: "6 weeks", legalBasis: "Wmo 2015 art. 2.3.2 lid 1")
            .Task("gesprek", title: "Keukentafelgesprek", formFields: """[{"name":"verslag","type":"textarea","required":true},{"name":"uren","type":"number"}]""")
            .Discretion("dp10")
            .Clock("stop", "stop").End()
            .Chain("start", "c", "gesprek", "dp10").Connect("dp10", "stop", "toekennen").Connect("dp10", "stop", "afwijzen").Chain("stop", "end")
            .Build();

        // Act: people write the name (and even the BSN) wherever they can.
        var opened = await host.OpenAsync(flow, TestUsers.Consulent, Bsn, Name);
        await host.SendAsync(new AddNote.Command(TestUsers.Consulent, opened.CaseFileId, $"Gebeld met {Name}"));
        await host.SendAsync(new ClaimTask.Command(TestUsers.Consulent, opened.Bookmarks[0].Id));
        var afterTask = await host.SendAsync(new CompleteTask.Command(TestUsers.Consulent, opened.Bookmarks[0].Id, "Gereed",
            new JsonObject { ["verslag"] = $"{Name} (BSN {Bsn}) woont alleen", ["uren"] = 3 }, "op-1"));
        var done = await host.SendAsync(new DecideDiscretionPoint.Command(TestUsers.Consulent, afterTask.Bookmarks[0].Id, "afwijzen",
            $"{Name} kan naar de algemene voorziening", "op-2"));

        // Assert
        Assert.Equal(WorkflowStatus.Finished, done.Status);
        var journal = await host.JournalAsync();
        Assert.NotEmpty(journal);
        foreach (var entry in journal)
        {
            var text = JsonSerializer.Serialize(entry, Json.Options);
            Assert.DoesNotContain(Bsn, text);
            Assert.DoesNotContain("Oosterhuis", text);
        }
        var instance = JsonSerializer.Serialize(await host.InstanceAsync(opened.InstanceId), Json.Options);
        Assert.DoesNotContain(Bsn, instance);
        Assert.DoesNotContain("Oosterhuis", instance);
        var caseFile = await host.CaseFileAsync(opened.CaseFileId);
        Assert.Equal(opened.SubjectId, caseFile.SubjectId);
        Assert.DoesNotContain("Oosterhuis", JsonSerializer.Serialize(caseFile.Events, Json.Options));
        Assert.DoesNotContain(Bsn, JsonSerializer.Serialize(caseFile.Events, Json.Options));
        Assert.Equal(Bsn, (await host.Subjects.FindAsync(opened.SubjectId!))!.Bsn); // it was planted, and lives only there
    }
}
