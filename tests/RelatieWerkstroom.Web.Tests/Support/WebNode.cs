using System.Collections.Concurrent;
using System.Diagnostics;

namespace RelatieWerkstroom.Web.Tests.Support;

/// <summary>
/// The real web host in a process of its own (<c>dotnet RelatieWerkstroom.Web.dll</c>), as an operator runs a node:
/// its own port on 127.0.0.1 and its own data folder, the database given by connection string. Used where one process
/// cannot stand for two (Quartz keeps its schedulers by name per process, so two clustered nodes need two processes).
/// </summary>
public sealed class WebNode : IAsyncDisposable
{
    private const string Listening = "listens on ";

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource<Uri> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private WebNode(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    /// <summary>The node's name in the test (also its data folder's name).</summary>
    public string Name { get; }

    /// <summary>Where it listens, once started.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Everything it has written so far (stdout and stderr, line by line).</summary>
    public IReadOnlyList<string> Output => [.. _output];

    /// <summary>Whether the process has ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>
    /// Starts a node with <paramref name="settings"/> as command-line settings (<c>--Key=value</c>) in demo mode without a
    /// seeded caseload, over <paramref name="data"/>'s database; returns once it listens, fails with its output if it ends
    /// first or does not listen within <paramref name="within"/> (a hang, not a speed: a start takes seconds).
    /// </summary>
    public static async Task<WebNode> StartAsync(string name, TestData data, IReadOnlyDictionary<string, string?>? settings = null, TimeSpan? within = null)
    {
        var folder = Path.Combine(data.DataFolder, name);
        Directory.CreateDirectory(folder);
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment.Remove("ASPNETCORE_URLS");
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "RelatieWerkstroom.Web.dll"));
        var all = new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["data"] = folder,
            ["Werkstroom:Demo"] = "true",
            ["Werkstroom:DemoSeed:Cases"] = "0",
            ["Logging:Console:FormatterName"] = "simple",
            ["Logging:Console:FormatterOptions:SingleLine"] = "true",
        };
        if (data.PostgresConnectionString is { } postgres) all["ConnectionStrings:PostgreSql"] = postgres;
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        foreach (var (key, value) in all) info.ArgumentList.Add($"--{key}={value}");

        var node = new WebNode(name, new Process { StartInfo = info, EnableRaisingEvents = true });
        node._process.OutputDataReceived += (_, e) => node.Received(e.Data);
        node._process.ErrorDataReceived += (_, e) => node.Received(e.Data);
        node._process.Exited += (_, _) => node._address.TrySetException(new InvalidOperationException($"node {name} ended"));
        node._process.Start();
        node._process.BeginOutputReadLine();
        node._process.BeginErrorReadLine();
        try
        {
            node.Address = await node._address.Task.WaitAsync(within ?? TimeSpan.FromMinutes(2));
        }
        catch (Exception ex)
        {
            var output = string.Join('\n', node.Output.TakeLast(60));
            await node.DisposeAsync();
            throw new InvalidOperationException($"node {name} did not start ({ex.Message}); its output:\n{output}", ex);
        }
        return node;
    }

    /// <summary>A client of this node that keeps its cookies in <paramref name="cookies"/> (share one between nodes to carry a sign-in over).</summary>
    public ApiClient NewClient(BrowserCookies? cookies = null)
    {
        cookies ??= new BrowserCookies();
        cookies.InnerHandler ??= new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false };
        return new ApiClient(new HttpClient(cookies, disposeHandler: false) { BaseAddress = Address });
    }

    /// <summary>A client signed in as a demo user on this node.</summary>
    public async Task<ApiClient> SignInAsync(string userName)
    {
        var client = NewClient();
        await client.SignInAsync(userName);
        return client;
    }

    /// <summary>Lines of its output containing <paramref name="text"/>.</summary>
    public IReadOnlyList<string> Lines(string text) => [.. _output.Where(l => l.Contains(text, StringComparison.Ordinal))];

    /// <summary>Kills the process at once (SIGKILL), as a crash or <c>kill -9</c> does: nothing is shut down.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    private void Received(string? line)
    {
        if (line is null) return;
        _output.Enqueue(line);
        var at = line.IndexOf(Listening, StringComparison.Ordinal);
        if (at >= 0 && Uri.TryCreate(line[(at + Listening.Length)..].Trim(), UriKind.Absolute, out var address)) _address.TrySetResult(address);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }
}
