using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace RelatieWerkstroom.Web.UiTests.Infrastructure;

/// <summary>
/// The real host on Kestrel (a free loopback port) with a fresh SQLite file in a temporary data folder, in demo mode:
/// the demo users exist and the demo caseload is seeded, as on a first `dotnet run`.
/// </summary>
public sealed class WerkstroomHost : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    /// <summary>The temporary data folder holding the SQLite file; removed on dispose.</summary>
    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "werkstroom-ui-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>A host with <paramref name="settings"/> on top of the demo defaults (e.g. an OpenID Connect provider).</summary>
    public WerkstroomHost(IReadOnlyDictionary<string, string?>? settings = null)
    {
        _settings = settings ?? new Dictionary<string, string?>();
        Directory.CreateDirectory(DataFolder);
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
    }

    /// <summary>Where the browser reaches the host, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            return new Uri(addresses.First());
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("data", DataFolder);
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment on shutdown; the temp folder is cleaned by the OS.
        }
    }
}
