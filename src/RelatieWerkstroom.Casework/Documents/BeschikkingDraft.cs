using RelatieWerkstroom.Casework.CaseFiles;

namespace RelatieWerkstroom.Casework.Documents;

/// <summary>Everything a beschikking is written from; no personal data (the citizen is the pseudonym <see cref="SubjectId"/>).</summary>
public sealed record BeschikkingDraft
{
    /// <summary>The decision's reference (kenmerk).</summary>
    public required string DecisionId { get; init; }

    /// <summary>The case file.</summary>
    public required string CaseFileId { get; init; }

    /// <summary>What kind of case this is.</summary>
    public required ZaaktypeInfo Zaaktype { get; init; }

    /// <summary>The decision code from the workflow, e.g. <c>toekennen</c>, <c>afwijzen</c>, <c>ongegrond</c>.</summary>
    public required string Decision { get; init; }

    /// <summary>The wettelijke grondslag, e.g. "Wmo 2015 art. 2.3.5 lid 3".</summary>
    public required string LegalBasis { get; init; }

    /// <summary>The day the beschikking is sent (dagtekening); the bezwaar term runs from the day after.</summary>
    public required DateOnly Sent { get; init; }

    /// <summary>The municipality whose college decides.</summary>
    public required string Municipality { get; init; }

    /// <summary>Pseudonym of the citizen; the letter carries a placeholder for it.</summary>
    public string? SubjectId { get; init; }

    /// <summary>The discretion decisions this beschikking rests on, oldest first (their reasons form the motivering).</summary>
    public IReadOnlyList<CaseDecision> Discretion { get; init; } = [];

    /// <summary>The beslistermijn, when the case has one running.</summary>
    public BeslistermijnStatus? Beslistermijn { get; init; }

    /// <summary>The first day of a granted voorziening.</summary>
    public DateOnly? Ingangsdatum { get; init; }

    /// <summary>The last day of a granted voorziening; null for an indefinite one.</summary>
    public DateOnly? Einddatum { get; init; }
}
