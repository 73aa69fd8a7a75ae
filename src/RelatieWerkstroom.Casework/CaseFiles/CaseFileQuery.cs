namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>Which case files to list; every set field must match. Most recently opened first, <see cref="Skip"/> then <see cref="Take"/>.</summary>
/// <param name="Team">The owning team (case-insensitive).</param>
/// <param name="Assignee">The caseworker responsible.</param>
/// <param name="Zaaktype">The zaaktype.</param>
/// <param name="Status">Open or closed.</param>
/// <param name="SubjectId">The citizen's pseudonym.</param>
/// <param name="Take">At most this many.</param>
/// <param name="Text">Part of the case id or title, ignoring case and diacritics (see <see cref="CaseFileSearchText"/>).</param>
/// <param name="Skip">Leave out this many first (a page further on).</param>
/// <param name="OrBezwaar">
/// Also the bezwaar cases (<see cref="CaseFileAccess.IsBezwaarCase"/>) of every team besides <paramref name="Team"/>'s,
/// what a jurist sees; with no <paramref name="Team"/>, only bezwaar cases. Stores answer it from a column kept with the
/// case file, so the search counts and pages in the store.
/// </param>
public sealed record CaseFileQuery(
    string? Team = null,
    string? Assignee = null,
    string? Zaaktype = null,
    CaseFileStatus? Status = null,
    string? SubjectId = null,
    int Take = 1000,
    string? Text = null,
    int Skip = 0,
    bool OrBezwaar = false)
{
    /// <summary>Whether a case file meets every set field (for stores that hold their case files in memory).</summary>
    public bool Matches(CaseFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var inTeam = Team is null ? !OrBezwaar : string.Equals(file.Team, Team, StringComparison.OrdinalIgnoreCase);
        return (inTeam || (OrBezwaar && CaseFileAccess.IsBezwaarCase(file)))
            && (Assignee is null || file.Assignee == Assignee)
            && (Zaaktype is null || file.Zaaktype == Zaaktype)
            && (Status is null || file.Status == Status)
            && (SubjectId is null || file.SubjectId == SubjectId)
            && (string.IsNullOrEmpty(Text) || CaseFileSearchText.Of(file).Contains(CaseFileSearchText.Fold(Text), StringComparison.Ordinal));
    }

    /// <summary>The matching case files in the store's order, one page of them (for stores that hold their case files in memory).</summary>
    public IEnumerable<CaseFile> Select(IEnumerable<CaseFile> files) =>
        files.Where(Matches).OrderByDescending(f => f.OpenedAt).ThenBy(f => f.Id, StringComparer.Ordinal).Skip(Skip).Take(Take);
}
