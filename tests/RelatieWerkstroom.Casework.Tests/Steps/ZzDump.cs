using RelatieWerkstroom.Casework.Tests.Support;
namespace RelatieWerkstroom.Casework.Tests.Steps;
public sealed class ZzDump
{
    [Fact]
    public async Task Dump()
    {
        using var s = new StepScenario();
        var flow = new FlowBuilder("wmo-maatwerkvoorziening").Start()
            .Clock("klok", "start", term: "2 weeks", legalBasis: "Wmo 2015 art. 2.3.5 lid 2")
            .Discretion("omvang", "RW1-DP12", """[{"id":"normenkader","label":"N"},{"id":"afwijking","label":"A"}]""", "normenkader", "Wmo 2015 art. 2.3.5 lid 3")
            .Step("melding", "RegisterMelding", """{"soort":"melding","kanaal":"wmo-loket","domein":"Wmo 2015"}""")
            .Step("bevestiging", "ConfirmReceipt", """{"soort":"melding","termijn":"6 weken","informatie":["persoonlijk plan binnen 7 dagen","gratis cliëntondersteuning"]}""")
            .Step("registers", "CheckRegisters", """{"registers":["BRP","CAK","Wlz-register"]}""")
            .Step("besluit", "DraftBeschikking", """{"decision":"toekennen","legalBasis":"Wmo 2015 art. 2.3.5 lid 3","geldigheid":"1 year"}""")
            .Step("toewijzing", "SendToewijzing", """{"standard":"iWmo","bericht":"WMO301"}""")
            .Step("cak", "NotifyCak", """{"standard":"iEb"}""")
            .Step("sluiten", "CloseCase", """{"resultaat":"afgehandeld"}""")
            .End()
            .Chain("start", "klok", "omvang")
            .Connect("omvang", "melding", "normenkader").Connect("omvang", "melding", "afwijking")
            .Chain("melding", "bevestiging", "registers", "besluit", "toewijzing", "cak", "sluiten", "end");
        var opened = await s.OpenAsync(flow);
        var r = await s.DecideAsync(opened.Bookmarks[0].Id, "afwijking", "Meer uren nodig");
        var file = await s.CaseFileAsync();
        var sb = new System.Text.StringBuilder();
        sb.AppendLine(r.Status + " " + (await s.InstanceAsync()).Incident?.Message);
        foreach (var d in file.Documents) sb.AppendLine("=== " + d.Kind + " | " + d.Title + "\n" + d.Content);
        foreach (var m in await s.MessagesAsync()) sb.AppendLine("=== MSG " + m.Kind + " -> " + m.Recipient + "\n" + m.Payload);
        foreach (var e in await s.Host.JournalAsync()) if (e.Kind is "DocumentGenerated" or "MessageQueued" or "DecisionTaken" or "StepCompleted") sb.AppendLine("J " + e.Kind + " " + e.PayloadJson);
        foreach (var e in file.Events) sb.AppendLine("E " + e.Kind + " " + e.Details?.ToJsonString());
        File.WriteAllText("/tmp/dump.txt", sb.ToString());
    }
}
