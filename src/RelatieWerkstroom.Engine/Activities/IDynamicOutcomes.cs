namespace RelatieWerkstroom.Engine.Activities;

/// <summary>An activity whose outcome ports depend on its configuration (fork branches, switch cases, task actions).</summary>
public interface IDynamicOutcomes
{
    /// <summary>The outcome ports of this configured activity.</summary>
    IReadOnlyList<string> GetOutcomes();
}
