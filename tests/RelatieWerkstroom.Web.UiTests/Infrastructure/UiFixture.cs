using Microsoft.Playwright;

namespace RelatieWerkstroom.Web.UiTests.Infrastructure;

/// <summary>
/// One host and one Chromium for the whole run (starting either takes seconds); each test opens its own
/// browser context, so cookies and storage never leak between journeys.
/// </summary>
public sealed class UiFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium; Playwright's own browser download is not available here.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;

    public WerkstroomHost Host { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Chromium is missing at {ChromiumPath}; install it with `apt-get install -y chromium` (test.sh does).");
        BaseAddress = Host.BaseAddress;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumArgs });
    }

    /// <summary>A fresh browser context (own cookies) with Dutch as the browser language and a desktop-sized window.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "nl-NL",
            TimezoneId = "Europe/Amsterdam",
            ViewportSize = new() { Width = 1280, Height = 900 },
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(15_000);
        // Assertions wait as long as actions do: on a loaded CI machine a page's first API answer can take over the
        // 5 s Playwright waits by default (the new-workflow journey's worklist filter failed so, once per few runs).
        Assertions.SetDefaultExpectTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        await Host.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class UiCollection : ICollectionFixture<UiFixture>
{
    public const string Name = "browser";
}
