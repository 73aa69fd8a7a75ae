using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Descriptors;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Engine.Runtime;

/// <summary>A definition compiled for running: bound activities, classified connections, join bookkeeping.</summary>
public sealed class WorkflowGraph
{
    internal WorkflowGraph(WorkflowDefinition definition, Dictionary<string, GraphNode> nodes, GraphNode? start, IReadOnlyList<ValidationProblem> problems)
    {
        Definition = definition;
        Nodes = nodes;
        Start = start;
        Problems = problems;
    }

    /// <summary>The definition.</summary>
    public WorkflowDefinition Definition { get; }

    /// <summary>Nodes by activity id.</summary>
    public IReadOnlyDictionary<string, GraphNode> Nodes { get; }

    /// <summary>Where a new instance starts (null for an empty flowchart).</summary>
    public GraphNode? Start { get; }

    /// <summary>Every problem found while compiling (empty for a runnable graph).</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }
}

/// <summary>One activity in a compiled graph.</summary>
public sealed class GraphNode
{
    internal GraphNode(ActivityNode node, Activity? activity, ActivityDescriptor? descriptor, IReadOnlyList<string> outcomes)
    {
        Node = node;
        Activity = activity!;
        Descriptor = descriptor!;
        Outcomes = outcomes;
    }

    /// <summary>The definition node.</summary>
    public ActivityNode Node { get; }

    /// <summary>The bound activity.</summary>
    public Activity Activity { get; }

    /// <summary>The activity type's descriptor.</summary>
    public ActivityDescriptor Descriptor { get; }

    /// <summary>Outcome ports of this configured activity.</summary>
    public IReadOnlyList<string> Outcomes { get; }

    /// <summary>Outgoing connections in definition order.</summary>
    public List<GraphEdge> Outbound { get; } = [];

    /// <summary>Incoming forward connections (loops excluded); an implicit join waits for all of them.</summary>
    public List<GraphEdge> ForwardInbound { get; } = [];

    /// <summary>For FlowJoin nodes: activities from which this join can be reached (cancelled by WaitAny).</summary>
    public HashSet<string> Ancestors { get; } = new(StringComparer.Ordinal);

    /// <summary>For a loop head: the activities of its loop (the head included); empty for other activities.</summary>
    public HashSet<string> LoopMembers { get; } = new(StringComparer.Ordinal);

    /// <summary>Activity id.</summary>
    public string Id => Node.Id;
}

/// <summary>A connection in a compiled graph.</summary>
public sealed class GraphEdge
{
    internal GraphEdge(Connection connection, GraphNode source, GraphNode target)
    {
        Connection = connection;
        Source = source;
        Target = target;
    }

    /// <summary>The definition connection.</summary>
    public Connection Connection { get; }

    /// <summary>Source node.</summary>
    public GraphNode Source { get; }

    /// <summary>Target node.</summary>
    public GraphNode Target { get; }

    /// <summary>Whether this connection goes back to a loop head (its target lies on every path to its source).</summary>
    public bool IsBackward { get; internal set; }

    /// <summary>
    /// A connection that closes a loop whose first activity does not lie on every path to its source (a loop entered
    /// from the side). Following it faults the instance, as in Elsa.
    /// </summary>
    public bool IsInvalidBackward { get; internal set; }

    /// <summary>Index among the target's forward inbound connections.</summary>
    public int InboundIndex { get; internal set; } = -1;

    /// <summary>For backward connections: the loop's activities, whose join bookkeeping restarts when the loop goes round.</summary>
    public IReadOnlyList<string> LoopBody { get; internal set; } = [];

    /// <summary>
    /// For a connection from inside a loop to outside it: the head of the outermost loop it leaves. When such a
    /// connection is not taken, its dead path waits until that loop has stopped, because a later round may take it.
    /// </summary>
    public GraphNode? ExitedLoop { get; internal set; }
}
