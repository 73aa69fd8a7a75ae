using System.Text.Json.Nodes;
using MediatR;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Casework.Validation;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>Closes a case file whose workflows have all ended.</summary>
public static class CloseCaseFile
{
    /// <summary>Closes case file <paramref name="CaseFileId"/>.</summary>
    public sealed record Command(User User, string CaseFileId) : IRequest<CaseFile>;

    /// <summary>Needs a case file id.</summary>
    public sealed class Validator : ICommandValidator<Command>
    {
        /// <inheritdoc />
        public IEnumerable<CommandProblem> Validate(Command command)
        {
            if (string.IsNullOrWhiteSpace(command.CaseFileId)) yield return new("caseFileId", "Zaak ontbreekt (case file id is missing)");
        }
    }

    /// <summary>Refuses while a workflow of the case still runs; otherwise closes it.</summary>
    public sealed class Handler(ICommandValidator<Command> validator, ICaseFileStore caseFiles, IWorkflowInstanceStore instances, TimeProvider time)
        : IRequestHandler<Command, CaseFile>
    {
        /// <inheritdoc />
        public async Task<CaseFile> Handle(Command request, CancellationToken cancellationToken)
        {
            validator.EnsureValid(request);
            var file = await caseFiles.FindVisibleAsync(request.User, request.CaseFileId, cancellationToken);
            CaseFileAccess.EnsureOpen(file);
            foreach (var instanceId in file.InstanceIds)
                if (await instances.FindAsync(instanceId, cancellationToken) is { IsActive: true } running)
                    throw new CaseworkRefusedException(RefusalKind.Conflict,
                        $"Zaak '{file.Id}' kan niet worden gesloten: werkproces {running.Id} loopt nog ({running.Status}) (a workflow still runs)");
            var now = time.GetUtcNow();
            return await caseFiles.UpdateVisibleAsync(request.User, request.CaseFileId, f =>
            {
                CaseFileAccess.EnsureOpen(f);
                f.Status = CaseFileStatus.Closed;
                f.ClosedAt = now;
                f.AddEvent(CaseEventKinds.CaseClosed, request.User.Id, now, details: new JsonObject { ["instances"] = f.InstanceIds.Count });
            }, cancellationToken);
        }
    }
}
