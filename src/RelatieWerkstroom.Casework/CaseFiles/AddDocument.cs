using System.Security.Cryptography;
using System.Text.Json.Nodes;
using MediatR;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Casework.Validation;

namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>Adds a document a person supplies to an open case file (generated artefacts come from service steps through the burst session).</summary>
public static class AddDocument
{
    /// <summary>The content types a document may have.</summary>
    public static readonly IReadOnlyList<string> ContentTypes = ["text/plain", "text/markdown", "text/html", "application/json"];

    /// <summary>Adds a document of <paramref name="Kind"/> (e.g. <c>onderzoeksverslag</c>) to the case file.</summary>
    public sealed record Command(User User, string CaseFileId, string Kind, string Title, string Content, string ContentType = "text/plain") : IRequest<CaseDocument>;

    /// <summary>A document needs a kind, a title, content and a known content type.</summary>
    public sealed class Validator : ICommandValidator<Command>
    {
        /// <inheritdoc />
        public IEnumerable<CommandProblem> Validate(Command command)
        {
            if (string.IsNullOrWhiteSpace(command.CaseFileId)) yield return new("caseFileId", "Zaak ontbreekt (case file id is missing)");
            if (string.IsNullOrWhiteSpace(command.Kind)) yield return new("kind", "Documentsoort ontbreekt (kind is missing)");
            if (string.IsNullOrWhiteSpace(command.Title)) yield return new("title", "Titel ontbreekt (title is missing)");
            if (command.Content is null) yield return new("content", "Inhoud ontbreekt (content is missing)");
            if (!ContentTypes.Contains(command.ContentType))
                yield return new("contentType", $"Onbekend documenttype '{command.ContentType}'; kies uit {string.Join(", ", ContentTypes)} (unknown content type)");
        }
    }

    /// <summary>Stores the document.</summary>
    public sealed class Handler(ICommandValidator<Command> validator, ICaseFileStore caseFiles, TimeProvider time) : IRequestHandler<Command, CaseDocument>
    {
        /// <inheritdoc />
        public async Task<CaseDocument> Handle(Command request, CancellationToken cancellationToken)
        {
            validator.EnsureValid(request);
            var document = new CaseDocument
            {
                Id = "d-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)),
                Kind = request.Kind.Trim(),
                Title = request.Title.Trim(),
                ContentType = request.ContentType,
                Content = request.Content,
                CreatedAt = time.GetUtcNow(),
                CreatedBy = request.User.Id,
            };
            await caseFiles.UpdateVisibleAsync(request.User, request.CaseFileId, file =>
            {
                CaseFileAccess.EnsureOpen(file);
                file.Documents.Add(document);
                file.AddEvent(CaseEventKinds.DocumentAdded, request.User.Id, document.CreatedAt,
                    details: new JsonObject { ["documentId"] = document.Id, ["kind"] = document.Kind });
            }, cancellationToken);
            return document;
        }
    }
}
