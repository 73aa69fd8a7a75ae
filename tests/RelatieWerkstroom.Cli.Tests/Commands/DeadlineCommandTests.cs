using RelatieWerkstroom.Cli.Tests.Support;

namespace RelatieWerkstroom.Cli.Tests.Commands;

/// <summary><c>werkstroom deadline</c> prints the deadline as the last line.</summary>
public sealed class DeadlineCommandTests
{
    [Fact]
    public async Task Deadline_TwoWeeksEndingOnKoningsdag2026_MovesToTuesday()
    {
        // 2026-04-13 + 2 weeks = Monday 2026-04-27, Koningsdag → next working day.
        var result = await Werkstroom.RunAsync("deadline", "--from", "2026-04-13", "--term", "2 weeks");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("2026-04-28", result.LastLine);
    }

    [Fact]
    public async Task Deadline_WithSuspensionAndExtension_AddsBoth()
    {
        // 2026-01-05 + 8 weeks = 2026-03-02; +4 weeks = 2026-03-30; +9 suspended days = Wednesday 2026-04-08.
        var result = await Werkstroom.RunAsync("deadline", "--from", "2026-01-05", "--term", "8 weeks",
            "--suspend", "2026-02-01:2026-02-10", "--extend", "4 weeks");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("2026-04-08", result.LastLine);
    }

    [Fact]
    public async Task Deadline_BadTerm_ExplainsAndExits2()
    {
        var result = await Werkstroom.RunAsync("deadline", "--from", "2026-01-05", "--term", "8 wekken");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(result.Stderr, l => l.Contains("'8 wekken' is not a term"));
    }
}
