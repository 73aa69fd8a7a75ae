using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Activities.Core;

namespace RelatieWerkstroom.Engine.Runtime;

/// <summary>Runs a flowchart burst with Elsa 3's counter-based semantics: outcome ports, implicit joins, FlowJoin, loops.</summary>
internal sealed class FlowchartRunner
{
    private readonly BurstContext _burst;
    private readonly WorkflowInstance _instance;
    private readonly WorkflowGraph _graph;
    private readonly WorkQueue _queue = new();
    private readonly bool _hasLoops;

    // Set by End or Complete: the flowchart is done, but what was already queued still runs (without going further), as in Elsa.
    private bool _completing;

    public FlowchartRunner(BurstContext burst, WorkflowInstance instance, WorkflowGraph graph)
    {
        _burst = burst;
        _instance = instance;
        _graph = graph;
        _hasLoops = graph.Nodes.Values.Any(n => n.LoopMembers.Count > 0);
    }

    /// <summary>Runs until nothing more can run without outside input.</summary>
    public async Task RunAsync(IEnumerable<WorkItem> initial)
    {
        _instance.Status = WorkflowStatus.Running;
        foreach (var item in initial) _queue.AddLast(item);
        var runs = 0;
        var max = _burst.Runtime.Options.MaxActivitiesPerBurst;

        while (_instance.Status == WorkflowStatus.Running && _queue.TryTake(out var item))
        {
            var node = item.Node;
            if (++runs > max)
            {
                Fault(node, new InvalidOperationException(
                    $"the burst ran {max} activities without waiting for input; the flow probably loops endlessly"), item);
                break;
            }
            if (_burst.TimeIsUp)
            {
                Fault(node, new InvalidOperationException(
                    $"the burst ran longer than {_burst.Runtime.Options.MaxBurstDuration.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} s without waiting for input " +
                    $"({runs - 1} activities); the flow probably loops over slow steps"), item);
                break;
            }

            var context = new ActivityExecutionContext(_burst, _instance, _graph, node, item.Bookmark);
            // As in Elsa, a WaitAny join cancels its other branches when it runs, not when it is scheduled: what ran
            // in between (queued work) has run.
            if (item.Bookmark is null && node.Activity is FlowJoin join && ModeOf(join, node) == FlowJoinMode.WaitAny) CancelWaitingBranches(node);
            if (item.Bookmark is null)
            {
                // An activity waits at most once: when a loop comes round while it still waits, the old wait is replaced.
                if (_instance.Bookmarks.Count > 0) CancelBookmarks(b => b.ActivityId == node.Id);
                CollectionsMarshal.GetValueRefOrAddDefault(_instance.ExecutionCounts, node.Id, out _)++;
                _burst.AddJournal(_instance, node, JournalEvents.ActivityStarted);
            }
            else
            {
                _burst.AddJournal(_instance, node, JournalEvents.ActivityResumed, payload: new JsonObject
                {
                    ["bookmarkId"] = item.Bookmark.Id, ["kind"] = item.Bookmark.Kind,
                }.ToJsonString());
            }

            ActivityResult result;
            try
            {
                result = item.Bookmark is null
                    ? await node.Activity.ExecuteAsync(context)
                    : await node.Activity.ResumeAsync(context);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not ResumeRejectedException)
            {
                Fault(node, ex, item);
                break;
            }

            if (item.Bookmark is not null)
                _instance.Bookmarks.RemoveAll(b => b.ActivityId == node.Id);

            switch (result.Kind)
            {
                case ActivityResultKind.Suspended:
                    foreach (var request in result.Bookmarks) AddBookmark(node, request);
                    if (_completing) CancelBookmarks(b => b.ActivityId == node.Id); // the flowchart it would wait in is done
                    break;
                case ActivityResultKind.Completed when _completing:
                    _burst.AddJournal(_instance, node, JournalEvents.ActivityCompleted, outcome: string.Join(",", result.Outcomes));
                    break;
                case ActivityResultKind.Completed:
                    _burst.AddJournal(_instance, node, JournalEvents.ActivityCompleted, outcome: string.Join(",", result.Outcomes));
                    if (InvalidLoopTaken(node, result.Outcomes) is { } invalid)
                    {
                        Fault(node, new InvalidOperationException(
                            $"invalid backward connection {invalid.Connection}: not every path from the start to '{node.Id}' passes '{invalid.Target.Id}' (Elsa faults here too)"), item);
                        break;
                    }
                    Propagate(node, result.Outcomes);
                    break;
                case ActivityResultKind.Terminate when node.Activity is Finish:
                    _burst.AddJournal(_instance, node, JournalEvents.ActivityCompleted, outcome: "Done");
                    CancelEverything();
                    _instance.Status = WorkflowStatus.Finished;
                    break;
                case ActivityResultKind.Terminate:
                    // End and Complete complete the flowchart: what waits is cancelled, what is already queued still runs.
                    _burst.AddJournal(_instance, node, JournalEvents.ActivityCompleted, outcome: "Done");
                    CancelBookmarks(_ => true);
                    // The first Complete completes the workflow; what it names is where a parent continues.
                    if (!_completing && result.Outcomes.Count > 0) _instance.CompletedOutcomes = [.. result.Outcomes];
                    _completing = true;
                    break;
            }
            if (_hasLoops && !_completing && _instance.Status == WorkflowStatus.Running) ReleaseStoppedLoopExits();
        }

        if (_instance.Status == WorkflowStatus.Running)
            _instance.Status = _instance.Bookmarks.Count > 0 ? WorkflowStatus.Suspended : WorkflowStatus.Finished;

        switch (_instance.Status)
        {
            case WorkflowStatus.Finished:
                _instance.FinishedAt = _burst.Time.GetUtcNow();
                _instance.Scheduled.Clear();
                _instance.Inbound.Clear();
                _burst.AddJournal(_instance, null, JournalEvents.InstanceFinished);
                break;
            case WorkflowStatus.Suspended:
                _burst.AddJournal(_instance, null, JournalEvents.InstanceSuspended,
                    payload: new JsonObject { ["bookmarks"] = _instance.Bookmarks.Count }.ToJsonString());
                break;
        }
    }

