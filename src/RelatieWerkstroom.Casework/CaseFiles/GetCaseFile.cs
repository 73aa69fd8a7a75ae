using MediatR;
using RelatieWerkstroom.Casework.Users;

namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>Reads a case file of the user's team.</summary>
public static class GetCaseFile
{
    /// <summary>Reads case file <paramref name="CaseFileId"/> as <paramref name="User"/>.</summary>
    public sealed record Query(User User, string CaseFileId) : IRequest<CaseFile>;

    /// <summary>Loads the case file; other teams get a refusal.</summary>
    public sealed class Handler(ICaseFileStore caseFiles) : IRequestHandler<Query, CaseFile>
    {
        /// <inheritdoc />
        public Task<CaseFile> Handle(Query request, CancellationToken cancellationToken) =>
            caseFiles.FindVisibleAsync(request.User, request.CaseFileId, cancellationToken);
    }
}
