using System.CommandLine;

namespace RelatieWerkstroom.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
public static class CommonOptions
{
    /// <summary><c>--db PATH</c>: the SQLite database file (created and migrated when new).</summary>
    public static Option<FileInfo?> Database(bool required = false) => new("--db")
    {
        Description = required ? "SQLite database file" : "SQLite database file (default: a temporary file)",
        Required = required,
    };
}
