using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace RelatieWerkstroom.Simulation;

/// <summary>Reads durations written as a number and a unit: <c>30m</c>, <c>4h</c>, <c>2.5d</c>, <c>3w</c>.</summary>
public static class DurationText
{
    /// <summary>Parses a duration; the error says what is wrong with the text.</summary>
    public static bool TryParse(string? text, out TimeSpan duration, [NotNullWhen(false)] out string? error)
    {
        duration = TimeSpan.Zero;
        var value = (text ?? "").Trim().ToLowerInvariant();
        if (value.Length < 2)
        {
            error = $"'{text}' is not a duration; write a number and a unit, e.g. 30m, 4h, 2d or 3w";
            return false;
        }
        var unit = value[^1];
        var perUnit = unit switch
        {
            'm' => TimeSpan.FromMinutes(1),
            'h' => TimeSpan.FromHours(1),
            'd' => TimeSpan.FromDays(1),
            'w' => TimeSpan.FromDays(7),
            _ => TimeSpan.Zero,
        };
        if (perUnit == TimeSpan.Zero)
        {
            error = $"'{text}' has an unknown unit '{unit}'; use m (minutes), h (hours), d (days) or w (weeks)";
            return false;
        }
        if (!double.TryParse(value[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) || double.IsNaN(amount) || double.IsInfinity(amount))
        {
            error = $"'{text}' does not start with a number";
            return false;
        }
        if (amount < 0)
        {
            error = $"'{text}' is negative; a duration cannot be";
            return false;
        }
        if (amount * perUnit.TotalDays > 3650)
        {
            error = $"'{text}' is longer than ten years";
            return false;
        }
        duration = perUnit * amount;
        error = null;
        return true;
    }
}
