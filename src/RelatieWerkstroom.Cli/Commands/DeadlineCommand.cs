using System.CommandLine;
using System.Globalization;
using RelatieWerkstroom.Cli.Hosting;
using RelatieWerkstroom.Engine.LegalTime;

namespace RelatieWerkstroom.Cli.Commands;

/// <summary><c>werkstroom deadline --from DATE --term "8 weeks" [--suspend FROM:TO]... [--extend "4 weeks"]</c>.</summary>
public static class DeadlineCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "Day of the triggering event (YYYY-MM-DD); the term runs from the next day", Required = true };
        var term = new Option<string>("--term") { Description = "Statutory term, e.g. \"8 weeks\", \"6 weken\", \"2 weeks\"", Required = true };
        var suspend = new Option<string[]>("--suspend") { Description = "Awb 4:15 suspension FROM:TO (repeatable)", AllowMultipleArgumentsPerToken = false };
        var extend = new Option<string?>("--extend") { Description = "Awb 4:14 extension, e.g. \"4 weeks\"" };
        var command = new Command("deadline", "Compute a statutory deadline (Awb suspension/extension, Algemene termijnenwet); last line is YYYY-MM-DD")
        {
            from, term, suspend, extend,
        };
        command.SetAction(parse => Run(parse.GetValue(from)!, parse.GetValue(term)!, parse.GetValue(suspend) ?? [], parse.GetValue(extend),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string fromText, string term, string[] suspensions, string? extend, TextWriter output, TextWriter error)
    {
        if (!DateOnly.TryParseExact(fromText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from))
        {
            error.WriteLine($"--from: '{fromText}' is not a date (YYYY-MM-DD)");
            return ExitCodes.Usage;
        }
        var parsed = new List<(DateOnly, DateOnly)>();
        foreach (var s in suspensions)
        {
            if (!DeadlineCalculation.TryParseSuspension(s, out var range, out var message))
            {
                error.WriteLine($"--suspend: {message}");
                return ExitCodes.Usage;
            }
            parsed.Add(range);
        }
        try
        {
            var result = DeadlineCalculation.Compute(from, term, parsed, extend);
            foreach (var step in result.Breakdown.Steps) output.WriteLine(step);
            output.WriteLine(result.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            return ExitCodes.Ok;
        }
        catch (ArgumentException ex)
        {
            error.WriteLine(ex.Message);
            return ExitCodes.Usage;
        }
    }
}
