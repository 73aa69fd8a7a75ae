using RelatieWerkstroom.Casework.Documents;

namespace RelatieWerkstroom.Casework.Tests.Documents;

public sealed class RechtsmiddelenClausuleTests
{
    // Awb 6:7 and 6:8 lid 1: six weeks from the day after the decision was sent (bekendgemaakt, 3:41). Sent Monday
    // 15 February 2027: the six weeks end on Monday 29 March 2027, Easter Monday, which the Algemene termijnenwet
    // (art. 1, 3) moves to Tuesday 30 March. Awb 6:9: a bezwaarschrift is on time when it is received before the end of
    // the term, or, by post, when it was posted before the end and received no later than a week after it. So the
    // clause names the day by which it must be *ingediend* and explains the postal rule; "bij ons zijn ontvangen" would
    // state a stricter rule than the law. Beroep goes to the bestuursrechter of the rechtbank (the "sector" was
    // abolished in 2013) with the same term and postal rule.
    public static TheoryData<Rechtsmiddel, string, string, string> Clauses => new()
    {
        { Rechtsmiddel.Bezwaar, "2027-02-15", "2027-03-30", "dinsdag 30 maart 2027" },
        { Rechtsmiddel.Beroep, "2027-02-15", "2027-03-30", "dinsdag 30 maart 2027" },
        { Rechtsmiddel.Bezwaar, "2026-06-01", "2026-07-13", "maandag 13 juli 2026" },
    };

    [Theory]
    [MemberData(nameof(Clauses))]
    public void For_DecisionSent_SaysWhenToSubmitAndThePostalRule(Rechtsmiddel remedy, string sent, string lastDay, string written)
    {
        // Act
        var clause = RechtsmiddelenClausule.For(remedy, DateOnly.Parse(sent), "besluit-1");

        // Assert
        Assert.Equal(DateOnly.Parse(lastDay), clause.LastDay);
        Assert.Contains($"uiterlijk op {written} zijn ingediend", clause.Text);
        Assert.Contains("op de post doet", clause.Text);
        Assert.Contains("een week daarna", clause.Text);
        Assert.Contains("artikel 6:9 Awb", clause.Text);
        Assert.Contains($"verzonden op {DutchText.DateWithWeekday(DateOnly.Parse(sent))}", clause.Text);
        Assert.DoesNotContain("zijn ontvangen", clause.Text);
        Assert.DoesNotContain("sector", clause.Text);
    }
}
