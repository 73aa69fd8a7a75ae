using System.CommandLine;
using Microsoft.Data.Sqlite;

namespace RelatieWerkstroom.Cli.Hosting;

/// <summary>
/// The one place where <c>werkstroom</c> turns what went wrong into one line and an exit code: usage errors exit with
/// <see cref="ExitCodes.Usage"/>, database and file errors with <see cref="ExitCodes.Failed"/> and a sentence that names the
/// file and what to do, instead of a .NET stack trace. Set WERKSTROOM_DEBUG=1 to see the stack trace as well.
/// </summary>
public static class ErrorBoundary
{
    /// <summary>Runs the parsed command inside the boundary.</summary>
    public static async Task<int> InvokeAsync(ParseResult parse, TextWriter error)
    {
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors) error.WriteLine($"werkstroom: {problem.Message}");
            error.WriteLine($"usage: see 'werkstroom {parse.CommandResult.Command.Name} --help'");
            return ExitCodes.Usage;
        }
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Error = error });
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("werkstroom: stopped");
            return ExitCodes.Failed;
        }
        catch (Exception e)
        {
            error.WriteLine($"werkstroom: {Describe(e, DatabasePath(parse))}");
            if (Environment.GetEnvironmentVariable("WERKSTROOM_DEBUG") == "1") error.WriteLine(e);
            return ExitCodes.Failed;
        }
    }

    /// <summary>One line for <paramref name="exception"/>; <paramref name="database"/> is the <c>--db</c> file when there is one.</summary>
    public static string Describe(Exception exception, string? database)
    {
        if (Find<RelatieWerkstroom.Persistence.DatabaseRefusedException>(exception) is { } refused)
            return $"{database ?? "the database"} {refused.Message}; nothing in it was changed";
        var sqlite = Find<SqliteException>(exception);
        if (sqlite is not null) return DescribeSqlite(sqlite, database ?? "the database");
        if (Find<UnauthorizedAccessException>(exception) is { } denied) return $"no permission: {denied.Message}";
        if (Find<IOException>(exception) is { } io) return $"file error: {io.Message}";
        // A defect of ours: still one line, with the type to search for.
        return $"unexpected error ({exception.GetType().Name}): {exception.Message} (set WERKSTROOM_DEBUG=1 for details)";
    }

    // Primary result codes of SQLite (https://www.sqlite.org/rescode.html); the extended code's low byte is the primary one.
    private static string DescribeSqlite(SqliteException e, string database) => (e.SqliteErrorCode & 0xFF) switch
    {
        26 => $"{database} is not a werkstroom database (not a SQLite file, or encrypted); give another --db",
        11 => $"{database} is damaged (corrupt or truncated); restore it from a backup",
        5 or 6 => $"{database} stayed locked by another process longer than the busy timeout; try again when it is done",
        13 => $"the disk holding {database} is full; nothing was written",
        8 => $"{database} is read-only (file or mount); nothing was written",
        14 => $"{database} cannot be opened: check that its folder exists and that it is a file, not a directory",
        10 => $"{database} could not be read or written (disk I/O error): check that it is a regular file on a working disk, not a directory",
        _ => $"database error in {database}: {e.Message}",
    };

    private static T? Find<T>(Exception? e) where T : Exception
    {
        for (; e is not null; e = e.InnerException)
            if (e is T match) return match;
        return null;
    }

    private static string? DatabasePath(ParseResult parse) =>
        parse.CommandResult.Command.Options.OfType<Option<FileInfo?>>().FirstOrDefault(o => o.Name == "--db") is { } option
            ? parse.GetValue(option)?.FullName
            : null;
}
