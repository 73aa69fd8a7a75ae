namespace RelatieWerkstroom.Engine.Runtime;

/// <summary>Which inbound connections of an activity have been visited and followed in the current pass (joins).</summary>
public sealed class InboundState
{
    /// <summary>Indexes (among the activity's forward inbound connections) that were visited.</summary>
    public List<int> Visited { get; set; } = [];

    /// <summary>Indexes that were visited and followed.</summary>
    public List<int> Followed { get; set; } = [];

    /// <summary>
    /// Indexes of inbound connections that leave a loop and were not taken while the loop was still going round;
    /// they count as visited (not followed) once the loop has stopped.
    /// </summary>
    public List<int> Deferred { get; set; } = [];

    /// <summary>For WaitAny joins: already fired in this pass; later arrivals are ignored.</summary>
    public bool Fired { get; set; }
}
