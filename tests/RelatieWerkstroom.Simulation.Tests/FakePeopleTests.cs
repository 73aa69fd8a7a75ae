using RelatieWerkstroom.Casework.Subjects;
using RelatieWerkstroom.Simulation;

namespace RelatieWerkstroom.Simulation.Tests;

public sealed class FakePeopleTests
{
    [Fact]
    public void NewBsn_ManyCalls_UniqueTestRangeNumbersThatPassTheElfproef()
    {
        var people = new FakePeople(new Random(9));

        var numbers = Enumerable.Range(0, 5000).Select(_ => people.NewBsn()).ToList();

        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        Assert.All(numbers, bsn =>
        {
            Assert.StartsWith(FakePeople.BsnPrefix, bsn, StringComparison.Ordinal);
            Assert.True(Bsn.TryParse(bsn, out _, out var error), error);
        });
    }

    [Fact]
    public void NewBsnAndName_SameSeed_SamePeople()
    {
        var a = new FakePeople(new Random(3));
        var b = new FakePeople(new Random(3));

        Assert.Equal(Enumerable.Range(0, 50).Select(_ => a.NewBsn() + a.NewName()), Enumerable.Range(0, 50).Select(_ => b.NewBsn() + b.NewName()));
    }

    [Fact]
    public void NewName_IsAFirstNameAndAnInventedSurname()
    {
        var people = new FakePeople(new Random(1));

        var names = Enumerable.Range(0, 200).Select(_ => people.NewName()).ToList();

        Assert.All(names, name => Assert.Equal(2, name.Split(' ').Length));
        Assert.True(names.Distinct().Count() > 50);
    }
}
