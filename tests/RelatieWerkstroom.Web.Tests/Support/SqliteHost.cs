namespace RelatieWerkstroom.Web.Tests.Support;

/// <summary>One host on its own SQLite file shared by the tests of a class (tests that change data use their own users or cases).</summary>
public sealed class SqliteHost : IAsyncLifetime
{
    /// <summary>The host.</summary>
    public TestHost Host { get; } = TestHost.Sqlite();

    /// <inheritdoc />
    public Task InitializeAsync()
    {
        Host.Server.BaseAddress.ToString(); // starts it once, before the first test
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task DisposeAsync() => await Host.DisposeAsync();
}
