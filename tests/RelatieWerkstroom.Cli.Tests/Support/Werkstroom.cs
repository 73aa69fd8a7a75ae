using System.Diagnostics;

namespace RelatieWerkstroom.Cli.Tests.Support;

/// <summary>Runs the real <c>werkstroom</c> program in a separate process, as scripts do.</summary>
public static class Werkstroom
{
    public sealed record Result(int ExitCode, string[] Stdout, string[] Stderr, bool Killed = false)
    {
        public string LastLine => Stdout.Length == 0 ? "" : Stdout[^1];
    }

    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The Elsa 3 samples the repository keeps as test fixtures.</summary>
    public static string Elsa3Samples { get; } = Path.Combine(RepositoryRoot, "tests", "fixtures", "elsa3");

    public static string Sample(string name) => Path.Combine(Elsa3Samples, name);

    public static Task<Result> RunAsync(params string[] args) => RunAsync(new Dictionary<string, string?>(), args);

    /// <summary>Runs with extra environment variables; a null value removes the variable for the child process.</summary>
    public static Task<Result> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        RunAsync(environment, killAfter: null, args);

    /// <summary>
    /// Runs, and kills the process (SIGKILL, as a crash or an operator's kill -9) if it is still running after
    /// <paramref name="killAfter"/>; a killed run has <see cref="Result.Killed"/> set and whatever it printed until then.
    /// </summary>
    public static async Task<Result> RunAsync(IReadOnlyDictionary<string, string?> environment, TimeSpan? killAfter, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "werkstroom.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryRoot };
        foreach (var (name, value) in environment)
        {
            if (value is null) info.Environment.Remove(name);
            else info.Environment[name] = value;
        }
        info.ArgumentList.Add(dll);
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (killAfter is { } delay)
        {
            using var untilKill = new CancellationTokenSource(delay);
            try
            {
                await process.WaitForExitAsync(untilKill.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        // A process that exited on its own just before the kill keeps its own exit code; SIGKILL shows as 128 + 9.
        var killed = killAfter is not null && process.ExitCode == 137;
        return new Result(process.ExitCode, Lines(await stdout), Lines(await stderr), killed);
    }

    private static string[] Lines(string text) => text.Replace("\r", "").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RelatieWerkstroom.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("RelatieWerkstroom.sln not found");
    }
}
