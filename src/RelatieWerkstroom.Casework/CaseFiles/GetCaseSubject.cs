using MediatR;
using RelatieWerkstroom.Casework.Subjects;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Casework.Validation;

namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>Reads the personal data of a case file's subject, for the team that works on the case.</summary>
public static class GetCaseSubject
{
    /// <summary>Reads the subject of case file <paramref name="CaseFileId"/> as <paramref name="User"/>.</summary>
    public sealed record Query(User User, string CaseFileId) : IRequest<CaseSubject>;

    /// <summary>Only members of the case's team see the subject; a case without a citizen has none.</summary>
    public sealed class Handler(ICaseFileStore caseFiles, ICaseSubjectStore subjects) : IRequestHandler<Query, CaseSubject>
    {
        /// <inheritdoc />
        public async Task<CaseSubject> Handle(Query request, CancellationToken cancellationToken)
        {
            var file = await caseFiles.FindVisibleAsync(request.User, request.CaseFileId, cancellationToken);
            return file.SubjectId is { } id && await subjects.FindAsync(id, cancellationToken) is { } subject
                ? subject
                : throw new CaseworkRefusedException(RefusalKind.NotFound, $"Zaak '{file.Id}' heeft geen betrokkene (case file has no subject)");
        }
    }
}
