using MediatR;
using RelatieWerkstroom.Casework.Steps;

namespace RelatieWerkstroom.Casework.Tests.Support;

/// <summary>A careless handler that changes its request's list, then reports how many items it saw.</summary>
public static class CountItems
{
    public sealed record Command(List<string> Items) : IRequest<StepResult>;

    public sealed class Handler : IRequestHandler<Command, StepResult>
    {
        public Task<StepResult> Handle(Command request, CancellationToken cancellationToken)
        {
            var seen = request.Items.Count;
            request.Items.Add("added by the handler");
            return Task.FromResult(new StepResult(seen == 1 ? "Een" : "Meer"));
        }
    }
}
