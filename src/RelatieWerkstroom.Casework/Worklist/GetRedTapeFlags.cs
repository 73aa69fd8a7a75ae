using System.Text.Json;
using System.Text.Json.Nodes;
using MediatR;
using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Casework.Journal;

namespace RelatieWerkstroom.Casework.Worklist;

/// <summary>
/// The caseworkers' red-tape flags per step, read from the journal, for the auditor: counts per category and the short
/// texts, with the step's rule origin. No case, citizen or caseworker is named.
/// </summary>
public static class GetRedTapeFlags
{
    /// <summary>Flags made in [<paramref name="From"/>, <paramref name="To"/>), optionally of one workflow and team.</summary>
    public sealed record Query(DateTimeOffset? From = null, DateTimeOffset? To = null, string? DefinitionId = null, string? Team = null)
        : IRequest<IReadOnlyList<RedTapeStep>>;

    /// <summary>Streams the journal once and groups the flags by workflow and step, most flagged first.</summary>
    public sealed class Handler(IWorkflowInstanceStore instances) : IRequestHandler<Query, IReadOnlyList<RedTapeStep>>
    {
        /// <inheritdoc />
        public async Task<IReadOnlyList<RedTapeStep>> Handle(Query request, CancellationToken cancellationToken)
        {
            // The casework store reads through to the engine's journal (IJournalReader is not a casework service).
            if (instances is not IJournalReader journal) throw new InvalidOperationException($"{instances.GetType().Name} cannot read the journal");
            var steps = new Dictionary<(string, string), Builder>();
            await foreach (var entry in journal.ReadAsync(0, null, cancellationToken))
            {
                if (entry.Kind != CaseworkEvents.RedTapeFlagged || entry.ActivityId is null) continue;
                if (request.From is { } from && entry.Timestamp < from) continue;
                if (request.To is { } to && entry.Timestamp >= to) continue;
                if (request.DefinitionId is { } definitionId && entry.DefinitionId != definitionId) continue;
                var payload = Parse(entry.PayloadJson);
                var team = Text(payload, "team");
                if (request.Team is { } wanted && !string.Equals(team, wanted, StringComparison.OrdinalIgnoreCase)) continue;

                var key = (entry.DefinitionId, entry.ActivityId);
                if (!steps.TryGetValue(key, out var step))
                {
                    var friction = Parse(entry.FrictionJson);
                    steps[key] = step = new Builder(entry.DefinitionId, entry.ActivityId, entry.ActivityName, Text(friction, "origin"), Text(friction, "basis"));
                }
                var category = Text(payload, "category") ?? RedTapeCategories.Other;
                step.Categories[category] = step.Categories.GetValueOrDefault(category) + 1;
                step.Flags.Add(new RedTapeNote(DateOnly.FromDateTime(entry.Timestamp.UtcDateTime), category, Text(payload, "text") ?? ""));
            }
            return steps.Values
                .Select(s => new RedTapeStep(s.DefinitionId, s.ActivityId, s.ActivityName, s.Origin, s.Basis, s.Flags.Count,
                    s.Categories.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => new RedTapeCount(c.Key, c.Value)).ToList(),
                    s.Flags.OrderByDescending(f => f.On).ToList()))
                .OrderByDescending(s => s.Count)
                .ThenBy(s => s.DefinitionId, StringComparer.Ordinal)
                .ThenBy(s => s.ActivityId, StringComparer.Ordinal)
                .ToList();
        }

        private static JsonObject? Parse(string? json)
        {
            if (string.IsNullOrEmpty(json)) return null;
            try
            {
                return JsonNode.Parse(json) as JsonObject;
            }
            catch (JsonException)
            {
                return null;
            }
        }

        private static string? Text(JsonObject? json, string name) => json?[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

        private sealed record Builder(string DefinitionId, string ActivityId, string? ActivityName, string? Origin, string? Basis)
        {
            public Dictionary<string, int> Categories { get; } = new(StringComparer.Ordinal);

            public List<RedTapeNote> Flags { get; } = [];
        }
    }
}

/// <summary>The red-tape flags on one step of one workflow.</summary>
/// <param name="DefinitionId">The workflow.</param>
/// <param name="ActivityId">The step.</param>
/// <param name="ActivityName">Its name.</param>
/// <param name="Origin">The step's rule origin.</param>
/// <param name="Basis">The step's legal basis.</param>
/// <param name="Count">How many flags.</param>
/// <param name="Categories">Flags per category, most first.</param>
/// <param name="Flags">Each flag: day, category and text, newest first.</param>
public sealed record RedTapeStep(string DefinitionId, string ActivityId, string? ActivityName, string? Origin, string? Basis, int Count,
    IReadOnlyList<RedTapeCount> Categories, IReadOnlyList<RedTapeNote> Flags);

/// <summary>How many flags of one category.</summary>
public sealed record RedTapeCount(string Category, int Count);

/// <summary>One flag as the auditor sees it: the day (not the moment), the category and the text.</summary>
public sealed record RedTapeNote(DateOnly On, string Category, string Text);
