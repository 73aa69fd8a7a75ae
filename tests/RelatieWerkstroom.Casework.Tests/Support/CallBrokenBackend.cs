using MediatR;
using RelatieWerkstroom.Casework.Steps;

namespace RelatieWerkstroom.Casework.Tests.Support;

/// <summary>Fails the way a broken backend would.</summary>
public static class CallBrokenBackend
{
    public sealed record Command(string? Note) : IRequest<StepResult>;

    public sealed class Handler : IRequestHandler<Command, StepResult>
    {
        public Task<StepResult> Handle(Command request, CancellationToken cancellationToken) =>
            throw new TimeoutException("the iWmo gateway did not answer within 30 seconds");
    }
}
