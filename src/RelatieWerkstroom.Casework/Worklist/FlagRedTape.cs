using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MediatR;
using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Casework.Validation;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Casework.Journal;

namespace RelatieWerkstroom.Casework.Worklist;

/// <summary>
/// Knelpunt melden: a caseworker flags needless red tape on an open step. The flag is journalled against the step with
/// its rule origin (the friction annotation), so the auditor's reports see it next to the step's burden.
/// </summary>
public static partial class FlagRedTape
{
    /// <summary>The longest text a flag may carry: a short signal, not a case note.</summary>
    public const int MaxTextLength = 280;

    /// <summary>Flags the step behind <paramref name="BookmarkId"/> as <paramref name="User"/> (own team's cases only).</summary>
    public sealed record Command(User User, string BookmarkId, string? Category, string? Text) : IRequest<RedTapeFlag>;

    /// <summary>Category known, text present, short and without what looks like personal data.</summary>
    public sealed class Validator : ICommandValidator<Command>
    {
        /// <inheritdoc />
        public IEnumerable<CommandProblem> Validate(Command command)
        {
            if (string.IsNullOrWhiteSpace(command.BookmarkId)) yield return new("bookmarkId", "Stap ontbreekt (bookmark id is missing)");
            if (string.IsNullOrWhiteSpace(command.Category))
                yield return new("category", "Kies een soort knelpunt (category is missing)");
            else if (!RedTapeCategories.All.Contains(command.Category))
                yield return new("category", $"Onbekende soort '{command.Category}'; kies uit: {string.Join(", ", RedTapeCategories.All)} (unknown category)");

            var text = command.Text?.Trim() ?? "";
            if (text.Length == 0) yield return new("text", "Beschrijf kort wat er knelt (text is missing)");
            else if (text.Length > MaxTextLength) yield return new("text", $"Houd het kort: {text.Length} tekens, maximaal {MaxTextLength} (text too long)");
            else if (LooksPersonal().IsMatch(text))
                yield return new("text", "Geen persoonsgegevens in een knelpunt: laat nummers (zoals een BSN of telefoonnummer) en e-mailadressen weg (text looks like personal data)");
        }
    }

    /// <summary>Finds the step and its rule, then commits one journal entry (nothing else changes).</summary>
    public sealed class Handler(ICommandValidator<Command> validator, IWorkflowInstanceStore instances, IWorkflowDefinitionStore definitions,
        ICaseFileStore caseFiles, TimeProvider time) : IRequestHandler<Command, RedTapeFlag>
    {
        /// <inheritdoc />
        public async Task<RedTapeFlag> Handle(Command request, CancellationToken cancellationToken)
        {
            validator.EnsureValid(request);
            var task = await OpenTask.FindAsync(instances, caseFiles, request.User, request.BookmarkId, cancellationToken);
            var instance = await instances.FindAsync(task.Stored.InstanceId, cancellationToken)
                ?? throw new CaseworkRefusedException(RefusalKind.NotFound, $"Werkstroom '{task.Stored.InstanceId}' bestaat niet (instance not found)");
            var definition = await definitions.FindVersionAsync(instance.DefinitionVersionId, cancellationToken);
            var activityId = task.Stored.Bookmark.ActivityId;
            var activity = definition?.ActivitiesById.GetValueOrDefault(activityId);
            var at = time.GetUtcNow();
            var category = request.Category!;
            var text = request.Text!.Trim();
            var origin = activity?.Friction?["origin"] is JsonValue o && o.TryGetValue<string>(out var originText) ? originText : null;

            await instances.CommitAsync(new BurstCommit([], [new JournalEntry
            {
                InstanceId = instance.Id,
                DefinitionId = instance.DefinitionId,
                DefinitionVersion = instance.DefinitionVersion,
                ActivityId = activityId,
                ActivityType = activity?.Type,
                ActivityName = activity?.Name,
                Kind = CaseworkEvents.RedTapeFlagged,
                Actor = request.User.Id,
                Timestamp = at,
                PayloadJson = new JsonObject
                {
                    [CaseworkFields.Category] = category,
                    [CaseworkFields.Text] = text,
                    [CaseworkFields.Role] = task.RoleOf(request.User),
                    [CaseworkFields.Team] = task.CaseFile.Team,
                }.ToJsonString(),
                FrictionJson = activity?.FrictionJson,
                CorrelationId = task.CaseFile.Id,
            }], null), cancellationToken);
            return new RedTapeFlag(instance.DefinitionId, instance.DefinitionVersion, activityId, activity?.Name, origin, category, text, at);
        }
    }

    // Five or more digits, possibly separated by spaces, dots or dashes (BSN, phone, bank account), or an e-mail address.
    [GeneratedRegex(@"\d(?:[\s.\-]?\d){4,}|\S@\S", RegexOptions.CultureInvariant)]
    private static partial Regex LooksPersonal();
}

/// <summary>A journalled red-tape flag on a step (no case, citizen or caseworker in it).</summary>
/// <param name="DefinitionId">The workflow.</param>
/// <param name="DefinitionVersion">Its version.</param>
/// <param name="ActivityId">The step.</param>
/// <param name="ActivityName">The step's name.</param>
/// <param name="Origin">The rule origin of the step (friction <c>origin</c>).</param>
/// <param name="Category">See <see cref="RedTapeCategories"/>.</param>
/// <param name="Text">The caseworker's short text.</param>
/// <param name="FlaggedAt">When.</param>
public sealed record RedTapeFlag(
    string DefinitionId,
    int DefinitionVersion,
    string ActivityId,
    string? ActivityName,
    string? Origin,
    string Category,
    string Text,
    DateTimeOffset FlaggedAt);
