using System.Globalization;
using System.Text.Json.Nodes;

namespace RelatieWerkstroom.Simulation;

/// <summary>
/// A distribution of durations the simulation samples from, written in JSON as
/// <c>{"type":"lognormal","median":"2d","sigma":0.8}</c>, <c>{"type":"triangular","min":"1d","mode":"3d","max":"10d"}</c>,
/// <c>{"type":"exponential","mean":"5d"}</c>, <c>{"type":"uniform","min":"1h","max":"4h"}</c> or
/// <c>{"type":"fixed","value":"15m"}</c>.
/// </summary>
public abstract class Distribution
{
    /// <summary>The longest duration a sample may have; longer draws are cut off here so one draw cannot stall a case for years.</summary>
    public static readonly TimeSpan Ceiling = TimeSpan.FromDays(3 * 365);

    /// <summary>Draws one duration (never negative, never above <see cref="Ceiling"/>).</summary>
    public TimeSpan Sample(Random random)
    {
        var value = Draw(random);
        if (value < 0 || double.IsNaN(value)) return TimeSpan.Zero;
        return value >= Ceiling.TotalDays ? Ceiling : TimeSpan.FromDays(value);
    }

    /// <summary>The median of the distribution.</summary>
    public abstract TimeSpan Median { get; }

    /// <summary>A lognormal distribution: the log of the duration is normal; <paramref name="sigma"/> is its standard deviation.</summary>
    public static Distribution LogNormal(TimeSpan median, double sigma) => new LogNormalDistribution(median.TotalDays, sigma);

    /// <summary>A triangular distribution between <paramref name="min"/> and <paramref name="max"/>, most likely at <paramref name="mode"/>.</summary>
    public static Distribution Triangular(TimeSpan min, TimeSpan mode, TimeSpan max) => new TriangularDistribution(min.TotalDays, mode.TotalDays, max.TotalDays);

    /// <summary>An exponential distribution with the given mean.</summary>
    public static Distribution Exponential(TimeSpan mean) => new ExponentialDistribution(mean.TotalDays);

    /// <summary>Every duration between <paramref name="min"/> and <paramref name="max"/> equally likely.</summary>
    public static Distribution Uniform(TimeSpan min, TimeSpan max) => new UniformDistribution(min.TotalDays, max.TotalDays);

    /// <summary>Always the same duration.</summary>
    public static Distribution Fixed(TimeSpan value) => new UniformDistribution(value.TotalDays, value.TotalDays);

    /// <summary>Reads a distribution; problems are added with their JSON path, and null is returned when there are any.</summary>
    public static Distribution? Parse(JsonNode? node, string path, ICollection<(string Path, string Message)> problems)
    {
        if (node is not JsonObject obj)
        {
            problems.Add((path, "a distribution must be an object such as {\"type\":\"lognormal\",\"median\":\"2d\",\"sigma\":0.8}"));
            return null;
        }
        var type = Text(obj, "type")?.ToLowerInvariant();
        var before = problems.Count;
        Distribution? result = null;
        switch (type)
        {
            case "lognormal":
            {
                var median = Duration(obj, "median", path, problems);
                var sigma = Number(obj, "sigma", path, problems, 0, 3);
                if (problems.Count == before && median <= TimeSpan.Zero) problems.Add(($"{path}.median", "the median of a lognormal distribution must be above zero"));
                if (problems.Count == before) result = LogNormal(median, sigma);
                break;
            }
            case "triangular":
            {
                var min = Duration(obj, "min", path, problems);
                var mode = Duration(obj, "mode", path, problems);
                var max = Duration(obj, "max", path, problems);
                if (problems.Count == before && !(min <= mode && mode <= max && min < max))
                    problems.Add((path, $"a triangular distribution needs min <= mode <= max and min < max (got {min}, {mode}, {max})"));
                if (problems.Count == before) result = Triangular(min, mode, max);
                break;
            }
            case "exponential":
            {
                var mean = Duration(obj, "mean", path, problems);
                if (problems.Count == before && mean <= TimeSpan.Zero) problems.Add(($"{path}.mean", "the mean of an exponential distribution must be above zero"));
                if (problems.Count == before) result = Exponential(mean);
                break;
            }
            case "uniform":
            {
                var min = Duration(obj, "min", path, problems);
                var max = Duration(obj, "max", path, problems);
                if (problems.Count == before && max < min) problems.Add((path, $"a uniform distribution needs min <= max (got {min}, {max})"));
                if (problems.Count == before) result = Uniform(min, max);
                break;
            }
            case "fixed":
            {
                var value = Duration(obj, "value", path, problems);
                if (problems.Count == before) result = Fixed(value);
                break;
            }
            default:
                problems.Add(($"{path}.type", type is null
                    ? "the distribution has no type; use lognormal, triangular, exponential, uniform or fixed"
                    : $"unknown distribution type '{type}'; use lognormal, triangular, exponential, uniform or fixed"));
                break;
        }
        return result;
    }

    /// <summary>Draws a value in days.</summary>
    protected abstract double Draw(Random random);

    /// <summary>A standard normal draw (Box–Muller), from two uniform draws of <paramref name="random"/>.</summary>
    protected static double StandardNormal(Random random)
    {
        var u1 = 1.0 - random.NextDouble(); // (0, 1], so the log is finite
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    private static string? Text(JsonObject obj, string name) =>
        obj[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s.Trim() : null;

    private static TimeSpan Duration(JsonObject obj, string name, string path, ICollection<(string, string)> problems)
    {
        var text = Text(obj, name);
        if (text is null)
        {
            problems.Add(($"{path}.{name}", $"'{name}' is missing; write a duration such as \"2d\""));
            return TimeSpan.Zero;
        }
        if (!DurationText.TryParse(text, out var duration, out var error))
        {
            problems.Add(($"{path}.{name}", error));
            return TimeSpan.Zero;
        }
        return duration;
    }

    private static double Number(JsonObject obj, string name, string path, ICollection<(string, string)> problems, double min, double max)
    {
        if (obj[name] is JsonValue v && v.TryGetValue<double>(out var number) && number >= min && number <= max) return number;
        problems.Add(($"{path}.{name}", $"'{name}' must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}"));
        return 0;
    }

    private sealed class LogNormalDistribution(double median, double sigma) : Distribution
    {
        public override TimeSpan Median => TimeSpan.FromDays(median);

        protected override double Draw(Random random) => median * Math.Exp(sigma * StandardNormal(random));
    }

    private sealed class TriangularDistribution(double min, double mode, double max) : Distribution
    {
        public override TimeSpan Median => TimeSpan.FromDays(Inverse(0.5));

        protected override double Draw(Random random) => Inverse(random.NextDouble());

        private double Inverse(double u)
        {
            if (max <= min) return min;
            var split = (mode - min) / (max - min);
            return u < split
                ? min + Math.Sqrt(u * (max - min) * (mode - min))
                : max - Math.Sqrt((1 - u) * (max - min) * (max - mode));
        }
    }

    private sealed class ExponentialDistribution(double mean) : Distribution
    {
        public override TimeSpan Median => TimeSpan.FromDays(mean * Math.Log(2));

        protected override double Draw(Random random) => -mean * Math.Log(1.0 - random.NextDouble());
    }

    private sealed class UniformDistribution(double min, double max) : Distribution
    {
        public override TimeSpan Median => TimeSpan.FromDays((min + max) / 2);

        protected override double Draw(Random random) => min == max ? min : min + (max - min) * random.NextDouble();
    }
}
