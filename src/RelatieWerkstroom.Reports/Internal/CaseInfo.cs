namespace RelatieWerkstroom.Reports.Internal;

/// <summary>What the reports know about a case when they first see it.</summary>
/// <param name="CaseId">Correlation id (case file id), or the instance id when an instance has no correlation.</param>
/// <param name="Team">Team from the lookup, the InstanceStarted payload, or "onbekend".</param>
/// <param name="Workflow">Definition id of the first instance seen for the case.</param>
/// <param name="Version">Its version.</param>
/// <param name="Period">Intake month (yyyy-MM, local time) of the first event.</param>
/// <param name="FirstEvent">Timestamp of the first event.</param>
internal sealed record CaseInfo(string CaseId, string Team, string Workflow, int Version, string Period, DateTimeOffset FirstEvent);
