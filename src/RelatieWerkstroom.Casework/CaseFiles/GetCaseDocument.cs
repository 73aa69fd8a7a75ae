using MediatR;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Casework.Validation;

namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>One document of a case file the user may see, with its content (to open or download it).</summary>
public static class GetCaseDocument
{
    /// <summary>Reads document <paramref name="DocumentId"/> of case file <paramref name="CaseFileId"/> as <paramref name="User"/>.</summary>
    public sealed record Query(User User, string CaseFileId, string DocumentId) : IRequest<CaseDocument>;

    /// <summary>Other teams get a refusal; an unknown document is not found.</summary>
    public sealed class Handler(ICaseFileStore caseFiles) : IRequestHandler<Query, CaseDocument>
    {
        /// <inheritdoc />
        public async Task<CaseDocument> Handle(Query request, CancellationToken cancellationToken)
        {
            var file = await caseFiles.FindVisibleAsync(request.User, request.CaseFileId, cancellationToken);
            return file.Documents.FirstOrDefault(d => d.Id == request.DocumentId)
                ?? throw new CaseworkRefusedException(RefusalKind.NotFound, $"Zaak '{file.Id}' heeft geen document '{request.DocumentId}' (document not found)");
        }
    }
}
