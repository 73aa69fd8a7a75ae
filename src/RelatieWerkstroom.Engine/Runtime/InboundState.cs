namespace RelatieWerkstroom.Engine.Runtime;

/// <summary>Which inbound connections of an activity have been visited and followed in the current pass (joins).</summary>
public sealed class InboundState
{
    /// <summary>Indexes (among the activity's forward inbound connections) that were visited.</summary>
    public List<int> Visited { get; set; } = [];

    /// <summary>Indexes that were visited and followed.</summary>
    public List<int> Followed { get; set; } = [];

    /// <summary>For WaitAny joins: already fired in this pass; later arrivals are ignored.</summary>
    public bool Fired { get; set; }
}
