using Cronos;
using RelatieWerkstroom.Engine.Descriptors;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Engine.Activities.Core;

/// <summary>Waits until the next moment a cron expression matches (5 fields, or 6 with seconds).</summary>
[Activity("Elsa.Cron", "Scheduling", "Cron", Description = "Waits until the next time the cron expression matches.", Blocking = true)]
public sealed class Cron : Activity
{
    /// <summary>The cron expression.</summary>
    [Input(Description = "Cron expression, e.g. '0 9 * * 1-5' (09:00 on working days).", UIHint = UIHints.Cron, Required = true)]
    public Input<string?> CronExpression { get; set; } = new((string?)null);

    /// <inheritdoc />
    public override void Bind(ActivityBinder binder)
    {
        if (CronExpression.IsConstant && CronExpression.Constant is { } text && TryParse(text, out var parsed, out _))
        {
            // '0 0 30 2 *' (30 February) parses, but run would fault: no moment ever matches.
            if (parsed!.GetNextOccurrence(NeverBefore, TimeZoneInfo.Utc) is null)
                binder.Report("cronExpression", ProblemCodes.CronNeverMatches, ("cron", text));
            return;
        }
        if (CronExpression.IsConstant && CronExpression.Constant is { } bad)
        {
            TryParse(bad, out _, out var message);
            binder.Report("cronExpression", ProblemCodes.CronInvalid, ("detail", message!));
        }
    }

    // Cron has no year field: an expression that matches no moment after this one matches none at all.
    private static readonly DateTime NeverBefore = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var text = CronExpression.Get(context) ?? "";
        if (!TryParse(text, out var expression, out var error)) throw new InvalidOperationException(error);
        var next = expression!.GetNextOccurrence(context.Now, TimeZoneInfo.Utc)
            ?? throw new InvalidOperationException($"cron expression '{text}' never matches again");
        return new(ActivityResult.Suspend(new BookmarkRequest(BookmarkKinds.Timer, Node.Id, next)));
    }

    /// <summary>Parses a cron expression with 5 or 6 fields.</summary>
    public static bool TryParse(string text, out CronExpression? expression, out string? error)
    {
        var fields = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        try
        {
            expression = Cronos.CronExpression.Parse(text, fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
            error = null;
            return true;
        }
        catch (CronFormatException ex)
        {
            expression = null;
            error = $"'{text}' is not a valid cron expression: {ex.Message}";
            return false;
        }
    }
}
