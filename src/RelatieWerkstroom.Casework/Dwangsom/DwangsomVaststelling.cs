using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Engine.Runtime;
using System.Text.Json.Nodes;

namespace RelatieWerkstroom.Casework.Dwangsom;

/// <summary>
/// The vaststelling of a dwangsom bij niet tijdig beslissen (Awb 4:18: "Het bestuursorgaan stelt de verschuldigdheid en
/// de hoogte van de dwangsom bij beschikking vast binnen twee weken na de laatste dag waarover de dwangsom verschuldigd
/// was"). An effective ingebrekestelling starts the workflow <see cref="DefinitionId"/> on the case file. It looks each
/// day (<see cref="DetermineDwangsom"/>) whether the dwangsom still runs; once the decision was given or the 42nd day
/// passed, it starts the 4:18 clock from the last day, puts "Dwangsom vaststellen" on the team's worklist and, when that is
/// done, writes the beschikking (<see cref="DraftDwangsomVaststelling"/>).
/// </summary>
public static class DwangsomVaststelling
{
    /// <summary>The workflow (workflows/dwangsom-vaststelling.json).</summary>
    public const string DefinitionId = "dwangsom-vaststelling";

    /// <summary>The clock of Awb 4:18, owed by the bestuursorgaan.</summary>
    public const string ClockName = "vaststellingstermijn-dwangsom";

    /// <summary>The workflow variable naming the beslistermijn the dwangsom is owed on.</summary>
    public const string TermijnVariable = "Termijn";

    /// <summary>The instance id for the ingebrekestelling on one clock run: a repeated start finds it instead of starting a second.</summary>
    public static string InstanceId(string caseFileId, CaseClock clock) => $"dwangsom-{caseFileId}-{clock.Id}";

    /// <summary>
    /// Starts the workflow for an effective ingebrekestelling on <paramref name="clock"/>; nothing for a premature one
    /// (it has no effect, 4:17 lid 3) or when it already runs for this clock run.
    /// </summary>
    public static async Task StartAsync(WorkflowRuntime runtime, string caseFileId, CaseClock clock, bool premature, string actor,
        CancellationToken cancellationToken)
    {
        if (premature) return;
        var id = InstanceId(caseFileId, clock);
        if (await runtime.Instances.FindAsync(id, cancellationToken) is not null) return;
        await runtime.StartAsync(DefinitionId, new StartOptions(null, caseFileId, actor, id, new Dictionary<string, JsonNode?>
        {
            [TermijnVariable] = clock.Name,
        }), cancellationToken);
    }
}
