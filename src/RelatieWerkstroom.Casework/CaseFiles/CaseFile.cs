using System.Text.Json.Nodes;

namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>
/// A dossier: what the case is (zaaktype), whom it is about (a pseudonym only), who works on it, the workflow
/// instances that run for it, and what was produced and decided along the way.
/// </summary>
public sealed class CaseFile
{
    /// <summary>Case file id; workflow instances of the case carry it as their correlation id.</summary>
    public required string Id { get; init; }

    /// <summary>Zaaktype, e.g. <c>wmo-maatwerkvoorziening</c>.</summary>
    public required string Zaaktype { get; init; }

    /// <summary>Short description without personal data, e.g. "Huishoudelijke hulp".</summary>
    public string? Title { get; set; }

    /// <summary>Pseudonym of the citizen (see <see cref="Subjects.ICaseSubjectStore"/>); null for a provider or tender case.</summary>
    public string? SubjectId { get; set; }

    /// <summary>The team that owns the case; only its members see it.</summary>
    public required string Team { get; set; }

    /// <summary>The caseworker responsible for the case as a whole.</summary>
    public string? Assignee { get; set; }

    /// <summary>Open or closed.</summary>
    public CaseFileStatus Status { get; set; }

    /// <summary>When it was opened.</summary>
    public DateTimeOffset OpenedAt { get; init; }

    /// <summary>Who opened it.</summary>
    public string? OpenedBy { get; init; }

    /// <summary>When it was closed.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Optimistic concurrency token, incremented by every stored change.</summary>
    public long Version { get; set; }

    /// <summary>Workflow instances run for this case.</summary>
    public List<string> InstanceIds { get; init; } = [];

    /// <summary>Documents (generated artefacts).</summary>
    public List<CaseDocument> Documents { get; init; } = [];

    /// <summary>Notes.</summary>
    public List<CaseNote> Notes { get; init; } = [];

    /// <summary>Legal clocks, in the order they were started (a clock started again after a stop appears twice).</summary>
    public List<CaseClock> Clocks { get; init; } = [];

    /// <summary>Discretion decisions with their reasons.</summary>
    public List<CaseDecision> Decisions { get; init; } = [];

    /// <summary>Form values entered when completing tasks.</summary>
    public List<FormSubmission> Forms { get; init; } = [];

    /// <summary>Claims and releases of open tasks, one per task.</summary>
    public List<TaskClaim> Claims { get; init; } = [];

    /// <summary>The case file's own log (claims, notes, assignments, …).</summary>
    public List<CaseEvent> Events { get; init; } = [];

    /// <summary>The latest run of the named clock, or null.</summary>
    public CaseClock? Clock(string name) => Clocks.LastOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Clocks that still run (possibly suspended).</summary>
    public IEnumerable<CaseClock> RunningClocks() => Clocks.Where(c => c.IsRunning);

    /// <summary>Stores a clock run: replaces the run with the same id, or adds a new one.</summary>
    public void PutClock(CaseClock clock)
    {
        var index = Clocks.FindIndex(c => c.Id == clock.Id);
        if (index >= 0) Clocks[index] = clock;
        else Clocks.Add(clock);
    }

    /// <summary>The claim state of a task, or null when nobody claimed or released it.</summary>
    public TaskClaim? ClaimOf(string bookmarkId) => Claims.FirstOrDefault(c => c.BookmarkId == bookmarkId);

    /// <summary>Records that a task was claimed (user id) or released (null).</summary>
    public void SetClaim(TaskClaim claim)
    {
        Claims.RemoveAll(c => c.BookmarkId == claim.BookmarkId);
        Claims.Add(claim);
    }

    /// <summary>Forgets the claim of a task that is done.</summary>
    public void RemoveClaim(string bookmarkId) => Claims.RemoveAll(c => c.BookmarkId == bookmarkId);

    /// <summary>The latest value entered for a form field, or null.</summary>
    public JsonNode? FormValue(string field) =>
        Forms.LastOrDefault(f => f.Values.ContainsKey(field)) is { } form ? form.Values[field]?.DeepClone() : null;

    /// <summary>Appends an entry to the case file's log.</summary>
    public CaseEvent AddEvent(string kind, string actor, DateTimeOffset at, string? bookmarkId = null, string? instanceId = null, JsonObject? details = null)
    {
        var entry = new CaseEvent(Events.Count + 1, kind, actor, at, bookmarkId, instanceId, details);
        Events.Add(entry);
        return entry;
    }
}
