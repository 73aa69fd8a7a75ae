using Microsoft.Extensions.DependencyInjection;
using RelatieWerkstroom.Persistence.Extensions;

namespace RelatieWerkstroom.Persistence.Tests.Extensions;

/// <summary>Registration fails early, with a message naming what is missing, when the options name no database.</summary>
public sealed class PersistenceExtensionsTests
{
    public static TheoryData<PersistenceOptions, string> Incomplete => new()
    {
        { new PersistenceOptions { Provider = PersistenceProvider.Sqlite }, "FilePath" },
        { new PersistenceOptions { Provider = PersistenceProvider.PostgreSql, FilePath = "werkstroom.db" }, "ConnectionString" },
        { new PersistenceOptions { FilePath = "werkstroom.db", BusyTimeout = TimeSpan.Zero }, "BusyTimeout" },
    };

    [Theory]
    [MemberData(nameof(Incomplete))]
    public void AddPersistence_IncompleteOptions_ThrowsNamingTheMissingSetting(PersistenceOptions options, string missing)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddPersistence(options));

        Assert.Contains(missing, error.Message);
    }
}
