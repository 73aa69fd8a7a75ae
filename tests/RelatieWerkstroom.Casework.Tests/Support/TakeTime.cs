using MediatR;
using Microsoft.Extensions.Time.Testing;
using RelatieWerkstroom.Casework.Steps;

namespace RelatieWerkstroom.Casework.Tests.Support;

/// <summary>Takes <c>Milliseconds</c> of (fake) time, then completes on <c>Done</c>.</summary>
public static class TakeTime
{
    public sealed record Command(int Milliseconds, string? Note) : IRequest<StepResult>;

    public sealed class Handler(FakeTimeProvider clock) : IRequestHandler<Command, StepResult>
    {
        public Task<StepResult> Handle(Command request, CancellationToken cancellationToken)
        {
            clock.Advance(TimeSpan.FromMilliseconds(request.Milliseconds));
            return Task.FromResult(StepResult.Done());
        }
    }
}