    private void AddBookmark(GraphNode node, BookmarkRequest request)
    {
        var bookmark = new Bookmark
        {
            Id = _burst.Runtime.Options.IdGenerator(),
            ActivityId = node.Id,
            ActivityType = node.Node.Type,
            Kind = request.Kind,
            Name = request.Name,
            DueAt = request.DueAt,
            Payload = request.Payload,
            CreatedAt = _burst.Time.GetUtcNow(),
        };
        _instance.Bookmarks.Add(bookmark);
        _burst.CreatedBookmarks.Add(bookmark);
        var payload = new JsonObject { ["bookmarkId"] = bookmark.Id, ["kind"] = bookmark.Kind };
        if (bookmark.Name is not null) payload["name"] = bookmark.Name;
        if (bookmark.DueAt is { } due) payload["dueAt"] = due.ToString("O");
        _burst.AddJournal(_instance, node, JournalEvents.ActivitySuspended, payload: payload.ToJsonString());
    }

    private void Propagate(GraphNode node, IReadOnlyList<string> outcomes)
    {
        foreach (var edge in node.Outbound)
        {
            var followed = Contains(outcomes, edge.Connection.SourcePort);
            if (edge.IsBackward)
            {
                if (!followed) continue;
                foreach (var id in edge.LoopBody) _instance.Inbound.Remove(id);
                _queue.AddLast(new WorkItem(edge.Target));
                continue;
            }
            Visit(edge, followed);
        }
    }

    private static GraphEdge? InvalidLoopTaken(GraphNode node, IReadOnlyList<string> outcomes)
    {
        foreach (var edge in node.Outbound)
            if (edge.IsInvalidBackward && Contains(outcomes, edge.Connection.SourcePort)) return edge;
        return null;
    }

    private static bool Contains(IReadOnlyList<string> outcomes, string port)
    {
        for (var i = 0; i < outcomes.Count; i++)
            if (string.Equals(outcomes[i], port, StringComparison.Ordinal)) return true;
        return false;
    }

