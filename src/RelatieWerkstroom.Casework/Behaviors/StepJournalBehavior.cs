using MediatR;
using RelatieWerkstroom.Casework.Steps;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Casework.Behaviors;

/// <summary>
/// Journals the start and end of every request a service step sends: request name, duration, outcome and whether
/// it succeeded. Requests sent outside a service step pass through untouched. Inputs and outputs are never
/// journalled, because they may hold personal data.
/// </summary>
public sealed class StepJournalBehavior<TRequest, TResponse> : IPipelineBehavior<TRequest, TResponse>
{
    /// <inheritdoc />
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (StepExecutionScope.Current is not { } scope) return await next();

        var context = scope.Context;
        var time = context.Burst.Time;
        context.JournalJson(JournalEvents.StepStarted, StepJournalPayload.ForStart(scope.RequestName));
        var started = time.GetTimestamp();
        TResponse response;
        try
        {
            response = await next();
        }
        catch (Exception ex)
        {
            context.JournalJson(JournalEvents.StepCompleted, StepJournalPayload.ForFailure(scope.RequestName, DurationMs(time, started), ex));
            throw;
        }

        var outcome = (response as StepResult)?.Outcome;
        context.JournalJson(JournalEvents.StepCompleted, StepJournalPayload.ForSuccess(scope.RequestName, DurationMs(time, started), outcome), outcome);
        return response;
    }

    private static double DurationMs(TimeProvider time, long started) =>
        Math.Round(time.GetElapsedTime(started).TotalMilliseconds, 3);
}
