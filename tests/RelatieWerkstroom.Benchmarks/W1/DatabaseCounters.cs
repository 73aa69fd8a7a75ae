using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Quartz.Impl.AdoJobStore;

namespace RelatieWerkstroom.Benchmarks.W1;

/// <summary>
/// Counts what the product's EF Core context sends to the database, through EF Core's DiagnosticListener: commits
/// (explicit transactions committed, plus writes outside a transaction, which SQLite commits on their own), commands
/// (round trips) and SQL statements in them (a batched command holds several).
/// </summary>
public sealed class EfCoreCounters : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly List<IDisposable> _subscriptions = [];
    private readonly IDisposable _all;
    private long _commits;
    private long _commands;
    private long _statements;

    public EfCoreCounters() => _all = DiagnosticListener.AllListeners.Subscribe(this);

    public long Commits => Interlocked.Read(ref _commits);

    public long Commands => Interlocked.Read(ref _commands);

    public long Statements => Interlocked.Read(ref _statements);

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name != DbLoggerCategory.Name) return;
        lock (_subscriptions) _subscriptions.Add(listener.Subscribe(this, IsCounted));
    }

    private static bool IsCounted(string name) =>
        name == RelationalEventId.TransactionCommitted.Name || name == RelationalEventId.CommandExecuted.Name;

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.TransactionCommitted.Name)
        {
            Interlocked.Increment(ref _commits);
            return;
        }
        if (value.Value is not CommandExecutedEventData executed) return;
        Interlocked.Increment(ref _commands);
        var text = executed.Command.CommandText;
        var statements = CountStatements(text);
        Interlocked.Add(ref _statements, statements);
        if (executed.Command.Transaction is null && IsWrite(text)) Interlocked.Increment(ref _commits);
    }

    // EF Core ends every statement of a batch with ";" and a line break; parameters carry the values, so the text has no
    // other semicolons at line ends.
    private static int CountStatements(string text)
    {
        var count = 0;
        var span = text.AsSpan().TrimEnd();
        for (var i = span.IndexOf(';'); i >= 0; i = NextSemicolon(span, i))
            if (i == span.Length - 1 || span[i + 1] is '\n' or '\r') count++;
        return span.Length > 0 && span[^1] != ';' ? count + 1 : Math.Max(count, 1);

        static int NextSemicolon(ReadOnlySpan<char> s, int after)
        {
            var next = s[(after + 1)..].IndexOf(';');
            return next < 0 ? -1 : after + 1 + next;
        }
    }

    private static bool IsWrite(string text)
    {
        var t = text.AsSpan().TrimStart();
        return t.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase) || t.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase);
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _all.Dispose();
        lock (_subscriptions) _subscriptions.ForEach(s => s.Dispose());
    }
}

/// <summary>Quartz's job store as the product configures it (JobStoreTX), counting the transactions it commits.</summary>
public sealed class CountingJobStore : JobStoreTX
{
    private static long _commits;

    public static long Commits => Interlocked.Read(ref _commits);

    protected override void CommitConnection(ConnectionAndTransactionHolder cth, bool openNewTransaction)
    {
        if (cth?.Transaction is not null) Interlocked.Increment(ref _commits);
        base.CommitConnection(cth!, openNewTransaction);
    }
}
