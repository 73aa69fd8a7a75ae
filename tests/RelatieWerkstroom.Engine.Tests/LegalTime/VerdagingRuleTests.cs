using RelatieWerkstroom.Engine.LegalTime;
using static RelatieWerkstroom.Engine.Tests.LegalTime.Dates;

namespace RelatieWerkstroom.Engine.Tests.LegalTime;

public class VerdagingRuleTests
{
    // Awb 4:14 lid 1 (a statutory term that cannot be met: notify and name the term within which the decision can be
    // expected) is no verdagingsbepaling; only a statute can move a statutory term, and the Wmo 2015 has none. So a
    // Wmo 2.3.5 clock (VerdagingRule.None) refuses every extension and its deadline stays 2 weeks after receipt:
    // 1 June 2026 + 2 weeks = Monday 15 June (not 29 June, as a 2-week "verdaging" would make it).
    // Awb 7:10 lid 3 allows one verdaging of at most six weeks; lid 4 allows further delay only with the consent of
    // all belanghebbenden (a), of the indiener without harm to others (b), or for wettelijke procedurevoorschriften (c).
    // The 4:14 lid 3 redelijke termijn and local norms (VerdagingRule.Any) take any extension notified within the term.
    public static TheoryData<string, VerdagingRule, string[], string?, bool> Extensions => new()
    {
        { "Wmo 2.3.5: a 4:14 lid 1 notice does not extend", VerdagingRule.None, ["2 weeks"], null, false },
        { "7:10: one verdaging of six weeks", VerdagingRule.Awb710, ["6 weeks"], null, true },
        { "7:10: one verdaging of four weeks", VerdagingRule.Awb710, ["4 weeks"], null, true },
        { "7:10: a first verdaging of seven weeks is too long", VerdagingRule.Awb710, ["7 weeks"], null, false },
        { "7:10: a second verdaging without a lid 4 ground", VerdagingRule.Awb710, ["6 weeks", "4 weeks"], null, false },
        { "7:10: further delay with the indiener's consent (lid 4 b)", VerdagingRule.Awb710, ["6 weeks", "4 weeks"], "instemming indiener (lid 4 sub b)", true },
        { "4:14 lid 3 / local norm: any extension within the term", VerdagingRule.Any, ["4 weeks", "4 weeks"], null, true },
    };

    [Theory]
    [MemberData(nameof(Extensions))]
    public void Extend_UnderTheRule_IsAllowedOnlyWhereTheLawGivesIt(string situation, VerdagingRule rule, string[] terms, string? ground, bool allowed)
    {
        // Arrange
        var clock = new LegalClock("termijn", "basis", D("2026-06-01"), LegalTerm.Weeks(6)) { Verdaging = rule };

        // Act
        var act = () =>
        {
            for (var i = 0; i < terms.Length; i++)
                clock = clock.Extend(LegalTerm.Parse(terms[i]), "Verdaging", furtherDelayGround: i > 0 ? ground : null);
        };

        // Assert
        if (allowed)
        {
            act();
            Assert.True(clock.Extensions.Count == terms.Length, situation);
        }
        else
        {
            Assert.Throws<InvalidOperationException>(act);
        }
    }

    [Fact]
    public void Deadline_WmoClockWithoutVerdaging_StaysTwoWeeksAfterReceipt()
    {
        // Arrange
        var clock = new LegalClock("beslistermijn", "Wmo 2015 art. 2.3.5 lid 2", D("2026-06-01"), LegalTerm.Weeks(2)) { Verdaging = VerdagingRule.None };

        // Act
        var act = () => clock.Extend(LegalTerm.Weeks(2), "Mededeling (Awb 4:14 lid 1)");

        // Assert
        var refused = Assert.Throws<InvalidOperationException>(act);
        Assert.Contains("4:14 lid 1", refused.Message, StringComparison.Ordinal);
        Assert.Equal(D("2026-06-15"), clock.Deadline());
    }
}
