using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace RelatieWerkstroom.Web.Tests.Support;

/// <summary>
/// The real host (Program) in demo mode over <see cref="TestData"/>: a SQLite file in a temporary data folder, or a
/// PostgreSQL database. A host made with <see cref="Sqlite"/> owns its data and removes it on dispose.
/// </summary>
public sealed class TestHost(TestData data, IReadOnlyDictionary<string, string?>? settings = null, bool ownsData = false)
    : WebApplicationFactory<Program>
{
    /// <summary>Where the host keeps its data.</summary>
    public TestData Data { get; } = data;

    /// <summary>Services that replace the host's own (e.g. a fake <see cref="TimeProvider"/>), applied after the host's registrations.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>A host on its own new SQLite file.</summary>
    public static TestHost Sqlite(IReadOnlyDictionary<string, string?>? settings = null) => new(TestData.Sqlite(), settings, ownsData: true);

    /// <summary>A host on its own new database of the given kind.</summary>
    public static TestHost Of(string database, IReadOnlyDictionary<string, string?>? settings = null) => new(TestData.Of(database), settings, ownsData: true);

    /// <summary>A client that keeps cookies and sends the antiforgery header, like the SPA does.</summary>
    public ApiClient NewClient() => new(CreateDefaultClient(new BrowserCookies()));

    /// <summary>The same over <c>https://localhost</c>, for flows whose cookies are Secure (OpenID Connect's correlation cookies).</summary>
    public ApiClient NewHttpsClient() => new(CreateDefaultClient(new Uri("https://localhost"), new BrowserCookies()));

    /// <summary>A client signed in as a demo user.</summary>
    public async Task<ApiClient> SignInAsync(string userName)
    {
        var client = NewClient();
        await client.SignInAsync(userName);
        return client;
    }

    /// <summary>A service of the running host (to set up data through Casework, as a real caller would).</summary>
    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("data", Data.DataFolder);
        builder.UseSetting("Werkstroom:Demo", "true");
        // Tests arrange their own cases; the ones about the demo caseload ask for one (Werkstroom:DemoSeed:Cases).
        builder.UseSetting("Werkstroom:DemoSeed:Cases", "0");
        // Quartz keeps process-wide state; only the tests about the scheduler run it (Werkstroom:Scheduler:Enabled).
        builder.UseSetting("Werkstroom:Scheduler:Enabled", "false");
        if (Data.PostgresConnectionString is { } postgres) builder.UseSetting("ConnectionStrings:PostgreSql", postgres);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) builder.UseSetting(key, value);
        if (TestServices is { } services) builder.ConfigureTestServices(services);
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (ownsData) await Data.DisposeAsync();
    }
}
