using System.Text.Json.Nodes;
using RelatieWerkstroom.Simulation;

namespace RelatieWerkstroom.Simulation.Tests;

public sealed class DistributionTests
{
    private const int Draws = 20_000;

    public static TheoryData<string, double, double, double> Shapes => new()
    {
        // json, expected median (days), lowest and highest possible value (days)
        { """{"type":"lognormal","median":"2d","sigma":0.8}""", 2, 0, double.MaxValue },
        { """{"type":"triangular","min":"1d","mode":"3d","max":"11d"}""", 11 - Math.Sqrt(0.5 * 10 * 8), 1, 11 },
        { """{"type":"exponential","mean":"4d"}""", 4 * Math.Log(2), 0, double.MaxValue },
        { """{"type":"uniform","min":"1h","max":"5h"}""", 3.0 / 24, 1.0 / 24, 5.0 / 24 },
        { """{"type":"fixed","value":"90m"}""", 1.5 / 24, 1.5 / 24, 1.5 / 24 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Sample_ManyDraws_MedianMatchesAndStaysInRange(string json, double median, double min, double max)
    {
        var problems = new List<(string, string)>();
        var distribution = Distribution.Parse(JsonNode.Parse(json), "d", problems)!;
        var random = new Random(5);

        var draws = Enumerable.Range(0, Draws).Select(_ => distribution.Sample(random).TotalDays).Order().ToList();

        Assert.Empty(problems);
        Assert.InRange(draws[Draws / 2], median * 0.95 - 1e-9, median * 1.05 + 1e-9);
        Assert.InRange(distribution.Median.TotalDays, median * 0.999 - 1e-9, median * 1.001 + 1e-9);
        Assert.True(draws[0] >= min - 1e-9 && draws[^1] <= max + 1e-9, $"draws from {draws[0]} to {draws[^1]}");
    }

    [Fact]
    public void Sample_SameSeed_SameDraws()
    {
        var distribution = Distribution.LogNormal(TimeSpan.FromDays(3), 0.9);

        var first = Enumerable.Range(0, 100).Select(_ => distribution.Sample(new Random(42))).ToList();
        var a = new Random(42);
        var b = new Random(42);

        Assert.Equal(Enumerable.Range(0, 100).Select(_ => distribution.Sample(a)), Enumerable.Range(0, 100).Select(_ => distribution.Sample(b)));
        Assert.Single(first.Distinct());
    }

    [Fact]
    public void Sample_HeavyTail_IsCutOffAtTheCeiling()
    {
        var distribution = Distribution.LogNormal(TimeSpan.FromDays(900), 3);
        var random = new Random(1);

        var longest = Enumerable.Range(0, Draws).Max(_ => distribution.Sample(random));

        Assert.Equal(Distribution.Ceiling, longest);
    }

    public static TheoryData<string, string> Invalid => new()
    {
        { """{"type":"lognormal","median":"2d"}""", "d.sigma" },
        { """{"type":"lognormal","median":"0d","sigma":1}""", "d.median" },
        { """{"type":"triangular","min":"5d","mode":"3d","max":"10d"}""", "min <= mode <= max" },
        { """{"type":"uniform","min":"2d","max":"1d"}""", "min <= max" },
        { """{"type":"gamma","mean":"2d"}""", "unknown distribution type 'gamma'" },
        { """{"type":"fixed","value":"2 days"}""", "d.value" },
        { "\"2d\"", "must be an object" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Parse_Invalid_ReportsWhatAndWhere(string json, string expected)
    {
        var problems = new List<(string Path, string Message)>();

        var distribution = Distribution.Parse(JsonNode.Parse(json), "d", problems);

        Assert.Null(distribution);
        Assert.Contains(problems, p => (p.Path + ": " + p.Message).Contains(expected, StringComparison.Ordinal));
    }
}
