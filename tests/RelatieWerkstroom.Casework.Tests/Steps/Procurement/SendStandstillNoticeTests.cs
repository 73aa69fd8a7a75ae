using RelatieWerkstroom.Casework.Documents;
using RelatieWerkstroom.Casework.Messages;
using RelatieWerkstroom.Casework.Tests.Support;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Casework.Tests.Steps.Procurement;

public sealed class SendStandstillNoticeTests
{
    private static FlowBuilder Flow(string standstill) => new FlowBuilder("meervoudig-onderhandse-aanbesteding").Start()
        .Step("gunning", "SendAwardLetter", """{"metRedenen":true,"inschrijvingen":[{"inschrijver":"Alfa Zorg"},{"inschrijver":"Beta Hulp"}]}""")
        .Step("standstill", "SendStandstillNotice", standstill)
        .End().Chain("start", "gunning", "standstill", "end");

    public static TheoryData<string, int, string, string> Periods => new()
    {
        // Inputs, settings' default days, end (yyyy-MM-dd), end as written. The award is sent on Monday 2 March 2026.
        { """{"days":20}""", 20, "2026-03-23", "maandag 23 maart 2026" }, // day 20 is Sunday 22 March
        { """{"days":10}""", 20, "2026-03-12", "donderdag 12 maart 2026" },
        { "{}", 15, "2026-03-17", "dinsdag 17 maart 2026" },               // the settings' period
        { """{"days":0}""", 20, "2026-03-02", "maandag 2 maart 2026" },
    };

    [Theory]
    [MemberData(nameof(Periods))]
    public async Task SendStandstillNotice_Period_EndsOnTheDayComputedByHand(string inputs, int settingsDays, string end, string written)
    {
        // Arrange
        using var s = new StepScenario(StepScenario.Settings(standstillDays: settingsDays));

        // Act
        var opened = await s.OpenAsync(Flow(inputs), withSubject: false);

        // Assert
        Assert.Equal(WorkflowStatus.Finished, opened.Status);
        Assert.Equal(end, (await s.InstanceAsync()).Output["standstillEinde"]?.GetValue<string>());
        Assert.Contains($"| Einde termijn | {written} |", (await s.DocumentAsync(DocumentKinds.Standstill)).Content);
        var notices = (await s.MessagesAsync(MessageKinds.Standstill)).Select(m => MessageJson.Deserialize<StandstillBericht>(m.Payload)).ToList();
        Assert.Equal(["Alfa Zorg", "Beta Hulp"], notices.Select(n => n.Inschrijver).Order());
        Assert.All(notices, n => Assert.Equal((DateOnly.Parse(end), new DateOnly(2026, 3, 2)), (n.Einddatum, n.Gunningsdatum)));
    }

    [Fact]
    public async Task SendStandstillNotice_WithoutGunningsbeslissing_Faults()
    {
        // Arrange
        using var s = new StepScenario();
        var flow = new FlowBuilder("meervoudig-onderhandse-aanbesteding").Start()
            .Step("standstill", "SendStandstillNotice", """{"days":20}""").End().Chain("start", "standstill", "end");

        // Act
        var opened = await s.OpenAsync(flow, withSubject: false);

        // Assert
        Assert.Equal(WorkflowStatus.Faulted, opened.Status);
        Assert.Contains("no gunningsbeslissing was sent", (await s.InstanceAsync()).Incident!.Message);
    }
}
