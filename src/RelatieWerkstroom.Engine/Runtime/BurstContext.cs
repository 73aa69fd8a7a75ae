using System.Diagnostics;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Expressions;

namespace RelatieWerkstroom.Engine.Runtime;

/// <summary>One unit of work: the instances a start or resume touches and the journal it writes, committed together.</summary>
public sealed class BurstContext : IDisposable
{
    private JavaScriptSandbox? _javaScript;
    private readonly long _started = Stopwatch.GetTimestamp();
    private CancellationTokenSource? _deadline;

    internal BurstContext(WorkflowRuntime runtime, string actor, JsonObject? resumePayload, CancellationToken cancellationToken)
    {
        Runtime = runtime;
        Actor = actor;
        ResumePayload = resumePayload;
        CancellationToken = cancellationToken;
    }

    /// <summary>The runtime.</summary>
    public WorkflowRuntime Runtime { get; }

    /// <summary>Who caused the burst.</summary>
    public string Actor { get; }

    /// <summary>Payload of the resume that started the burst.</summary>
    public JsonObject? ResumePayload { get; internal set; }

    /// <summary>Cancellation.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Clock.</summary>
    public TimeProvider Time => Runtime.Time;

    /// <summary>Host services.</summary>
    public IServiceProvider Services => Runtime.Services;

    /// <summary>
    /// WriteLine text of this burst. It reaches the runtime's output only after the burst is committed, so a burst that
    /// loses a race (or fails to store) never shows output as if it had happened.
    /// </summary>
    internal List<string> PendingOutput { get; } = [];

    /// <summary>The JavaScript engine of this burst, created on first use; it stops when the burst's time is up.</summary>
    public JavaScriptSandbox JavaScript => _javaScript ??= new JavaScriptSandbox(Runtime.Options, Deadline);

    /// <summary>Whether the burst has run longer than <see cref="RuntimeOptions.MaxBurstDuration"/> (real time, also in a simulation).</summary>
    internal bool TimeIsUp => Stopwatch.GetElapsedTime(_started) > Runtime.Options.MaxBurstDuration;

    private CancellationToken Deadline
    {
        get
        {
            var left = Runtime.Options.MaxBurstDuration - Stopwatch.GetElapsedTime(_started);
            _deadline ??= new CancellationTokenSource(left > TimeSpan.Zero ? left : TimeSpan.Zero);
            return _deadline.Token;
        }
    }

    /// <summary>Instances changed in this burst, with the version they had when loaded.</summary>
    public Dictionary<string, (WorkflowInstance Instance, long ExpectedVersion, WorkflowGraph Graph)> Instances { get; } = new(StringComparer.Ordinal);

    /// <summary>Journal entries to append.</summary>
    public List<JournalEntry> Journal { get; } = [];

    /// <summary>Bookmarks created in this burst (some may be gone again by its end: cancelled by WaitAny or End).</summary>
    internal List<Bookmark> CreatedBookmarks { get; } = [];

    internal void AddJournal(WorkflowInstance instance, GraphNode? node, string kind, string? outcome = null, string? payload = null) =>
        Journal.Add(new JournalEntry
        {
            InstanceId = instance.Id,
            DefinitionId = instance.DefinitionId,
            DefinitionVersion = instance.DefinitionVersion,
            ActivityId = node?.Id,
            ActivityType = node?.Node.Type,
            ActivityName = node?.Node.Name,
            Kind = kind,
            Actor = Actor,
            Timestamp = Time.GetUtcNow(),
            Outcome = outcome,
            PayloadJson = payload,
            FrictionJson = node?.Node.FrictionJson,
            CorrelationId = instance.CorrelationId,
        });

    /// <inheritdoc />
    public void Dispose()
    {
        _javaScript?.Dispose();
        _deadline?.Dispose();
    }
}
