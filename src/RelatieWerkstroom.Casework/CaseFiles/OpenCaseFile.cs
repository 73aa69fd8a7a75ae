using System.Text.Json.Nodes;
using MediatR;
using RelatieWerkstroom.Casework.Ids;
using RelatieWerkstroom.Casework.Settings;
using RelatieWerkstroom.Casework.Subjects;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Casework.Validation;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>Opens a case file: registers the subject under a pseudonym, stores the case file and starts the zaaktype's workflow for it.</summary>
public static class OpenCaseFile
{
    /// <summary>Opens a case of <paramref name="Zaaktype"/> for <paramref name="Team"/>, optionally about a citizen.</summary>
    /// <param name="Zaaktype">The zaaktype; the workflow is the settings' mapping of it, or the zaaktype itself.</param>
    /// <param name="Team">The team that owns the case.</param>
    /// <param name="OpenedBy">Who opens it.</param>
    /// <param name="Subject">The citizen (BSN and name), kept apart from the case file; null for provider or tender cases.</param>
    /// <param name="Title">Short description without personal data.</param>
    /// <param name="Assignee">The caseworker responsible (user id).</param>
    /// <param name="DefinitionId">A workflow definition other than the zaaktype's.</param>
    /// <param name="Input">Workflow input (no personal data: it is instance data).</param>
    /// <param name="OpeningKey">Makes a retry safe: the same key from the same person opens one case file and answers with it.</param>
    /// <param name="Variables">
    /// Start values of workflow variables, e.g. RW-2's <c>Route</c> (<c>melding</c>, <c>verwijzing</c>, <c>maatregel</c>);
    /// no personal data: it is instance data.
    /// </param>
    public sealed record Command(
        string Zaaktype,
        string Team,
        User OpenedBy,
        SubjectData? Subject = null,
        string? Title = null,
        string? Assignee = null,
        string? DefinitionId = null,
        JsonObject? Input = null,
        IReadOnlyDictionary<string, JsonNode?>? Variables = null,
        string? OpeningKey = null) : IRequest<Result>;

    /// <summary>The citizen's personal data; printing it shows no more than a masked BSN.</summary>
    public sealed record SubjectData(string Bsn, string Name)
    {
        /// <inheritdoc />
        public override string ToString() => Subjects.Bsn.TryParse(Bsn, out var bsn, out _) ? $"SubjectData {bsn}" : "SubjectData";
    }

    /// <summary>The opened case file and the state of its workflow after the first burst (with its incident when it faulted).</summary>
    public sealed record Result(string CaseFileId, string InstanceId, string? SubjectId, WorkflowStatus Status, IReadOnlyList<BookmarkInfo> Bookmarks,
        Incident? Incident = null);

    /// <summary>Checks the command: zaaktype, a known team, a valid BSN and a name.</summary>
    public sealed class Validator(IMunicipalitySettings settings) : ICommandValidator<Command>
    {
        /// <inheritdoc />
        public IEnumerable<CommandProblem> Validate(Command command)
        {
            if (string.IsNullOrWhiteSpace(command.Zaaktype)) yield return new("zaaktype", "Zaaktype ontbreekt (zaaktype is missing)");
            if (string.IsNullOrWhiteSpace(command.Team)) yield return new("team", "Team ontbreekt (team is missing)");
            else if (settings.Teams.Count > 0 && !settings.Teams.Any(t => string.Equals(t.Id, command.Team, StringComparison.OrdinalIgnoreCase)))
                yield return new("team", $"Team '{command.Team}' bestaat niet bij {settings.Municipality}; teams: {string.Join(", ", settings.Teams.Select(t => t.Id))} (unknown team)");
            if (command.Subject is { } subject)
            {
                if (!Bsn.TryParse(subject.Bsn, out _, out var error)) yield return new("subject.bsn", error);
                if (string.IsNullOrWhiteSpace(subject.Name)) yield return new("subject.name", "Naam ontbreekt (name is missing)");
            }
            if (command.Title is { Length: > 200 }) yield return new("title", "Titel is langer dan 200 tekens (title too long)");
        }
    }

