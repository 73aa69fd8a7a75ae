namespace RelatieWerkstroom.Casework.Steps;

/// <summary>Where a service step request comes from: the workflow instance, its case file and the running activity.</summary>
/// <param name="InstanceId">The workflow instance.</param>
/// <param name="DefinitionId">The workflow definition.</param>
/// <param name="CorrelationId">The case file id the instance runs for, if any.</param>
/// <param name="ActivityId">The service step activity that sent the request.</param>
/// <param name="Actor">Who caused the burst (a user id or <c>system</c>).</param>
/// <param name="Now">The workflow runtime's current time; handlers use it so that fake clocks in tests reach them.</param>
public sealed record StepContext(
    string InstanceId,
    string DefinitionId,
    string? CorrelationId,
    string ActivityId,
    string Actor,
    DateTimeOffset Now);
