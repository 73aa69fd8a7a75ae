using Microsoft.Extensions.Time.Testing;
using RelatieWerkstroom.Casework.Subjects;
using RelatieWerkstroom.Persistence.Stores;
using RelatieWerkstroom.Persistence.Tests.Support;

namespace RelatieWerkstroom.Persistence.Tests.Stores;

/// <summary>The subject store on one provider: one pseudonym per BSN, found by either, removable.</summary>
public abstract class CaseSubjectStoreTests : DatabaseTest
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Find_AfterAdd_FindsTheSubjectByPseudonymAndByBsnFromANewStore()
    {
        // Arrange
        var subject = new CaseSubject { SubjectId = "s-1", Bsn = "123456782", Name = "Jan de Vries", RegisteredAt = Now };

        // Act
        var added = await (await OpenAsync()).TryAddAsync(subject);
        var reader = await OpenAsync();

        // Assert
        Assert.True(added);
        Assert.Equal(subject, await reader.FindAsync("s-1"));
        Assert.Equal(subject, await reader.FindByBsnAsync("123456782"));
        Assert.Null(await reader.FindByBsnAsync("111222333"));
    }

    public static TheoryData<string, string> Duplicates => new()
    {
        { "s-2", "123456782" }, // same BSN under another pseudonym
        { "s-1", "111222333" }, // same pseudonym for another BSN
    };

    [Theory]
    [MemberData(nameof(Duplicates))]
    public async Task TryAdd_PseudonymOrBsnTaken_ReturnsFalseAndStoresNothing(string subjectId, string bsn)
    {
        // Arrange
        var store = await OpenAsync();
        await store.TryAddAsync(new CaseSubject { SubjectId = "s-1", Bsn = "123456782", Name = "Jan de Vries", RegisteredAt = Now });

        // Act
        var added = await store.TryAddAsync(new CaseSubject { SubjectId = subjectId, Bsn = bsn, Name = "Piet Jansen", RegisteredAt = Now });

        // Assert
        Assert.False(added);
        Assert.Equal(1, await DatabaseText.CountAsync(Options, "CaseSubjects"));
        Assert.Equal("Jan de Vries", (await store.FindAsync("s-1"))!.Name);
    }

    [Fact]
    public async Task Register_SameBsnFromTwoRegistriesAtOnce_GivesBothTheSamePseudonym()
    {
        // Arrange: two registries over two stores, as two processes would have.
        var clock = new FakeTimeProvider(Now);
        var left = new SubjectRegistry(await OpenAsync(), clock);
        var right = new SubjectRegistry(await OpenAsync(), clock);
        var bsn = Bsn.Parse("123456782");

        // Act
        var results = await Task.WhenAll(
            Task.Run(() => left.RegisterAsync(bsn, "Jan de Vries")),
            Task.Run(() => right.RegisterAsync(bsn, "Jan de Vries")));

        // Assert
        Assert.Equal(results[0].Subject.SubjectId, results[1].Subject.SubjectId);
        Assert.Single(results, r => r.Created);
        Assert.Equal(1, await DatabaseText.CountAsync(Options, "CaseSubjects"));
    }

    [Fact]
    public async Task Delete_Subject_IsGoneByPseudonymAndBsn()
    {
        var store = await OpenAsync();
        await store.TryAddAsync(new CaseSubject { SubjectId = "s-1", Bsn = "123456782", Name = "Jan de Vries", RegisteredAt = Now });

        await store.DeleteAsync("s-1");

        Assert.Null(await store.FindAsync("s-1"));
        Assert.Null(await store.FindByBsnAsync("123456782"));
    }

    private async Task<EFCoreCaseSubjectStore> OpenAsync()
    {
        var factory = new WerkstroomDbContextFactory(Options);
        await new PersistenceInitializer(factory).InitializeAsync();
        return new EFCoreCaseSubjectStore(factory);
    }
}
