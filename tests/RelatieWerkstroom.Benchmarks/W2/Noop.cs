using MediatR;
using RelatieWerkstroom.Casework.Steps;

namespace RelatieWerkstroom.Benchmarks.W2;

/// <summary>The trivial W2 service step: does nothing and completes on <c>Done</c>.</summary>
public static class Noop
{
    public sealed record Command(int Step) : IStepRequest
    {
        public StepContext? Context { get; init; }
    }

    public sealed class Handler : IRequestHandler<Command, StepResult>
    {
        private static readonly Task<StepResult> Done = Task.FromResult(StepResult.Done());

        public Task<StepResult> Handle(Command request, CancellationToken cancellationToken) => Done;
    }
}
