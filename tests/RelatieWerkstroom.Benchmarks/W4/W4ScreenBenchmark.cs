using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using RelatieWerkstroom.Benchmarks.Measurement;
using RelatieWerkstroom.Persistence;

namespace RelatieWerkstroom.Benchmarks.W4;

/// <summary>
/// W4 on the screen: the time until a caseworker can use the worklist when the team has many open tasks. A SQLite file
/// is filled through the product's bulk importer with that many open tasks, all of team wijkteam-noord and role
/// consulent; the real host (its own process, Production mode with the demo users, the built front-end) is started on
/// that file; Chromium signs in as consulent.noord and loads /werkvoorraad again and again. Per load: from the start of
/// the navigation until the first row's task link is in the page (the browser's own clock) and until Playwright finds
/// it visible, focusable and clickable; and how long the page's own worklist request took. Then the same worklist
/// request alone, over HTTP with the signed-in cookie. Cold loads use a new browser context (empty cache, signed-in
/// cookie), warm loads reload one page.
/// </summary>
public static class W4ScreenBenchmark
{
    private const string Team = "wijkteam-noord";
    private const string UserName = "consulent.noord";
    private const string Password = "Demo-Werkstroom-2026!";
    private const string FirstRowLink = "[data-testid=worklist-row] a";

    // Records, in the page, when the first row's link appears (performance.now() counts from the navigation's start).
    private const string FirstRowObserver = """
        (() => {
          const seen = () => document.querySelector('[data-testid=worklist-row] a');
          const observer = new MutationObserver(() => {
            if (!seen()) return;
            window.__rwFirstRow = performance.now();
            observer.disconnect();
          });
          observer.observe(document, { childList: true, subtree: true });
        })();
        """;

    private const string WorklistRequestTiming = """
        () => {
          const entry = performance.getEntriesByType('resource').find(e => e.name.includes('/api/worklist?'));
          return entry ? [entry.startTime, entry.responseEnd - entry.startTime] : [-1, -1];
        }
        """;

