using System.Text.Json.Nodes;
using MediatR;

namespace RelatieWerkstroom.Casework.Steps;

/// <summary>
/// Registers a melding (Wmo 2015 art. 2.3.2 lid 1) and sets the date by which the onderzoek must be done: six weeks
/// after the melding (art. 2.3.2 lid 1). Outcome <c>Geregistreerd</c>; outputs <c>meldingId</c>, <c>meldingDate</c>,
/// <c>onderzoekDeadline</c>.
/// </summary>
public static class RegisterMelding
{
    /// <summary>The outcome of a registered melding.</summary>
    public const string Geregistreerd = "Geregistreerd";

    /// <summary>How long the onderzoek after a melding may take.</summary>
    public static readonly TimeSpan OnderzoekTerm = TimeSpan.FromDays(42);

    /// <summary>How the melding came in (e.g. <c>balie</c>, <c>telefoon</c>, <c>digitaal</c>) and when, if not now.</summary>
    public sealed record Command(string? Channel, DateOnly? MeldingDate) : IStepRequest
    {
        /// <inheritdoc />
        public StepContext? Context { get; init; }
    }

    /// <summary>Gives the melding an id and computes the onderzoek deadline from the melding date.</summary>
    public sealed class Handler : IRequestHandler<Command, StepResult>
    {
        /// <inheritdoc />
        public Task<StepResult> Handle(Command request, CancellationToken cancellationToken)
        {
            var today = DateOnly.FromDateTime((request.Context?.Now ?? DateTimeOffset.UtcNow).UtcDateTime);
            var date = request.MeldingDate ?? today;
            if (date > today)
                throw new InvalidOperationException($"a melding cannot be dated in the future ({date:yyyy-MM-dd}, today is {today:yyyy-MM-dd})");
            var outputs = new JsonObject
            {
                ["meldingId"] = "MLD-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(),
                ["meldingDate"] = date.ToString("yyyy-MM-dd"),
                ["onderzoekDeadline"] = date.AddDays(OnderzoekTerm.Days).ToString("yyyy-MM-dd"),
                ["channel"] = request.Channel ?? "onbekend",
            };
            return Task.FromResult(new StepResult(Geregistreerd, outputs));
        }
    }
}
