using System.Text.Json.Nodes;

namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>
/// One entry of a case file's own log: what people did with the case outside the workflow burst (claims, releases,
/// notes, assignments). Details hold ids and counts, never personal data.
/// </summary>
/// <param name="Sequence">Order within the case file, from 1.</param>
/// <param name="Kind">See <see cref="CaseEventKinds"/>.</param>
/// <param name="Actor">Who (user id or <c>system</c>).</param>
/// <param name="At">When.</param>
/// <param name="BookmarkId">The task concerned, if any.</param>
/// <param name="InstanceId">The workflow instance concerned, if any.</param>
/// <param name="Details">Extra data (ids, counts).</param>
public sealed record CaseEvent(long Sequence, string Kind, string Actor, DateTimeOffset At, string? BookmarkId = null,
    string? InstanceId = null, JsonObject? Details = null);