    public static async Task<int> RunAsync(int tasks, int loads)
    {
        Console.WriteLine($"W4 screen: time to an interactive worklist with {tasks:N0} open tasks of one team (SQLite, real host, Chromium)");
        foreach (var line in MachineInfo.Describe()) Console.WriteLine(line);
        var folder = Path.Combine(Path.GetTempPath(), "rw-w4-screen-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var fill = Stopwatch.StartNew();
            var contexts = new WerkstroomDbContextFactory(PersistenceOptions.ForSqliteFile(Path.Combine(folder, "werkstroom.db")));
            await new PersistenceInitializer(contexts).InitializeAsync();
            await W4Benchmark.FillAsync(contexts, tasks, Team, "consulent");
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Console.WriteLine($"filled in {fill.Elapsed.TotalSeconds:N1} s");

            await using var host = await HostProcess.StartAsync(folder);
            Console.WriteLine($"host started in {host.StartSeconds:N1} s at {host.BaseAddress}");
            return await MeasureAsync(host.BaseAddress, tasks, loads);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, true); } catch (IOException) { /* the host may hold the file a moment longer */ }
        }
    }

    private static async Task<int> MeasureAsync(Uri baseAddress, int tasks, int loads)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium", Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var options = new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(), Locale = "nl-NL", TimezoneId = "Europe/Amsterdam", ViewportSize = new() { Width = 1280, Height = 900 },
        };
        var signedIn = await SignInAsync(browser, options);
        options.StorageState = signedIn;

        string? worklistUrl = null;
        var cold = new List<Load>();
        for (var i = 0; i < loads + 2; i++)
        {
            await using var context = await browser.NewContextAsync(options);
            await context.AddInitScriptAsync(FirstRowObserver);
            var page = await context.NewPageAsync();
            page.Request += (_, request) => { if (request.Url.Contains("/api/worklist?")) worklistUrl ??= request.Url; };
            var load = await LoadAsync(page, tasks);
            if (i >= 2) cold.Add(load); // the first two warm up the host and the browser
        }
        var warm = new List<Load>();
        await using (var context = await browser.NewContextAsync(options))
        {
            await context.AddInitScriptAsync(FirstRowObserver);
            var page = await context.NewPageAsync();
            for (var i = 0; i < loads + 2; i++)
            {
                var load = await LoadAsync(page, tasks);
                if (i >= 2) warm.Add(load);
            }
        }

        var api = await TimeApiAsync(new Uri(worklistUrl ?? throw new InvalidOperationException("the page sent no worklist request")), signedIn, samples: 50);

        Console.WriteLine();
        Console.WriteLine($"| {loads} loads each, ms | navigation → first row in the page p50 / p95 | → visible, focusable, clickable (Playwright) p50 / p95 | the page's worklist request p50 / p95 | it started at p50 |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (name, set) in new[] { ("cold (new context, empty cache)", cold), ("warm (reload, cached scripts)", warm) })
            Console.WriteLine($"| {name} | {Pair(set.Select(l => l.InPage))} | {Pair(set.Select(l => l.Interactive))} | {Pair(set.Select(l => l.Request))} | {Percentile(set.Select(l => l.RequestStart), 0.5):N0} |");
        Console.WriteLine($"GET {api.Url.PathAndQuery} alone (HTTP, signed in, 50 after 5 warm-up): p50 {api.Times}");
        Console.WriteLine($"W4 screen at {tasks:N0} open team tasks: an interactive worklist after p50 {Percentile(cold.Select(l => l.Interactive), 0.5):N0} / p95 {Percentile(cold.Select(l => l.Interactive), 0.95):N0} ms (cold), " +
            $"{Percentile(warm.Select(l => l.Interactive), 0.5):N0} / {Percentile(warm.Select(l => l.Interactive), 0.95):N0} ms (warm); the worklist API alone p50 {api.Times}");
        return 0;
    }

    private static async Task<string> SignInAsync(IBrowser browser, BrowserNewContextOptions options)
    {
        await using var context = await browser.NewContextAsync(options);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/inloggen");
        await page.GetByLabel("Gebruikersnaam").FillAsync(UserName);
        await page.GetByLabel("Wachtwoord").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).WaitForAsync(new() { Timeout = 60_000 });
        return await context.StorageStateAsync();
    }

    private static async Task<Load> LoadAsync(IPage page, int tasks)
    {
        var start = Stopwatch.GetTimestamp();
        await page.GotoAsync("/werkvoorraad", new() { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
        var link = page.Locator(FirstRowLink).First;
        await link.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 60_000 });
        await link.ClickAsync(new() { Trial = true, Timeout = 60_000 }); // actionable: visible, stable, enabled, receives events
        await link.FocusAsync();
        var interactive = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        if (!await link.EvaluateAsync<bool>("a => document.activeElement === a"))
            throw new InvalidOperationException("the first row's link did not take the focus");
        var count = await page.GetByTestId("worklist-count").InnerTextAsync();
        if (!count.Replace(".", "").Replace(" ", "").Contains(tasks.ToString()))
            throw new InvalidOperationException($"the worklist says '{count}', expected {tasks} tasks");
        var inPage = await page.EvaluateAsync<double>("() => window.__rwFirstRow ?? -1");
        var request = await page.EvaluateAsync<double[]>(WorklistRequestTiming);
        return new Load(inPage, interactive, request[1], request[0]);
    }

    private static async Task<(Uri Url, string Times)> TimeApiAsync(Uri url, string storageState, int samples)
    {
        var cookies = new CookieContainer();
        using var state = System.Text.Json.JsonDocument.Parse(storageState);
        foreach (var cookie in state.RootElement.GetProperty("cookies").EnumerateArray())
            cookies.Add(new System.Net.Cookie(cookie.GetProperty("name").GetString()!, cookie.GetProperty("value").GetString()!, cookie.GetProperty("path").GetString()!,
                cookie.GetProperty("domain").GetString()!));
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies });
        http.DefaultRequestHeaders.Add("Accept-Language", "nl");
        var times = new List<double>();
        for (var i = 0; i < samples + 5; i++)
        {
            var start = Stopwatch.GetTimestamp();
            using var response = await http.GetAsync(url);
            var body = await response.Content.ReadAsByteArrayAsync();
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"GET {url}: {(int)response.StatusCode}");
            if (i >= 5) times.Add(elapsed);
        }
        return (url, $"{Percentile(times, 0.5):N1} / p95 {Percentile(times, 0.95):N1} / max {times.Max():N1} ms");
    }

    private static string Pair(IEnumerable<double> values)
    {
        var list = values.ToList();
        return $"{Percentile(list, 0.5):N0} / {Percentile(list, 0.95):N0}";
    }

    private static double Percentile(IEnumerable<double> values, double q)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, Math.Max(0, (int)Math.Ceiling(q * sorted.Length) - 1))];
    }

    private sealed record Load(double InPage, double Interactive, double Request, double RequestStart);

    /// <summary>The built host (src/RelatieWerkstroom.Web, same configuration as this benchmark) as a child process.</summary>
    private sealed class HostProcess : IAsyncDisposable
    {
        private readonly Process _process;

        private HostProcess(Process process, Uri baseAddress, double startSeconds)
        {
            _process = process;
            BaseAddress = baseAddress;
            StartSeconds = startSeconds;
        }

        public Uri BaseAddress { get; }

        public double StartSeconds { get; }

        public static async Task<HostProcess> StartAsync(string dataFolder)
        {
            // bin/<Configuration>/net10.0/ of this benchmark → the host's output of the same configuration.
            var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = output.Parent!.Name;
            var hostFolder = Path.Combine(RepositoryRoot(), "src", "RelatieWerkstroom.Web", "bin", configuration, output.Name);
            var dll = Path.Combine(hostFolder, "RelatieWerkstroom.Web.dll");
            if (!File.Exists(Path.Combine(hostFolder, "wwwroot", "index.html")))
                throw new InvalidOperationException($"{hostFolder}: no built host with its front-end; build the benchmark (it builds the host) first");
            var port = FreePort();
            var log = Path.Combine(dataFolder, "host.log");
            var info = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = hostFolder, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true,
                ArgumentList = { dll, "--data", dataFolder, "--urls", $"http://127.0.0.1:{port}", "--Werkstroom:Demo=true" },
                Environment = { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["Logging__LogLevel__Default"] = "Warning" },
            };
            var started = Stopwatch.StartNew();
            var process = Process.Start(info)!;
            var writer = new StreamWriter(log) { AutoFlush = true };
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (writer) writer.WriteLine(e.Data); };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (writer) writer.WriteLine(e.Data); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var baseAddress = new Uri($"http://127.0.0.1:{port}/");
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            while (true)
            {
                if (process.HasExited) throw new InvalidOperationException($"the host stopped with {process.ExitCode} at start:\n{Tail(log)}");
                if (started.Elapsed > TimeSpan.FromMinutes(3)) throw new TimeoutException($"the host did not answer within 3 minutes:\n{Tail(log)}");
                try
                {
                    using var response = await http.GetAsync(new Uri(baseAddress, "api/auth/methods"));
                    if (response.IsSuccessStatusCode) break;
                }
                catch (HttpRequestException) { }
                catch (TaskCanceledException) { }
                await Task.Delay(100); // waiting for the host to listen, not timing anything
            }
            return new HostProcess(process, baseAddress, started.Elapsed.TotalSeconds);
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
            _process.Dispose();
        }

        private static int FreePort()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }

        private static string Tail(string log)
        {
            try { return string.Join('\n', File.ReadLines(log).TakeLast(30)); } catch (IOException) { return "(no log)"; }
        }

        private static string RepositoryRoot()
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RelatieWerkstroom.sln"))) directory = directory.Parent;
            return directory?.FullName ?? throw new InvalidOperationException("RelatieWerkstroom.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
