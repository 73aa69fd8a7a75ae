using MediatR;

namespace RelatieWerkstroom.Casework.Steps;

/// <summary>A service step request that wants to know which instance, case file and activity sent it.</summary>
public interface IStepRequest : IRequest<StepResult>
{
    /// <summary>Set by the service step after the request was built from the step's inputs.</summary>
    StepContext? Context { get; init; }
}
