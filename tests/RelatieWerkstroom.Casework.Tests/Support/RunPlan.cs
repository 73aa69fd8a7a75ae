namespace RelatieWerkstroom.Casework.Tests.Support;

/// <summary>
/// What one case run does: the option per discretion id (the municipality's default where none is given) and the actions
/// per task (by activity id, or <c>definitionId/activityId</c>; the n-th visit takes the n-th action, the last one
/// repeats; the task's first action where none is given).
/// </summary>
/// <param name="Name">Shown in failures.</param>
/// <param name="Choices">Option per discretion id.</param>
/// <param name="Actions">Actions per task.</param>
/// <param name="Bezwaar">Whether a bezwaarschrift arrives (event <c>BezwaarOntvangen</c>) while the case waits for one.</param>
/// <param name="Variables">Start values of workflow variables (RW-2's <c>Route</c>).</param>
public sealed record RunPlan(
    string Name,
    IReadOnlyDictionary<string, string> Choices,
    IReadOnlyDictionary<string, string[]> Actions,
    bool Bezwaar = false,
    IReadOnlyDictionary<string, string>? Variables = null)
{
    /// <summary>The action for the <paramref name="visit"/>-th (0-based) visit of a task, or null for the task's first action.</summary>
    public string? ActionFor(string definitionId, string activityId, int visit)
    {
        if (!Actions.TryGetValue($"{definitionId}/{activityId}", out var script) && !Actions.TryGetValue(activityId, out script)) return null;
        return script.Length == 0 ? null : script[Math.Min(visit, script.Length - 1)];
    }

    public override string ToString() =>
        $"{Name} [{string.Join(", ", Choices.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}"))}]" +
        (Bezwaar ? " +bezwaar" : "") + (Variables is { Count: > 0 } v ? " " + string.Join(", ", v.Select(x => $"{x.Key}={x.Value}")) : "");
}
