using RelatieWerkstroom.Casework.CaseFiles;

namespace RelatieWerkstroom.Persistence.Entities;

/// <summary>A case file: columns for what the worklist and reports filter on, the rest of the dossier as JSON text.</summary>
public sealed class CaseFileRow
{
    /// <summary>Case file id (the correlation id of its workflow instances).</summary>
    public required string Id { get; set; }

    /// <summary>Zaaktype.</summary>
    public required string Zaaktype { get; set; }

    /// <summary>Short description without personal data.</summary>
    public string? Title { get; set; }

    /// <summary>Pseudonym of the citizen; deliberately no foreign key, so a subject's personal data can be erased while the case file stays.</summary>
    public string? SubjectId { get; set; }

    /// <summary>The owning team as it was entered.</summary>
    public required string Team { get; set; }

    /// <summary>The team in lower case: teams compare case-insensitively, and an indexed column keeps that comparison cheap on every database.</summary>
    public required string TeamKey { get; set; }

    /// <summary>
    /// Whether a bezwaar runs or ran in the case (<see cref="CaseFileAccess.IsBezwaarCase"/>, read from the zaaktype and
    /// the events): a jurist's search filters on it in the database.
    /// </summary>
    public bool IsBezwaar { get; set; }

    /// <summary>The case id and title folded for search (<see cref="CaseFileSearchText.Of"/>): lower case without diacritics on every database.</summary>
    public string SearchText { get; set; } = "";

    /// <summary>
    /// Which version of the columns derived from the case file (<see cref="IsBezwaar"/>, <see cref="SearchText"/>) the row holds; a row written
    /// by an older version has a lower one and is written anew at start (see <c>CaseFileColumns</c>).
    /// </summary>
    public int ColumnsVersion { get; set; }

    /// <summary>The caseworker responsible.</summary>
    public string? Assignee { get; set; }

    /// <summary>Open or closed.</summary>
    public CaseFileStatus Status { get; set; }

    /// <summary>When it was opened.</summary>
    public DateTimeOffset OpenedAt { get; set; }

    /// <summary>Who opened it.</summary>
    public string? OpenedBy { get; set; }

    /// <summary>When it was closed.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Optimistic concurrency token: every update increments it and checks the previous value.</summary>
    public long Version { get; set; }

    /// <summary>Instance ids, documents, notes, decisions, forms, claims and the case file's log, as JSON.</summary>
    public required string ContentJson { get; set; }

    /// <summary>The legal clocks, one row per run (kept out of <see cref="ContentJson"/> so deadlines can be queried).</summary>
    public List<CaseClockRow> Clocks { get; set; } = [];
}
