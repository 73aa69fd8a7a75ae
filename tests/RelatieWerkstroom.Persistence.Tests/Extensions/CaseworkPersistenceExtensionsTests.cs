using Microsoft.Extensions.DependencyInjection;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Extensions;
using RelatieWerkstroom.Casework.Outbox;
using RelatieWerkstroom.Casework.Subjects;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Persistence.Extensions;
using RelatieWerkstroom.Persistence.Stores;

namespace RelatieWerkstroom.Persistence.Tests.Extensions;

/// <summary>Which stores a host gets from AddPersistence, AddCaseworkPersistence and AddCaseFiles (nothing is opened).</summary>
public sealed class CaseworkPersistenceExtensionsTests
{
    private static readonly PersistenceOptions Options = PersistenceOptions.ForSqliteFile(Path.Combine(Path.GetTempPath(), "never-opened.db"));

    [Fact]
    public void AddCaseworkPersistence_WithoutAddPersistence_ThrowsNamingTheMissingCall()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddCaseworkPersistence());

        Assert.Contains("AddPersistence", error.Message);
    }

    public static TheoryData<string> Orders => ["casework persistence before AddCaseFiles", "casework persistence after AddCaseFiles"];

    [Theory]
    [MemberData(nameof(Orders))]
    public void Resolve_AfterAddPersistence_GivesDatabaseStoresAndAWrappedInstanceStore(string order)
    {
        // Arrange
        var services = new ServiceCollection().AddPersistence(Options);
        if (order.EndsWith("before AddCaseFiles", StringComparison.Ordinal)) services.AddCaseworkPersistence().AddCaseFiles();
        else services.AddCaseFiles().AddCaseworkPersistence();

        // Act
        using var provider = services.BuildServiceProvider();

        // Assert
        Assert.IsType<EFCoreCaseFileStore>(provider.GetRequiredService<ICaseFileStore>());
        Assert.IsType<EFCoreCaseSubjectStore>(provider.GetRequiredService<ICaseSubjectStore>());
        Assert.IsType<EFCoreOutbox>(provider.GetRequiredService<IOutbox>());
        var wrapped = Assert.IsType<CaseworkInstanceStore>(provider.GetRequiredService<IWorkflowInstanceStore>());
        Assert.IsType<EFCoreWorkflowInstanceStore>(wrapped.Inner);
        Assert.IsType<CaseFileCommitParticipant>(Assert.Single(provider.GetServices<ICommitParticipant>()));
        Assert.True(provider.GetRequiredService<CaseFileSessions>().IsAttached);
    }
}