    private void Visit(GraphEdge edge, bool followed)
    {
        var target = edge.Target;
        var inboundCount = target.ForwardInbound.Count;

        if (edge.ExitedLoop is not null)
        {
            // Leaving a loop: a dead path now may be taken in a later round, so it waits until the loop has stopped.
            if (!followed)
            {
                var deferred = StateOf(target).Deferred;
                if (!deferred.Contains(edge.InboundIndex)) deferred.Add(edge.InboundIndex);
                return;
            }
            if (_instance.Inbound.TryGetValue(target.Id, out var pending))
            {
                pending.Deferred.Remove(edge.InboundIndex);
                if (IsEmpty(pending)) _instance.Inbound.Remove(target.Id);
            }
        }

        Arrive(edge, followed);
    }

    /// <summary>Records a visit at the target and runs or skips it when its join condition is settled.</summary>
    private void Arrive(GraphEdge edge, bool followed)
    {
        var target = edge.Target;
        var inboundCount = target.ForwardInbound.Count;

        if (target.Activity is FlowJoin join)
        {
            var mode = ModeOf(join, target);
            var state = StateOf(target);
            if (mode == FlowJoinMode.WaitAny)
            {
                if (state.Fired) return;
                Record(state, edge, followed);
                if (followed)
                {
                    state.Fired = true;
                    _queue.AddLast(new WorkItem(target));
                }
                else if (state.Visited.Count >= inboundCount)
                {
                    _instance.Inbound.Remove(target.Id);
                    Skip(target);
                }
                return;
            }

            Record(state, edge, followed);
            if (state.Visited.Count < inboundCount) return;
            // WaitAll runs only when every branch was taken; WaitAllActive when any was (an implicit join).
            var all = mode == FlowJoinMode.WaitAllActive ? state.Followed.Count > 0 : state.Followed.Count >= inboundCount;
            _instance.Inbound.Remove(target.Id);
            if (all) _queue.AddLast(new WorkItem(target));
            else Skip(target);
            return;
        }

        if (inboundCount <= 1)
        {
            if (followed) _queue.AddLast(new WorkItem(target));
            else Skip(target);
            return;
        }

        var implicitState = StateOf(target);
        Record(implicitState, edge, followed);
        if (implicitState.Visited.Count < inboundCount) return;
        var any = implicitState.Followed.Count > 0;
        _instance.Inbound.Remove(target.Id);
        if (any) _queue.AddLast(new WorkItem(target));
        else Skip(target);
    }

    /// <summary>Delivers the held-back dead paths of loops that have stopped (nothing of the loop is scheduled or waiting).</summary>
    private void ReleaseStoppedLoopExits()
    {
        var released = true;
        while (released)
        {
            released = false;
            var pending = _instance.Inbound.Where(p => p.Value.Deferred.Count > 0)
                .SelectMany(p => p.Value.Deferred.Select(index => (TargetId: p.Key, Index: index))).ToList();
            foreach (var (targetId, index) in pending)
            {
                if (!_instance.Inbound.TryGetValue(targetId, out var state) || !state.Deferred.Contains(index)) continue;
                var edge = _graph.Nodes[targetId].ForwardInbound[index];
                if (edge.ExitedLoop is { } head && IsLoopActive(head)) continue;
                state.Deferred.Remove(index);
                if (IsEmpty(state)) _instance.Inbound.Remove(targetId);
                Arrive(edge, followed: false);
                released = true;
            }
        }
    }

    private bool IsLoopActive(GraphNode head)
    {
        foreach (var item in _queue)
            if (head.LoopMembers.Contains(item.Node.Id)) return true;
        foreach (var bookmark in _instance.Bookmarks)
            if (head.LoopMembers.Contains(bookmark.ActivityId)) return true;
        return false;
    }

    private static bool IsEmpty(InboundState state) =>
        state.Visited.Count == 0 && state.Followed.Count == 0 && state.Deferred.Count == 0 && !state.Fired;

    private InboundState StateOf(GraphNode node)
    {
        if (!_instance.Inbound.TryGetValue(node.Id, out var state))
            _instance.Inbound[node.Id] = state = new InboundState();
        return state;
    }

    private static void Record(InboundState state, GraphEdge edge, bool followed)
    {
        if (!state.Visited.Contains(edge.InboundIndex)) state.Visited.Add(edge.InboundIndex);
        if (followed && !state.Followed.Contains(edge.InboundIndex)) state.Followed.Add(edge.InboundIndex);
    }

    /// <summary>A skipped activity does not run; its outbound connections are visited as not followed (dead path).</summary>
    private void Skip(GraphNode node)
    {
        foreach (var edge in node.Outbound)
            if (!edge.IsBackward) Visit(edge, followed: false);
    }

