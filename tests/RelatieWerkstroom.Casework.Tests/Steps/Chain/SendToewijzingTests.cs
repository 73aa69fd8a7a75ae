using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.Messages;
using RelatieWerkstroom.Casework.Tests.Support;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Casework.Journal;

namespace RelatieWerkstroom.Casework.Tests.Steps.Chain;

public sealed class SendToewijzingTests
{
    private const string Fields = """[{"name":"aanbieder","type":"text"},{"name":"volume","type":"number"}]""";

    [Fact]
    public async Task SendToewijzing_IWmoAfterToekenning_QueuesWmo301WithTheCaseData()
    {
        // Arrange
        using var s = new StepScenario();
        var flow = new FlowBuilder("wmo-maatwerkvoorziening").Start()
            .Task("gegevens", formFields: Fields)
            .Step("besluit", "DraftBeschikking", """{"decision":"toekennen","legalBasis":"Wmo 2015 art. 2.3.5 lid 3","geldigheid":"1 year"}""")
            .Step("toewijzing", "SendToewijzing", """{"standard":"iWmo","bericht":"WMO301","reden":"regulier","productcategorie":"01"}""")
            .End().Chain("start", "gegevens", "besluit", "toewijzing", "end");
        var opened = await s.OpenAsync(flow);

        // Act
        var result = await s.CompleteAsync(opened.Bookmarks[0].Id, new JsonObject { ["aanbieder"] = "98990001", ["volume"] = 4 });

        // Assert
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        var message = Assert.Single(await s.MessagesAsync(MessageKinds.Wmo301));
        Assert.Equal("98990001", message.Recipient);
        var wmo301 = MessageJson.Deserialize<ToewijzingBericht>(message.Payload);
        Assert.Equal(414, wmo301.Header.BerichtCode);
        Assert.Equal((3, 2), (wmo301.Header.BerichtVersie, wmo301.Header.BerichtSubversie));
        Assert.Equal("0363", wmo301.Header.Afzender);
        Assert.Equal("98990001", wmo301.Header.Ontvanger);
        Assert.Equal(opened.SubjectId, wmo301.ClientReferentie);
        var product = Assert.Single(wmo301.ToegewezenProducten);
        Assert.Equal(new Product("01", null), product.Product);
        Assert.Equal(new Omvang(4, "04", "2"), product.Omvang);
        Assert.Equal(new DateOnly(2026, 3, 2), product.Ingangsdatum);
        Assert.Equal(new DateOnly(2027, 3, 1), product.Einddatum); // one year, up to and including the day before
        Assert.Equal(new DateOnly(2026, 3, 2), product.Toewijzingsdatum);
        Assert.Equal(new TimeOnly(10, 0), product.Toewijzingstijd); // 09:00 UTC is 10:00 in the Netherlands in March
        Assert.Null(product.Verwijzer);

        var queued = Assert.Single(await s.JournalAsync(CaseworkEvents.MessageQueued));
        var taken = Assert.Single(await s.JournalAsync(CaseworkEvents.DecisionTaken));
        Assert.Equal(MessageKinds.Wmo301, queued["kind"]?.GetValue<string>());
        Assert.Equal(product.ToewijzingNummer, queued["toewijzingId"]?.GetValue<string>());
        Assert.Equal("98990001", queued["providerId"]?.GetValue<string>());
        Assert.Equal(taken["decisionId"]?.GetValue<string>(), queued["decisionId"]?.GetValue<string>());
        Assert.Contains(taken["decisionId"]!.GetValue<string>(), product.Commentaar);
        await s.AssertNoPersonalDataAsync();
    }

