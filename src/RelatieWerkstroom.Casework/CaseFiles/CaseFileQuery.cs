namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>Which case files to list; every set field must match.</summary>
public sealed record CaseFileQuery(
    string? Team = null,
    string? Assignee = null,
    string? Zaaktype = null,
    CaseFileStatus? Status = null,
    string? SubjectId = null,
    int Take = 1000);
