using RelatieWerkstroom.Casework.Documents;
using RelatieWerkstroom.Engine.LegalTime;

namespace RelatieWerkstroom.Casework.Tests.Documents;

public sealed class BeschikkingBuilderTests
{
    private static BeschikkingDraft Draft(string decision = "afwijzen", BeslistermijnStatus? termijn = null) => new()
    {
        DecisionId = "besluit-1",
        CaseFileId = "z-1",
        Zaaktype = ZaaktypeInfo.For("wmo-maatwerkvoorziening"),
        Decision = decision,
        LegalBasis = "Wmo 2015 art. 2.3.5 lid 3",
        Sent = new DateOnly(2026, 3, 20),
        Municipality = "Voorbeeldstad",
        SubjectId = "s-1",
        Beslistermijn = termijn,
    };

    [Fact]
    public void Build_AfterTheBeslistermijn_SaysHowManyDaysLate()
    {
        // Arrange: the term ended on Monday 16 March; the decision is sent on Friday 20 March.
        var termijn = new BeslistermijnStatus("beslistermijn", LegalTerm.Weeks(2), "Wmo 2015 art. 2.3.5 lid 2", new DateOnly(2026, 3, 2),
            new DateOnly(2026, 3, 16), 3, [LegalTerm.Weeks(1)], false);

        // Act
        var text = BeschikkingBuilder.Build(Draft(termijn: termijn)).Text;

        // Assert
        Assert.Contains("verdaagd met 1 week (artikel 4:14 Awb), opgeschort gedurende 3 dagen (artikel 4:15 Awb)", text);
        Assert.Contains("Dit besluit is 4 dagen na afloop van de beslistermijn genomen", text);
    }

    [Fact]
    public void Build_WithoutDiscretionDecisions_LeavesTheMotiveringToTheCaseworker()
    {
        // Act
        var text = BeschikkingBuilder.Build(Draft()).Text;

        // Assert
        Assert.Contains("[Motivering: door de behandelaar aan te vullen", text);
        Assert.Contains("Voor deze zaak is geen beslistermijn vastgelegd.", text);
    }

    [Fact]
    public void Build_UnknownDecisionCode_StillWritesAValidBeschikkingThatGrantsNothing()
    {
        // Act
        var beschikking = BeschikkingBuilder.Build(Draft("doorverwijzen"));

        // Assert
        Assert.False(beschikking.Grants);
        Assert.Contains("als volgt besloten: doorverwijzen.", beschikking.Text);
        Assert.NotNull(beschikking.Clausule);
    }

    [Theory]
    [InlineData("toelatingsprocedure", false)]
    [InlineData("bezwaar", true)]
    public void Build_Zaaktype_HasTheRemedyOfThatKindOfDecision(string zaaktype, bool clause)
    {
        // Act
        var beschikking = BeschikkingBuilder.Build(Draft() with { Zaaktype = ZaaktypeInfo.For(zaaktype) });

        // Assert
        Assert.Equal(clause, beschikking.Clausule is not null);
        Assert.Equal(clause, beschikking.Text.Contains("## Beroep instellen"));
    }
}
