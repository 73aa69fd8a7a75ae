using System.Security.Cryptography;
using System.Text.Json.Nodes;
using MediatR;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Casework.Validation;

namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>Adds a note to an open case file of the user's team.</summary>
public static class AddNote
{
    /// <summary>The maximum length of a note.</summary>
    public const int MaxLength = 10_000;

    /// <summary>Adds <paramref name="Text"/> to case file <paramref name="CaseFileId"/> as <paramref name="User"/>.</summary>
    public sealed record Command(User User, string CaseFileId, string Text) : IRequest<CaseNote>;

    /// <summary>A note needs text of reasonable length.</summary>
    public sealed class Validator : ICommandValidator<Command>
    {
        /// <inheritdoc />
        public IEnumerable<CommandProblem> Validate(Command command)
        {
            if (string.IsNullOrWhiteSpace(command.CaseFileId)) yield return new("caseFileId", "Zaak ontbreekt (case file id is missing)");
            if (string.IsNullOrWhiteSpace(command.Text)) yield return new("text", "Notitie is leeg (note is empty)");
            else if (command.Text.Length > MaxLength) yield return new("text", $"Notitie is langer dan {MaxLength} tekens (note too long)");
        }
    }

    /// <summary>Stores the note; the case-file log records only its id and length.</summary>
    public sealed class Handler(ICommandValidator<Command> validator, ICaseFileStore caseFiles, TimeProvider time) : IRequestHandler<Command, CaseNote>
    {
        /// <inheritdoc />
        public async Task<CaseNote> Handle(Command request, CancellationToken cancellationToken)
        {
            validator.EnsureValid(request);
            var note = new CaseNote("n-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)), request.Text.Trim(), request.User.Id, time.GetUtcNow());
            await caseFiles.UpdateVisibleAsync(request.User, request.CaseFileId, file =>
            {
                CaseFileAccess.EnsureOpen(file);
                file.Notes.Add(note);
                file.AddEvent(CaseEventKinds.NoteAdded, note.Author, note.CreatedAt, details: new JsonObject { ["noteId"] = note.Id, ["length"] = note.Text.Length });
            }, cancellationToken);
            return note;
        }
    }
}