    [Fact]
    public async Task SendToewijzing_IJwAfterVerwijzing_QueuesJw301AnsweringTheVerzoekWithoutBeschikking()
    {
        // Arrange: a huisarts referral came in as a JW315 verzoek om toewijzing; the contracts are outputgericht.
        using var s = new StepScenario(StepScenario.Settings(variants: new Dictionary<string, string> { ["Jeugdwet"] = "outputgericht" }));
        var flow = new FlowBuilder("jeugdwet-toegang").Start()
            .Step("vot", "RegisterMelding", """{"soort":"verzoek-om-toewijzing","kanaal":"JW315","domein":"Jeugdwet","referentieAanbieder":"VOT-2026-0042","aanbieder":"98990012"}""")
            .Step("toewijzing", "SendToewijzing", """{"standard":"iJw","bericht":"JW301","reden":"verwijzing","zaaktype":"jeugdwet-toegang"}""")
            .End().Chain("start", "vot", "toewijzing", "end");

        // Act
        var opened = await s.OpenAsync(flow);

        // Assert
        Assert.Equal(WorkflowStatus.Finished, opened.Status);
        var message = Assert.Single(await s.MessagesAsync(MessageKinds.Jw301));
        var jw301 = MessageJson.Deserialize<ToewijzingBericht>(message.Payload);
        Assert.Equal(436, jw301.Header.BerichtCode);
        Assert.Equal("98990012", jw301.Header.Ontvanger);
        var product = Assert.Single(jw301.ToegewezenProducten);
        Assert.Equal("VOT-2026-0042", product.ReferentieAanbieder);
        Assert.Equal(new Verwijzer("02"), product.Verwijzer);
        Assert.Equal("45", product.Product.Categorie);
        Assert.Equal(new Omvang(1, "82", "6"), product.Omvang);
        Assert.Null((await s.JournalAsync(CaseworkEvents.MessageQueued)).Single()["decisionId"]);
        await s.AssertNoPersonalDataAsync();
    }

    [Fact]
    public async Task SendToewijzing_RegularWithoutBeschikking_FaultsAndQueuesNothing()
    {
        // Arrange
        using var s = new StepScenario();
        var flow = new FlowBuilder("wmo-maatwerkvoorziening").Start()
            .Step("toewijzing", "SendToewijzing", """{"standard":"iWmo","reden":"regulier"}""")
            .End().Chain("start", "toewijzing", "end");

        // Act
        var opened = await s.OpenAsync(flow);

        // Assert
        Assert.Equal(WorkflowStatus.Faulted, opened.Status);
        Assert.Contains("DraftBeschikking", (await s.InstanceAsync()).Incident!.Message);
        Assert.Empty(await s.MessagesAsync());
        Assert.Empty(await s.JournalAsync(CaseworkEvents.MessageQueued));
    }

    [Fact]
    public async Task SendToewijzing_AfterAfwijzing_FaultsBecauseNothingWasGranted()
    {
        // Arrange
        using var s = new StepScenario();
        var flow = new FlowBuilder("wmo-maatwerkvoorziening").Start()
            .Step("besluit", "DraftBeschikking", """{"decision":"afwijzen","legalBasis":"Wmo 2015 art. 2.3.5 lid 3"}""")
            .Step("toewijzing", "SendToewijzing", """{"standard":"iWmo"}""")
            .End().Chain("start", "besluit", "toewijzing", "end");

        // Act
        var opened = await s.OpenAsync(flow);

        // Assert
        Assert.Equal(WorkflowStatus.Faulted, opened.Status);
        Assert.Contains("grants nothing", (await s.InstanceAsync()).Incident!.Message);
        Assert.Empty(await s.MessagesAsync());
    }

    public static TheoryData<string, string> BadInputs => new()
    {
        { """{"standard":"iJw","bericht":"WMO301","reden":"spoed"}""", "does not fit standard iJw" },
        { """{"standard":"iZorg","reden":"spoed"}""", "'iZorg' is not an iStandaard" },
        { """{"standard":"iWmo","reden":"spoed","productcategorie":"45"}""", "productcategorie '45' is not in the iWmo code list" },
        { """{"standard":"iWmo","reden":"spoed","eenheid":"82"}""", "belongs to outputgericht funding" },
        { """{"standard":"iWmo","reden":"spoed","aanbieder":"1234"}""", "must be eight digits" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task SendToewijzing_BadInput_FaultsSayingWhatIsWrong(string inputs, string expected)
    {
        // Arrange
        using var s = new StepScenario();
        var flow = new FlowBuilder("wmo-maatwerkvoorziening").Start().Step("toewijzing", "SendToewijzing", inputs).End().Chain("start", "toewijzing", "end");

        // Act
        var opened = await s.OpenAsync(flow);

        // Assert
        Assert.Equal(WorkflowStatus.Faulted, opened.Status);
        var incident = (await s.InstanceAsync()).Incident!;
        Assert.Contains(expected, incident.Message);
        Assert.Contains("service step 'toewijzing'", incident.Message);
        Assert.Empty(await s.MessagesAsync());
    }
}