    /// <summary>Stores subject and case file, then starts the workflow; if the start fails, both are removed again.</summary>
    public sealed class Handler(
        ICommandValidator<Command> validator,
        ICaseFileStore caseFiles,
        ICaseSubjectStore subjects,
        SubjectRegistry registry,
        WorkflowRuntime runtime,
        IMunicipalitySettings settings,
        TimeProvider time,
        IIdGenerator ids) : IRequestHandler<Command, Result>
    {
        /// <inheritdoc />
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            validator.EnsureValid(request);
            var definitionId = request.DefinitionId ?? settings.DefinitionIdFor(request.Zaaktype.Trim());
            var definition = await runtime.Definitions.FindPublishedAsync(definitionId, cancellationToken)
                ?? throw new CaseworkRefusedException(RefusalKind.NotFound,
                    $"Geen gepubliceerd werkproces '{definitionId}' voor zaaktype '{request.Zaaktype}' (no published workflow)");
            runtime.GetGraph(definition); // an invalid definition fails here, before anything is stored

            // The same opening key twice (a retried or double-clicked request) opens one case file and answers with it.
            var caseFileId = request.OpeningKey is { Length: > 0 } key ? KeyedId(request.OpenedBy, key) : ids.NewId("z-", 8);
            if (request.OpeningKey is { Length: > 0 } && await ReplayAsync(caseFileId, request, definition, cancellationToken) is { } replayed) return replayed;

            CaseSubject? subject = null;
            var newSubject = false;
            if (request.Subject is { } data)
                (subject, newSubject) = await registry.RegisterAsync(Bsn.Parse(data.Bsn), data.Name, cancellationToken);

            var now = time.GetUtcNow();
            var caseFile = new CaseFile
            {
                Id = caseFileId,
                Zaaktype = request.Zaaktype.Trim(),
                Title = request.Title?.Trim(),
                SubjectId = subject?.SubjectId,
                Team = request.Team.Trim(),
                Assignee = request.Assignee,
                Status = CaseFileStatus.Open,
                OpenedAt = now,
                OpenedBy = request.OpenedBy.Id,
                InstanceIds = [ids.NewId("", 16)],
            };
            var instanceId = caseFile.InstanceIds[0];
            caseFile.AddEvent(CaseEventKinds.CaseOpened, request.OpenedBy.Id, now, instanceId: instanceId,
                details: new JsonObject { ["zaaktype"] = caseFile.Zaaktype, ["definitionId"] = definitionId });
            try
            {
                await caseFiles.AddAsync(caseFile, cancellationToken);
            }
            catch (Exception) when (request.OpeningKey is { Length: > 0 })
            {
                // A concurrent request with the same key may have stored it first: then answer as that one did.
                if (await ReplayAsync(caseFileId, request, definition, cancellationToken) is not { } first) throw;
                if (newSubject) await subjects.DeleteAsync(subject!.SubjectId, CancellationToken.None);
                return first;
            }

            RunResult run;
            try
            {
                run = await StartWorkflowAsync(caseFile, definition, request, cancellationToken);
            }
            catch (ConcurrencyConflictException) when (request.OpeningKey is { Length: > 0 })
            {
                // A retry with the same key completed this opening meanwhile (it found the case file without a workflow and
                // started it): the case file is in use, so answer as the retry did.
                return await ReplayAsync(caseFileId, request, definition, cancellationToken)
                    ?? throw new InvalidOperationException($"case file {caseFileId} vanished during its opening");
            }
            catch
            {
                // Nothing of a failed opening may stay behind.
                await caseFiles.DeleteAsync(caseFile.Id, CancellationToken.None);
                if (newSubject) await subjects.DeleteAsync(subject!.SubjectId, CancellationToken.None);
                throw;
            }
            return new Result(caseFile.Id, run.InstanceId, subject?.SubjectId, run.Status, run.Bookmarks, run.Incident);
        }

        private Task<RunResult> StartWorkflowAsync(CaseFile caseFile, WorkflowDefinition definition, Command request, CancellationToken cancellationToken)
        {
            var input = (JsonObject?)request.Input?.DeepClone() ?? new JsonObject();
            input.TryAdd("caseFileId", caseFile.Id);
            input.TryAdd("zaaktype", caseFile.Zaaktype);
            if (caseFile.SubjectId is { } subjectId) input.TryAdd("subjectId", subjectId);
            return runtime.StartAsync(definition,
                new StartOptions(input, caseFile.Id, request.OpenedBy.Id, caseFile.InstanceIds[0], request.Variables), cancellationToken);
        }

        // The case file an earlier request with the same key opened, as that request answered (its workflow as it stands now).
        // If that request was stopped between storing the case file and starting its workflow (a killed process), the
        // workflow is started now, so a retry completes the opening instead of answering with a case file that has none.
        private async Task<Result?> ReplayAsync(string caseFileId, Command request, WorkflowDefinition definition, CancellationToken cancellationToken)
        {
            if (await caseFiles.FindAsync(caseFileId, cancellationToken) is not { } existing) return null;
            if (existing.OpenedBy != request.OpenedBy.Id)
                throw new CaseworkRefusedException(RefusalKind.Conflict, "Deze sleutel hoort bij een andere opening (the opening key belongs to another request)");
            var instanceId = existing.InstanceIds[0];
            var instance = await runtime.Instances.FindAsync(instanceId, cancellationToken);
            if (instance is null)
            {
                try
                {
                    var run = await StartWorkflowAsync(existing, definition, request, cancellationToken);
                    return new Result(existing.Id, run.InstanceId, existing.SubjectId, run.Status, run.Bookmarks, run.Incident);
                }
                catch (ConcurrencyConflictException)
                {
                    // The first request (or another retry) started it just now.
                    instance = await runtime.Instances.FindAsync(instanceId, cancellationToken) ?? throw new InvalidOperationException(
                        $"the workflow of case file {existing.Id} could not be started and was not started by anyone else");
                }
            }
            return new Result(existing.Id, instanceId, existing.SubjectId, instance.Status, instance.Bookmarks.Select(BookmarkInfo.From).ToList());
        }

        private static string KeyedId(User user, string key) => OpenCaseFile.KeyedId(user.Id, key);
    }

    /// <summary>The id of the case file an opening key of <paramref name="userId"/> opens; scoped to the user, so one person's key never finds another's.</summary>
    public static string KeyedId(string userId, string key) =>
        "z-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{userId}\n{key}")).AsSpan(0, 8));
}
