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
    /// <remarks>
    /// Not an async method: most handlers finish synchronously, and an async method in this shared generic class costs
    /// more than the rest of the step. Only a handler that really waits goes through <see cref="CompleteAsync"/>.
    /// </remarks>
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (StepExecutionScope.Current is not { } scope) return next();

        var context = scope.Context;
        context.JournalJson(JournalEvents.StepStarted, StepJournalPayload.ForStart(scope.RequestName));
        var started = context.Burst.Time.GetTimestamp();
        Task<TResponse> pending;
        try
        {
            pending = next();
        }
        catch (Exception ex)
        {
            JournalFailure(scope, started, ex);
            throw;
        }
        if (!pending.IsCompleted) return CompleteAsync(scope, started, pending);
        if (pending.IsCompletedSuccessfully)
        {
            JournalSuccess(scope, started, pending.Result);
            return pending;
        }
        JournalFailure(scope, started, pending.Exception?.InnerException ?? new TaskCanceledException(pending));
        return pending;
    }

    private static async Task<TResponse> CompleteAsync(StepExecutionScope scope, long started, Task<TResponse> pending)
    {
        TResponse response;
        try
        {
            response = await pending;
        }
        catch (Exception ex)
        {
            JournalFailure(scope, started, ex);
            throw;
        }
        JournalSuccess(scope, started, response);
        return response;
    }

    private static void JournalSuccess(StepExecutionScope scope, long started, TResponse response)
    {
        var outcome = (response as StepResult)?.Outcome;
        scope.Context.JournalJson(JournalEvents.StepCompleted,
            StepJournalPayload.ForSuccess(scope.RequestName, DurationMs(scope, started), outcome), outcome);
    }

    private static void JournalFailure(StepExecutionScope scope, long started, Exception exception) =>
        scope.Context.JournalJson(JournalEvents.StepCompleted, StepJournalPayload.ForFailure(scope.RequestName, DurationMs(scope, started), exception));

    private static double DurationMs(StepExecutionScope scope, long started) =>
        Math.Round(scope.Context.Burst.Time.GetElapsedTime(started).TotalMilliseconds, 3);
}
