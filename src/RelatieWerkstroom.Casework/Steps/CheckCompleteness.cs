using System.Text.Json.Nodes;
using MediatR;

namespace RelatieWerkstroom.Casework.Steps;

/// <summary>
/// Checks whether an aanvraag came with every required document (Awb 4:2 lid 2). Outcome <c>Compleet</c>, or
/// <c>Onvolledig</c> with the missing document types in output <c>missingDocuments</c> (for an Awb 4:5 hersteltermijn).
/// </summary>
public static class CheckCompleteness
{
    /// <summary>The outcome when every required document is there.</summary>
    public const string Compleet = "Compleet";

    /// <summary>The outcome when one or more required documents are missing.</summary>
    public const string Onvolledig = "Onvolledig";

    /// <summary>Which document types are required and which were received (types only, never document contents).</summary>
    public sealed record Command(IReadOnlyList<string>? RequiredDocuments, IReadOnlyList<string>? ReceivedDocuments) : IStepRequest
    {
        /// <inheritdoc />
        public StepContext? Context { get; init; }
    }

    /// <summary>Compares required with received document types, ignoring case and surrounding spaces.</summary>
    public sealed class Handler : IRequestHandler<Command, StepResult>
    {
        /// <inheritdoc />
        public Task<StepResult> Handle(Command request, CancellationToken cancellationToken)
        {
            var received = new HashSet<string>((request.ReceivedDocuments ?? []).Select(d => d.Trim()), StringComparer.OrdinalIgnoreCase);
            var missing = (request.RequiredDocuments ?? []).Select(d => d.Trim()).Where(d => d.Length > 0 && !received.Contains(d))
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var result = missing.Count == 0
                ? new StepResult(Compleet)
                : new StepResult(Onvolledig, new JsonObject { ["missingDocuments"] = new JsonArray([.. missing.Select(m => JsonValue.Create(m))]) });
            return Task.FromResult(result);
        }
    }
}
