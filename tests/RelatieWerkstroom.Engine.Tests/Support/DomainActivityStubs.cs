using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Descriptors;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Engine.Tests.Support;

/// <summary>
/// Stand-ins for the four domain activity types with only the shape of the domain activity contract (BRIEF.md):
/// type names, outcome ports from <c>actions</c> / <c>options</c> / <c>outcomes</c>, bookmark kinds and resume
/// payloads. They let the engine validate and drive the reference workflows before Casework's real activities exist.
/// </summary>
internal static class DomainActivityStubs
{
    public static ActivityRegistry AddDomainStubs(this ActivityRegistry registry) =>
        registry.Add<HumanTaskStub>().Add<DiscretionPointStub>().Add<LegalClockStub>().Add<ServiceStepStub>();

    /// <summary>Reads a list input: a JSON array of strings, of objects with an <c>id</c>, or comma-separated text.</summary>
    public static string[] ReadList(ActivityNode node, string name, string[] fallback)
    {
        var text = node.Input(name)?.Text;
        if (text is null) return fallback;
        if (!text.TrimStart().StartsWith('[')) return text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return JsonNode.Parse(text)!.AsArray()
            .Select(n => n is JsonObject o ? o["id"]!.GetValue<string>() : n!.GetValue<string>())
            .ToArray();
    }

    private static ActivityResult Choose(ActivityExecutionContext context, string field, string[] allowed)
    {
        var chosen = context.ResumePayload?[field]?.GetValue<string>();
        if (chosen is null || !allowed.Contains(chosen))
            throw new ResumeRejectedException($"'{chosen}' is not one of {string.Join(", ", allowed)}");
        return ActivityResult.Outcome(chosen);
    }

    [Activity("RelatieWerkstroom.HumanTask", "Stub", "Human task (stub)")]
    internal sealed class HumanTaskStub : Activity, IDynamicOutcomes
    {
        private string[] _actions = [];

        public override void Bind(ActivityBinder binder) => _actions = ReadList(binder.Node, "actions", ["Gereed"]);

        public IReadOnlyList<string> GetOutcomes() => _actions;

        public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context) =>
            new(ActivityResult.Suspend(new BookmarkRequest("HumanTask", Node.Id)));

        public override ValueTask<ActivityResult> ResumeAsync(ActivityExecutionContext context) => new(Choose(context, "action", _actions));
    }

    [Activity("RelatieWerkstroom.DiscretionPoint", "Stub", "Discretion point (stub)")]
    internal sealed class DiscretionPointStub : Activity, IDynamicOutcomes
    {
        private string[] _options = [];

        public override void Bind(ActivityBinder binder) => _options = ReadList(binder.Node, "options", []);

        public IReadOnlyList<string> GetOutcomes() => _options;

        public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context) =>
            new(ActivityResult.Suspend(new BookmarkRequest("DiscretionPoint", Node.Id)));

        public override ValueTask<ActivityResult> ResumeAsync(ActivityExecutionContext context) => new(Choose(context, "option", _options));
    }

    [Activity("RelatieWerkstroom.LegalClock", "Stub", "Legal clock (stub)")]
    internal sealed class LegalClockStub : Activity
    {
        public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context) => new(ActivityResult.Done());
    }

    [Activity("RelatieWerkstroom.ServiceStep", "Stub", "Service step (stub)")]
    internal sealed class ServiceStepStub : Activity, IDynamicOutcomes
    {
        private string[] _outcomes = [];

        public override void Bind(ActivityBinder binder) => _outcomes = ReadList(binder.Node, "outcomes", ["Done"]);

        public IReadOnlyList<string> GetOutcomes() => _outcomes;

        // A step with several outcomes (DetermineBezwaarRoute reads the municipality's settings) takes them in turn, so
        // a driver reaches every branch.
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> Turns = new();

        public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
        {
            if (_outcomes.Length == 1) return new(ActivityResult.Outcome(_outcomes[0]));
            var turn = Turns.AddOrUpdate($"{context.Instance.DefinitionId}/{Node.Id}", 0, (_, n) => n + 1);
            return new(ActivityResult.Outcome(_outcomes[turn % _outcomes.Length]));
        }
    }
}