    private FlowJoinMode ModeOf(FlowJoin join, GraphNode node) =>
        join.Mode.IsConstant ? join.Mode.Constant : join.Mode.Get(new ActivityExecutionContext(_burst, _instance, _graph, node, null));

    /// <summary>
    /// WaitAny: the activities on the join's other inbound branches that wait (on a bookmark) are cancelled, and each
    /// cancelled one sends a dead path on, so that joins further down still resolve (Elsa 3.8 does the same; it also
    /// runs the WaitAny join a second time when that dead path reaches it, which this runner does not).
    /// </summary>
    private void CancelWaitingBranches(GraphNode join)
    {
        if (_instance.Bookmarks.Count == 0) return;
        var waiting = _instance.Bookmarks.Where(b => join.Ancestors.Contains(b.ActivityId)).Select(b => b.ActivityId).Distinct().ToList();
        if (waiting.Count == 0) return;
        CancelBookmarks(b => join.Ancestors.Contains(b.ActivityId));
        foreach (var id in waiting) Skip(_graph.Nodes[id]);
    }

    private void CancelEverything()
    {
        _queue.Clear();
        CancelBookmarks(_ => true);
    }

    private void CancelBookmarks(Predicate<Bookmark> match)
    {
        if (_instance.Bookmarks.Count == 0) return;
        var cancelled = _instance.Bookmarks.Where(b => match(b)).ToList();
        if (cancelled.Count == 0) return;
        _instance.Bookmarks.RemoveAll(match);
        foreach (var activityId in cancelled.Select(b => b.ActivityId).Distinct())
            if (_graph.Nodes.TryGetValue(activityId, out var node))
                _burst.AddJournal(_instance, node, JournalEvents.ActivityCancelled);
    }

    private void Fault(GraphNode node, Exception exception, WorkItem item)
    {
        var message = exception is Expressions.ExpressionException or InvalidOperationException ? exception.Message : $"{exception.GetType().Name}: {exception.Message}";
        _instance.Status = WorkflowStatus.Faulted;
        _instance.Incident = new Incident(node.Id, node.Node.Type, message, exception.GetType().FullName ?? exception.GetType().Name, _burst.Time.GetUtcNow());
        // Keep what was still to run, so an explicit retry continues where the fault happened.
        _instance.Scheduled.Clear();
        if (item.Bookmark is null) _instance.Scheduled.Add(node.Id);
        foreach (var pending in _queue)
            if (pending.Bookmark is null) _instance.Scheduled.Add(pending.Node.Id);
        _queue.Clear();
        var payload = new JsonObject { ["message"] = message, ["exception"] = exception.GetType().Name };
        _burst.AddJournal(_instance, node, JournalEvents.ActivityFaulted, payload: payload.ToJsonString());
        _burst.AddJournal(_instance, null, JournalEvents.InstanceFaulted, payload: payload.ToJsonString());
    }

    /// <summary>First-in first-out activities still to run in this burst: an array, so a step costs no allocation.</summary>
    private sealed class WorkQueue
    {
        private WorkItem[] _items = new WorkItem[8];
        private int _head;
        private int _tail;

        public ReadOnlySpan<WorkItem>.Enumerator GetEnumerator() => new ReadOnlySpan<WorkItem>(_items, _head, _tail - _head).GetEnumerator();

        public void AddLast(WorkItem item)
        {
            if (_tail == _items.Length) MakeRoom();
            _items[_tail++] = item;
        }

        public bool TryTake(out WorkItem item)
        {
            if (_head == _tail)
            {
                item = default;
                return false;
            }
            item = _items[_head];
            _items[_head++] = default;
            if (_head == _tail) _head = _tail = 0;
            return true;
        }

        public void Clear()
        {
            Array.Clear(_items, _head, _tail - _head);
            _head = _tail = 0;
        }

        private void MakeRoom()
        {
            var count = _tail - _head;
            var target = count < _items.Length / 2 ? _items : new WorkItem[_items.Length * 2];
            Array.Copy(_items, _head, target, 0, count);
            if (target == _items) Array.Clear(_items, count, _tail - count);
            _items = target;
            _head = 0;
            _tail = count;
        }
    }
}
