using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Expressions;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Engine.Runtime;

/// <summary>Starts and resumes workflow instances; each call is one burst committed in one transaction.</summary>
public sealed class WorkflowRuntime
{
    private readonly ConcurrentDictionary<string, WorkflowGraph> _graphs = new(StringComparer.Ordinal);
    private IBurstCommitListener[]? _commitListeners;

    /// <summary>Creates a runtime over the given stores.</summary>
    public WorkflowRuntime(
        ActivityRegistry registry,
        IWorkflowDefinitionStore definitions,
        IWorkflowInstanceStore instances,
        IServiceProvider? services = null,
        TimeProvider? time = null,
        TextWriter? output = null,
        RuntimeOptions? options = null)
    {
        Registry = registry;
        Definitions = definitions;
        Instances = instances;
        Services = services ?? EmptyServiceProvider.Instance;
        Time = time ?? TimeProvider.System;
        Output = output ?? Console.Out;
        Options = options ?? new RuntimeOptions();
    }

    /// <summary>Known activity types.</summary>
    public ActivityRegistry Registry { get; }

    /// <summary>Definition store.</summary>
    public IWorkflowDefinitionStore Definitions { get; }

    /// <summary>Instance store.</summary>
    public IWorkflowInstanceStore Instances { get; }

    /// <summary>Host services for activities.</summary>
    public IServiceProvider Services { get; }

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; }

    /// <summary>Where WriteLine output goes.</summary>
    public TextWriter Output { get; }

    /// <summary>Limits.</summary>
    public RuntimeOptions Options { get; }

    /// <summary>Compiles (once per version) a definition; throws when it is invalid.</summary>
    /// <remarks>
    /// The current draft (latest, unpublished) is saved over under the same version id, so its cache key includes its
    /// content; every other version no longer changes.
    /// </remarks>
    public WorkflowGraph GetGraph(WorkflowDefinition definition) =>
        _graphs.GetOrAdd(definition.IsLatest && !definition.IsPublished
            ? definition.Id + "#" + definition.Version + "#" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(definition.Document.ToJsonString())))
            : definition.Id + "#" + definition.Version, _ =>
        {
            var graph = GraphCompiler.Compile(definition, Registry);
            if (graph.Problems.Errors() is { Count: > 0 } errors)
                throw new DefinitionValidationException(errors.Select(p => (definition.DefinitionId, p)).ToList());
            return graph;
        });

    /// <summary>
    /// <see cref="GetGraph"/>, after reloading the registry's workflow activities when the definition uses one the
    /// registry does not know yet (published meanwhile, perhaps by another process).
    /// </summary>
    private async ValueTask<WorkflowGraph> GraphAsync(WorkflowDefinition definition, CancellationToken cancellationToken)
    {
        foreach (var node in definition.Activities)
        {
            if (Registry.TryGet(node.Type, out _, out _) || Registry.WorkflowActivities.Find(node) is not null) continue;
            await Registry.WorkflowActivities.RefreshAsync(Definitions, cancellationToken);
            break;
        }
        return GetGraph(definition);
    }

    /// <summary>Starts the published version of a definition.</summary>
    public async Task<RunResult> StartAsync(string definitionId, StartOptions? options = null, CancellationToken cancellationToken = default)
    {
        var definition = await Definitions.FindPublishedAsync(definitionId, cancellationToken)
            ?? throw new WorkflowNotFoundException($"no published workflow definition '{definitionId}'");
        return await StartAsync(definition, options, cancellationToken);
    }

    /// <summary>Starts an instance of the given definition version.</summary>
    public async Task<RunResult> StartAsync(WorkflowDefinition definition, StartOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new StartOptions();
        var graph = await GraphAsync(definition, cancellationToken);
        using var burst = new BurstContext(this, options.Actor, null, cancellationToken);
        // A start usually runs several activities, each journalling two or more events: size the list once.
        burst.Journal.EnsureCapacity(Math.Min(4 * graph.Nodes.Count + 4, 64));
        var instance = NewInstance(definition, graph, options, null);
        burst.Instances[instance.Id] = (instance, 0, graph);
        burst.AddJournal(instance, null, JournalEvents.InstanceStarted);
        await RunBurstAsync(burst, instance, graph, graph.Start is null ? [] : [new WorkItem(graph.Start)]);
        await CommitAsync(burst, null, cancellationToken);
        return RunResult.From(instance);
    }

    /// <summary>
    /// Resumes a bookmark. The same operation id twice returns the first result without running anything;
    /// of two different resumes of one bookmark exactly one wins and the other gets a <see cref="BookmarkConflictException"/>.
    /// </summary>
    public async Task<RunResult> ResumeAsync(ResumeRequest request, CancellationToken cancellationToken = default)
    {
        if (request.OperationId is { } given && string.IsNullOrWhiteSpace(given))
            throw new ArgumentException("the operation id is empty; give a unique id per resume, or none to have one made", nameof(request));
        var operationId = request.OperationId ?? Options.IdGenerator();
        for (var attempt = 0; ; attempt++)
        {
            // An operation id answers for the bookmark it resumed: for another bookmark it is a mistake, not a replay.
            if (await Instances.FindOperationAsync(operationId, cancellationToken) is { } done)
                return done.BookmarkId is null || done.BookmarkId == request.BookmarkId
                    ? Replay(done)
                    : throw new BookmarkConflictException(request.BookmarkId,
                        $"operation id '{operationId}' was already used to resume bookmark '{done.BookmarkId}' at {done.CreatedAt:u}; " +
                        $"bookmark '{request.BookmarkId}' was not resumed (use a new id for each resume)");

            // The bookmark may vanish between the look-ups: if this very operation consumed it meanwhile, replay it.
            var stored = await Instances.FindBookmarkAsync(request.BookmarkId, cancellationToken);
            if (stored is null) return Replay(await MissingBookmarkAsync(request.BookmarkId, operationId, cancellationToken));

            var instance = await Instances.FindAsync(stored.InstanceId, cancellationToken)
                ?? throw new WorkflowNotFoundException($"instance '{stored.InstanceId}' of bookmark '{request.BookmarkId}' does not exist");
            var bookmark = instance.Bookmarks.FirstOrDefault(b => b.Id == request.BookmarkId);
            if (bookmark is null) return Replay(await MissingBookmarkAsync(request.BookmarkId, operationId, cancellationToken));
            if (instance.Status == WorkflowStatus.Faulted)
                throw new InvalidOperationException($"instance {instance.Id} is faulted ({instance.Incident?.Message}); retry it before resuming");

            var graph = await GraphAsync(await LoadVersionAsync(instance, cancellationToken), cancellationToken);
            using var burst = new BurstContext(this, request.Actor, request.Payload, cancellationToken);
            burst.Instances[instance.Id] = (instance, instance.Version, graph);
            burst.AddJournal(instance, null, JournalEvents.InstanceResumed,
                payload: new JsonObject { ["bookmarkId"] = bookmark.Id, ["operationId"] = operationId }.ToJsonString());
            await RunBurstAsync(burst, instance, graph, [new WorkItem(graph.Nodes[bookmark.ActivityId], bookmark)]);

            var result = RunResult.From(instance);
            var operation = new OperationRecord(operationId, instance.Id, bookmark.Id,
                JsonSerializer.Serialize(result, Json.Options), Time.GetUtcNow());
            try
            {
                await CommitAsync(burst, operation, cancellationToken);
                return result;
            }
            catch (ConcurrencyConflictException) when (attempt < Options.ConflictRetries)
            {
                // Someone else committed first: if it was this operation or this bookmark, the loop says so; otherwise try again.
                if (await Instances.FindOperationForBookmarkAsync(request.BookmarkId, cancellationToken) is { } winner && winner.OperationId != operationId)
                    throw Conflict(request.BookmarkId, winner);
            }
        }
    }

    /// <summary>Resumes every event bookmark with this name (optionally only for one correlation id).</summary>
    public async Task<IReadOnlyList<RunResult>> TriggerEventAsync(string eventName, JsonObject? payload = null, string? correlationId = null,
        string? operationId = null, string actor = "system", CancellationToken cancellationToken = default)
    {
        var bookmarks = await Instances.FindBookmarksAsync(new BookmarkFilter(BookmarkKinds.Event, eventName, CorrelationId: correlationId), cancellationToken);
        var results = new List<RunResult>();
        foreach (var b in bookmarks)
        {
            var op = operationId is null ? null : $"{operationId}:{b.Bookmark.Id}";
            try
            {
                results.Add(await ResumeAsync(new ResumeRequest(b.Bookmark.Id, payload, op, actor), cancellationToken));
            }
            catch (BookmarkNotFoundException)
            {
                // An earlier resume in this loop cancelled it (WaitAny, End) in the same instance: nothing to do.
            }
        }
        return results;
    }

    /// <summary>Resumes every timer bookmark due at or before <paramref name="now"/>; timers fire through the same idempotent path.</summary>
    public async Task<IReadOnlyList<RunResult>> ResumeDueTimersAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var due = await Instances.FindBookmarksAsync(new BookmarkFilter(BookmarkKinds.Timer, DueBefore: now), cancellationToken);
        var results = new List<RunResult>();
        foreach (var b in due)
        {
            try
            {
                results.Add(await ResumeAsync(new ResumeRequest(b.Bookmark.Id, null, TimerOperationId(b.Bookmark.Id), "system:timer"), cancellationToken));
            }
            catch (BookmarkConflictException)
            {
                // Fired elsewhere (another node or a person) first: nothing to do.
            }
            catch (BookmarkNotFoundException)
            {
                // Cancelled by an earlier timer of the same instance in this loop (WaitAny, End): nothing to do.
            }
        }
        return results;
    }

    /// <summary>The operation id under which a timer bookmark fires, the same for every scheduler that fires it.</summary>
    public static string TimerOperationId(string bookmarkId) => "timer:" + bookmarkId;

    /// <summary>Runs a faulted instance again from the faulted activity.</summary>
    public async Task<RunResult> RetryAsync(string instanceId, string actor = "system", CancellationToken cancellationToken = default)
    {
        var instance = await Instances.FindAsync(instanceId, cancellationToken)
            ?? throw new WorkflowNotFoundException($"no workflow instance '{instanceId}'");
        if (instance.Status != WorkflowStatus.Faulted)
            throw new InvalidOperationException($"instance {instanceId} is {instance.Status}, not faulted; only a faulted instance can be retried");
        var graph = await GraphAsync(await LoadVersionAsync(instance, cancellationToken), cancellationToken);
        using var burst = new BurstContext(this, actor, null, cancellationToken);
        burst.Instances[instance.Id] = (instance, instance.Version, graph);
        burst.AddJournal(instance, null, JournalEvents.InstanceRetried,
            payload: new JsonObject { ["activityId"] = instance.Incident?.ActivityId, ["message"] = instance.Incident?.Message }.ToJsonString());
        var work = instance.Scheduled.Where(graph.Nodes.ContainsKey).Select(id => new WorkItem(graph.Nodes[id])).ToList();
        instance.Scheduled.Clear();
        instance.Incident = null;
        await RunBurstAsync(burst, instance, graph, work);
        await CommitAsync(burst, null, cancellationToken);
        return RunResult.From(instance);
    }

    /// <summary>Cancels an active instance (its bookmarks are removed).</summary>
    public async Task<RunResult> CancelAsync(string instanceId, string actor = "system", CancellationToken cancellationToken = default)
    {
        var instance = await Instances.FindAsync(instanceId, cancellationToken)
            ?? throw new WorkflowNotFoundException($"no workflow instance '{instanceId}'");
        if (instance.Status is WorkflowStatus.Finished or WorkflowStatus.Cancelled) return RunResult.From(instance);
        var graph = await GraphAsync(await LoadVersionAsync(instance, cancellationToken), cancellationToken);
        using var burst = new BurstContext(this, actor, null, cancellationToken);
        burst.Instances[instance.Id] = (instance, instance.Version, graph);
        foreach (var activityId in instance.Bookmarks.Select(b => b.ActivityId).Distinct())
            burst.AddJournal(instance, graph.Nodes.GetValueOrDefault(activityId), JournalEvents.ActivityCancelled);
        instance.Bookmarks.Clear();
        instance.Scheduled.Clear();
        instance.Status = WorkflowStatus.Cancelled;
        instance.FinishedAt = Time.GetUtcNow();
        burst.AddJournal(instance, null, JournalEvents.InstanceCancelled);
        await CommitAsync(burst, null, cancellationToken);
        return RunResult.From(instance);
    }

    internal async Task<WorkflowInstance> StartChildAsync(BurstContext burst, WorkflowInstance parent, string definitionId, JsonObject? input, CancellationToken cancellationToken,
        string? correlationId = null, string? versionId = null)
    {
        // A workflow-as-activity node names a version: that one while it is stored (of this definition), else the published one.
        var definition = (versionId is null ? null : await Definitions.FindVersionAsync(versionId, cancellationToken)) is { } pinned && pinned.DefinitionId == definitionId
            ? pinned
            : await Definitions.FindPublishedAsync(definitionId, cancellationToken)
                ?? throw new WorkflowNotFoundException($"sub-workflow '{definitionId}' has no published version");
        var graph = await GraphAsync(definition, cancellationToken);
        var child = NewInstance(definition, graph, new StartOptions(input, correlationId ?? parent.CorrelationId, burst.Actor), parent.Id);
        burst.Instances[child.Id] = (child, 0, graph);
        burst.AddJournal(child, null, JournalEvents.InstanceStarted, payload: new JsonObject { ["parentInstanceId"] = parent.Id }.ToJsonString());
        // Run the child's first burst inline; the parent activity looks at the outcome itself.
        await new FlowchartRunner(burst, child, graph).RunAsync(graph.Start is null ? [] : [new WorkItem(graph.Start)]);
        return child;
    }

    private async Task RunBurstAsync(BurstContext burst, WorkflowInstance instance, WorkflowGraph graph, IEnumerable<WorkItem> work)
    {
        await new FlowchartRunner(burst, instance, graph).RunAsync(work);
        // A sub-workflow that finishes later wakes its parent in the same unit of work.
        var current = instance;
        while (current.Status == WorkflowStatus.Finished && current.ParentInstanceId is { } parentId)
        {
            var parent = burst.Instances.TryGetValue(parentId, out var loaded) ? loaded.Instance : await Instances.FindAsync(parentId, burst.CancellationToken);
            var waiting = parent?.Bookmarks.FirstOrDefault(b => b.Kind == BookmarkKinds.ChildWorkflow && b.Name == current.Id);
            if (parent is null || waiting is null) break;
            var parentGraph = await GraphAsync(await LoadVersionAsync(parent, burst.CancellationToken), burst.CancellationToken);
            if (!burst.Instances.ContainsKey(parent.Id)) burst.Instances[parent.Id] = (parent, parent.Version, parentGraph);
            burst.ResumePayload = new JsonObject
            {
                ["output"] = current.Output.DeepClone(), ["childInstanceId"] = current.Id,
                ["outcomes"] = new JsonArray([.. current.CompletedOutcomes.Select(o => (JsonNode?)o)]),
            };
            await new FlowchartRunner(burst, parent, parentGraph).RunAsync([new WorkItem(parentGraph.Nodes[waiting.ActivityId], waiting)]);
            current = parent;
        }
    }

    private async Task CommitAsync(BurstContext burst, OperationRecord? operation, CancellationToken cancellationToken)
    {
        var now = Time.GetUtcNow();
        var changes = new List<InstanceChange>(burst.Instances.Count);
        foreach (var (instance, expected, _) in burst.Instances.Values)
        {
            instance.Version = expected + 1;
            instance.UpdatedAt = now;
            changes.Add(new InstanceChange(instance, expected));
        }
        await Instances.CommitAsync(new BurstCommit(changes, burst.Journal, operation), cancellationToken);
        foreach (var line in burst.PendingOutput) Output.WriteLine(line);
        await NotifyCommittedAsync(burst, cancellationToken);
    }

    private async Task NotifyCommittedAsync(BurstContext burst, CancellationToken cancellationToken)
    {
        var listeners = _commitListeners ??=
            (Services.GetService(typeof(IEnumerable<IBurstCommitListener>)) as IEnumerable<IBurstCommitListener>)?.ToArray() ?? [];
        if (listeners.Length == 0) return;

        var instances = new List<WorkflowInstance>(burst.Instances.Count);
        var created = new List<BookmarkInfo>(burst.CreatedBookmarks.Count);
        foreach (var (instance, _, _) in burst.Instances.Values)
        {
            instances.Add(instance);
            foreach (var bookmark in burst.CreatedBookmarks)
                if (instance.Bookmarks.Contains(bookmark)) created.Add(BookmarkInfo.From(bookmark));
        }
        var committed = new CommittedBurst(instances, created);
        foreach (var listener in listeners)
            await listener.OnCommittedAsync(committed, cancellationToken);
    }

    private WorkflowInstance NewInstance(WorkflowDefinition definition, WorkflowGraph graph, StartOptions options, string? parentId)
    {
        var now = Time.GetUtcNow();
        var instance = new WorkflowInstance
        {
            Id = options.InstanceId ?? Options.IdGenerator(),
            DefinitionId = definition.DefinitionId,
            DefinitionVersionId = definition.Id,
            DefinitionVersion = definition.Version,
            CorrelationId = options.CorrelationId,
            ParentInstanceId = parentId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        if (options.Input is not null) instance.Input = (JsonObject)options.Input.DeepClone();
        instance.ExecutionCounts.EnsureCapacity(graph.Nodes.Count);
        foreach (var v in graph.Definition.Variables)
            instance.Variables[v.Name] = InitialValue(v);
        if (options.Variables is not null)
            foreach (var (name, value) in options.Variables) instance.Variables[name] = value?.DeepClone();
        return instance;
    }

    private static JsonNode? InitialValue(VariableDefinition variable)
    {
        if (variable.InitialValue is null) return null;
        try
        {
            return ValueConverter.ToVariableValue(variable.InitialValue, variable.TypeName);
        }
        catch (FormatException)
        {
            // Validation reports a bad initial value; keep it as written rather than lose it.
            return variable.InitialValue.DeepClone();
        }
    }

    private async Task<WorkflowDefinition> LoadVersionAsync(WorkflowInstance instance, CancellationToken cancellationToken) =>
        await Definitions.FindVersionAsync(instance.DefinitionVersionId, cancellationToken)
        ?? throw new WorkflowNotFoundException($"definition version '{instance.DefinitionVersionId}' of instance {instance.Id} is missing");

    /// <summary>The operation that consumed a bookmark when it is this one (to replay); otherwise throws the right error.</summary>
    private async Task<OperationRecord> MissingBookmarkAsync(string bookmarkId, string operationId, CancellationToken cancellationToken)
    {
        var winner = await Instances.FindOperationForBookmarkAsync(bookmarkId, cancellationToken)
            ?? throw new BookmarkNotFoundException(bookmarkId);
        return winner.OperationId == operationId ? winner : throw Conflict(bookmarkId, winner);
    }

    private static BookmarkConflictException Conflict(string bookmarkId, OperationRecord winner) =>
        new(bookmarkId, $"bookmark '{bookmarkId}' was already resumed by operation '{winner.OperationId}' at {winner.CreatedAt:u}; this resume was not carried out");

    private static RunResult Replay(OperationRecord done) =>
        JsonSerializer.Deserialize<RunResult>(done.ResultJson, Json.Options)! with { Replayed = true };

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public static readonly EmptyServiceProvider Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
