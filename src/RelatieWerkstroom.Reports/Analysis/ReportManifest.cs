namespace RelatieWerkstroom.Reports.Analysis;

/// <summary>How a report was made, so it can be reproduced and checked: filters, tariffs, journal range, counts and a hash.</summary>
/// <param name="JournalSha256">SHA-256 over sequence, instance, kind, activity and timestamp of every in-scope event, in order.</param>
/// <param name="BackdatedEntries">Entries whose timestamp is earlier than an earlier entry of the same case (data-quality flag).</param>
/// <param name="MalformedPayloads">Entries whose payload was not a JSON object (read as empty).</param>
/// <param name="TariffsAreExample">True when the tariffs are example values; every export says so next to the euros.</param>
/// <param name="WorkflowNames">Display name of each workflow definition the report was made with, by id (exports show names, not ids).</param>
/// <param name="DiscretionPointNames">The question of each discretion point in those definitions, by discretion id.</param>
/// <param name="UnannotatedExecutions">Completed step executions without a friction annotation (not in SKM figures).</param>
public sealed record ReportManifest(
    DateTimeOffset GeneratedAt,
    string Generator,
    string? From,
    string? To,
    IReadOnlyList<string> Workflows,
    IReadOnlyList<string> Teams,
    int SmallGroupThreshold,
    string TimeZone,
    string AsOf,
    string TariffSource,
    bool TariffsAreExample,
    IReadOnlyDictionary<string, decimal> Tariffs,
    decimal DefaultHourly,
    decimal CitizenHourValue,
    string DwangsomTariffSource,
    long FirstSequence,
    long LastSequence,
    long EventsRead,
    long EventsInScope,
    long CasesInScope,
    long CasesOutOfScope,
    long CasesOpenAtEnd,
    long BackdatedEntries,
    long MalformedPayloads,
    long UnannotatedExecutions,
    IReadOnlyDictionary<string, long> EventsByKind,
    string JournalSha256,
    IReadOnlyDictionary<string, string> WorkflowNames,
    IReadOnlyDictionary<string, string> DiscretionPointNames)
{
    /// <summary>The display name of a workflow, or its id when the report was made without its definition.</summary>
    public string WorkflowName(string workflow) => WorkflowNames.GetValueOrDefault(workflow) ?? workflow;

    /// <summary>The question of a discretion point, or its id when the report was made without its definition.</summary>
    public string DiscretionPointName(string discretionId) => DiscretionPointNames.GetValueOrDefault(discretionId) ?? discretionId;
}
