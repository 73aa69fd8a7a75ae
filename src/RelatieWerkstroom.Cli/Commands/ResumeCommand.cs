using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Cli.Hosting;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Cli.Commands;

/// <summary><c>werkstroom resume BOOKMARK --db PATH [--payload JSON] [--operation-id ID]</c>: continue a waiting instance.</summary>
public static class ResumeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var bookmark = new Argument<string>("BOOKMARK") { Description = "Bookmark id (printed by run on stderr)" };
        var db = CommonOptions.Database(required: true);
        var payload = new Option<string?>("--payload") { Description = "Resume data as a JSON object" };
        var operation = new Option<string?>("--operation-id") { Description = "Idempotency key: the same id twice resumes once" };
        var actor = new Option<string>("--actor") { Description = "Who resumes (user id)", DefaultValueFactory = _ => "cli" };
        var fast = new Option<bool>("--fast-timers") { Description = "Move a virtual clock to each due timer at once" };
        var command = new Command("resume", "Resume a bookmark of a waiting instance and run until it finishes or waits again")
        {
            bookmark, db, payload, operation, actor, fast,
        };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(bookmark)!, parse.GetValue(db)!, parse.GetValue(payload),
            parse.GetValue(operation), parse.GetValue(actor)!, parse.GetValue(fast), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, ct));
        return command;
    }

    private static async Task<int> RunAsync(string bookmarkId, FileInfo db, string? payloadText, string? operationId, string actor, bool fastTimers,
        TextWriter output, TextWriter error, CancellationToken ct)
    {
        JsonObject? payload = null;
        if (payloadText is not null)
        {
            try
            {
                payload = JsonNode.Parse(payloadText) as JsonObject ?? throw new JsonException("not an object");
            }
            catch (JsonException ex)
            {
                error.WriteLine($"--payload: not a JSON object ({ex.Message.Split(". ")[0]})");
                return ExitCodes.Usage;
            }
        }
        if (!db.Exists)
        {
            error.WriteLine($"{db}: database not found");
            return ExitCodes.Failed;
        }
        await using var host = await WerkstroomHost.OpenAsync(db.FullName, output, ct, requireExisting: true);
        try
        {
            var result = await host.Runtime.ResumeAsync(new ResumeRequest(bookmarkId, payload, operationId, actor), ct);
            if (result.Replayed) error.WriteLine($"operation '{operationId}' was already carried out; nothing was run again");
            result = await RunReporter.DriveAsync(host, result, fastTimers, error, ct);
            return RunReporter.Report(result, output, error);
        }
        catch (Exception ex) when (ex is BookmarkNotFoundException or BookmarkConflictException or ResumeRejectedException or InvalidOperationException or ArgumentException)
        {
            error.WriteLine($"resume refused: {ex.Message}");
            return ExitCodes.Failed;
        }
    }
}
