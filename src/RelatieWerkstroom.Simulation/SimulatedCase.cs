using RelatieWerkstroom.Casework.CaseFiles;

namespace RelatieWerkstroom.Simulation;

/// <summary>What the simulator remembers of a case it opened: no more than it needs to act plausibly on it.</summary>
internal sealed class SimulatedCase(string caseFileId, SimulatedWorkflow workflow, SimulatedTeam team, OpenCaseFile.SubjectData? subject)
{
    private readonly Dictionary<string, int> _visits = new(StringComparer.Ordinal);

    /// <summary>The case file id (also the correlation id of its instances).</summary>
    public string CaseFileId { get; } = caseFileId;

    /// <summary>The workflow the case was opened with.</summary>
    public SimulatedWorkflow Workflow { get; } = workflow;

    /// <summary>The team owning the case.</summary>
    public SimulatedTeam Team { get; } = team;

    /// <summary>The fake citizen, kept to open a herindicatie for the same person.</summary>
    public OpenCaseFile.SubjectData? Subject { get; } = subject;

    /// <summary>The option or action taken at the workflow's decision point, once taken.</summary>
    public string? Decision { get; set; }

    /// <summary>For a herindicatie: the decision of the case before it.</summary>
    public string? PreviousDecision { get; init; }

    /// <summary>Counts a visit to a step of an instance and returns how often it has been visited, this one included.</summary>
    public int Visit(string instanceId, string activityId)
    {
        var key = instanceId + "/" + activityId;
        var count = _visits.GetValueOrDefault(key) + 1;
        _visits[key] = count;
        return count;
    }
}
