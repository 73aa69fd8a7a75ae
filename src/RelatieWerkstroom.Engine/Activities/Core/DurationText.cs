using System.Globalization;
using RelatieWerkstroom.Engine.Expressions;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Engine.Activities.Core;

/// <summary>
/// Fixed durations that Elsa reads differently from how they look: TimeSpan text without a day part counts a bare
/// number, or hours above 23, as days. Both engines wait the same (long) time; the warning says so.
/// </summary>
internal static class DurationText
{
    public static void WarnIfSurprising(ActivityBinder binder, string input)
    {
        if (binder.Node.Input(input) is not { ExpressionType: "Literal", Text: { } raw }) return;
        var text = raw.Trim();
        if (text.Contains('.') || !TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var parsed) || parsed.TotalDays < 1) return;
        var written = parsed.ToString("c", CultureInfo.InvariantCulture);
        var first = text.Split(':')[0];
        var asHours = text.Contains(':') && int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            ? TimeSpan.FromHours(hours).ToString("c", CultureInfo.InvariantCulture) : null;
        var days = Math.Round(parsed.TotalDays, 2).ToString(CultureInfo.InvariantCulture);
        if (asHours is null) binder.Warn(input, ProblemCodes.DurationReadAsDays, ("text", text), ("days", days), ("written", written));
        else binder.Warn(input, ProblemCodes.DurationHoursReadAsDays, ("text", text), ("days", days), ("written", written), ("asHours", asHours), ("hours", first));
    }
}
