using Microsoft.Extensions.Time.Testing;
using RelatieWerkstroom.Casework.Subjects;

namespace RelatieWerkstroom.Casework.Tests.Subjects;

public sealed class SubjectRegistryTests
{
    [Fact]
    public async Task Register_SameBsnTwice_GivesOnePseudonymNotDerivedFromTheBsn()
    {
        // Arrange
        var store = new InMemoryCaseSubjectStore();
        var registry = new SubjectRegistry(store, new FakeTimeProvider());

        // Act
        var (first, created) = await registry.RegisterAsync(Bsn.Parse("111222333"), "J. Jansen");
        var (second, createdAgain) = await registry.RegisterAsync(Bsn.Parse("111222333"), "J. Jansen");

        // Assert
        Assert.True(created);
        Assert.False(createdAgain);
        Assert.Equal(first.SubjectId, second.SubjectId);
        Assert.DoesNotContain("111222333", first.SubjectId);
        Assert.Equal(1, store.Count);
        Assert.DoesNotContain("Jansen", first.ToString());
    }

    [Fact]
    public async Task Register_TwoCitizens_GetDifferentRandomPseudonyms()
    {
        // Arrange
        var registry = new SubjectRegistry(new InMemoryCaseSubjectStore(), new FakeTimeProvider());

        // Act
        var (a, _) = await registry.RegisterAsync(Bsn.Parse("111222333"), "A");
        var (b, _) = await registry.RegisterAsync(Bsn.Parse("123456782"), "B");

        // Assert
        Assert.NotEqual(a.SubjectId, b.SubjectId);
        Assert.Matches("^s-[0-9a-f]{20}$", a.SubjectId);
    }
}
