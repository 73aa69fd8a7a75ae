using MediatR;
using RelatieWerkstroom.Casework.Steps;

namespace RelatieWerkstroom.Casework.Tests.Support;

/// <summary>A handler that really waits before it answers, and fails afterwards when asked to.</summary>
public static class AnswerLater
{
    public sealed record Command(bool Fail) : IRequest<StepResult>;

    public sealed class Handler : IRequestHandler<Command, StepResult>
    {
        public async Task<StepResult> Handle(Command request, CancellationToken cancellationToken)
        {
            await Task.Yield();
            if (request.Fail) throw new InvalidDataException("the register answered with nonsense");
            return new StepResult("Beantwoord");
        }
    }
}
