using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace RelatieWerkstroom.Benchmarks.W2;

/// <summary>
/// WorkflowCore with its default in-memory persistence on W2: ten <see cref="StepBody"/> steps in a row. The last
/// step completes the starter's TaskCompletionSource (found by the workflow's reference), the earliest moment
/// completion can be seen. Logging goes nowhere. A fresh host per run of at most 1 000 instances, because its
/// in-memory store is a list.
/// </summary>
public sealed class WorkflowCoreSide(int concurrency) : IW2Side
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _completions = new(StringComparer.Ordinal);
    private ServiceProvider? _provider;
    private IWorkflowHost? _host;

    public string Name => "WorkflowCore 3.22, in memory";

    public int Concurrency { get; } = concurrency;

    /// <summary>
    /// Its memory store keeps instances in a list and scans it on every persist, so throughput falls as a run fills it;
    /// short runs (with a fresh host each) measure WorkflowCore at its best. RelatieWerkstroom in memory gets the same cap.
    /// </summary>
    public int MaxInstancesPerRun => 1_000;

    public Task PrepareAsync()
    {
        _completions.Clear();
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddWorkflow();
        services.AddSingleton(_completions);
        services.AddTransient<NoopStep>();
        services.AddTransient<SignalCompletion>();
        _provider = services.BuildServiceProvider();
        _host = _provider.GetRequiredService<IWorkflowHost>();
        _host.RegisterWorkflow<TenStepWorkflow>();
        _host.Start();
        return Task.CompletedTask;
    }

    public async ValueTask RunInstanceAsync(int index)
    {
        var reference = index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var completion = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _completions[reference] = completion;
        await _host!.StartWorkflow(TenStepWorkflow.WorkflowId, 1, null, reference);
        await completion.Task;
        _completions.TryRemove(reference, out _);
    }

    public async Task CleanupAsync()
    {
        _host?.Stop();
        if (_provider is not null) await _provider.DisposeAsync();
        _host = null;
        _provider = null;
    }

    /// <summary>Nine no-op steps and a last one that signals completion.</summary>
    public sealed class TenStepWorkflow : IWorkflow
    {
        public const string WorkflowId = "w2-ten-steps";

        public string Id => WorkflowId;

        public int Version => 1;

        public void Build(IWorkflowBuilder<object> builder)
        {
            var step = builder.StartWith<NoopStep>();
            for (var i = 2; i < W2Definition.Steps; i++) step = step.Then<NoopStep>();
            step.Then<SignalCompletion>();
        }
    }

    /// <summary>Does nothing.</summary>
    public sealed class NoopStep : StepBody
    {
        public override ExecutionResult Run(IStepExecutionContext context) => ExecutionResult.Next();
    }

    /// <summary>Completes the waiting starter.</summary>
    public sealed class SignalCompletion(ConcurrentDictionary<string, TaskCompletionSource> completions) : StepBody
    {
        public override ExecutionResult Run(IStepExecutionContext context)
        {
            if (completions.TryGetValue(context.Workflow.Reference, out var completion)) completion.TrySetResult();
            return ExecutionResult.Next();
        }
    }
}
