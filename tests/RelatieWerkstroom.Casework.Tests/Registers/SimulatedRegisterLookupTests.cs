using RelatieWerkstroom.Casework.Registers;

namespace RelatieWerkstroom.Casework.Tests.Registers;

public sealed class SimulatedRegisterLookupTests
{
    [Fact]
    public async Task Lookup_SameRegisterAndSubject_GivesTheSameAnswerEveryTime()
    {
        // Arrange
        var lookup = new SimulatedRegisterLookup();

        // Act
        var first = await lookup.LookupAsync("Wlz-register", "s-0123456789abcdef0123", "test");
        var second = await new SimulatedRegisterLookup().LookupAsync("Wlz-register", "s-0123456789abcdef0123", "ander doel");

        // Assert
        Assert.Equal(first.Status, second.Status);
        Assert.Equal(first.Facts, second.Facts);
    }

    [Fact]
    public async Task Lookup_ManySubjects_FewHaveAWlzIndicatieAndEveryoneIsInTheBrp()
    {
        // Arrange
        var lookup = new SimulatedRegisterLookup();
        var subjects = Enumerable.Range(0, 1000).Select(i => $"s-{i:D20}").ToList();

        // Act
        var wlz = 0;
        var brp = 0;
        foreach (var subject in subjects)
        {
            if ((await lookup.LookupAsync("Wlz-register", subject, "test")).Status == RegisterStatus.Bekend) wlz++;
            if ((await lookup.LookupAsync("BRP", subject, "test")).Status == RegisterStatus.Bekend) brp++;
        }

        // Assert
        Assert.Equal(1000, brp);
        Assert.InRange(wlz, 40, 130);
    }

    [Fact]
    public async Task Lookup_RegisterNotConnected_SaysNietBeschikbaar()
    {
        // Act
        var answer = await new SimulatedRegisterLookup().LookupAsync("Register van Verzonnen Zaken", "s-1", "test");

        // Assert
        Assert.Equal(RegisterStatus.NietBeschikbaar, answer.Status);
    }
}
