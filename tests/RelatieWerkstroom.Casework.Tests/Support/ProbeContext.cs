using MediatR;
using RelatieWerkstroom.Casework.Steps;

namespace RelatieWerkstroom.Casework.Tests.Support;

/// <summary>Records the context it was sent with and whether the step scope reached the handler.</summary>
public static class ProbeContext
{
    public sealed record Command(string? Note) : IStepRequest
    {
        public StepContext? Context { get; init; }
    }

    public sealed class Handler(StepProbe probe) : IRequestHandler<Command, StepResult>
    {
        public Task<StepResult> Handle(Command request, CancellationToken cancellationToken)
        {
            probe.Contexts.Add(request.Context);
            probe.Requests.Add(request);
            probe.ScopeSeen.Add(StepExecutionScope.Current?.Context.Node.Id == request.Context?.ActivityId);
            return Task.FromResult(StepResult.Done());
        }
    }
}
