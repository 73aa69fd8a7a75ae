using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Engine.Tests.Support;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Engine.Tests.Runtime;

/// <summary>
/// The reference workflows in workflows/ run on the engine with stand-ins that have the shape of the domain activity
/// contract. When Casework's real activities land, these checks belong next to them.
/// </summary>
public sealed class ReferenceWorkflowTests
{
    private static readonly string Folder = Path.Combine(SharedPaths.RepositoryRoot, "workflows");

    private static readonly string[] TopLevel =
    [
        "rw1-wmo-maatwerkvoorziening", "rw2-jeugdwet-toegang", "rw3-meervoudig-onderhandse-aanbesteding",
        "rw4-toelatingsprocedure", "rw5-bijstand", "dwangsom-vaststelling",
    ];

    public static TheoryData<string> Files => new(Directory.GetFiles(Folder, "*.json").Select(Path.GetFileName).OfType<string>());

    [Theory]
    [MemberData(nameof(Files))]
    public void Validate_ReferenceWorkflowWithContractStubs_ReportsNoProblems(string file)
    {
        // Arrange
        var validator = new DefinitionValidator(new TestRuntime().Registry.AddDomainStubs());

        // Act
        var (definition, problems) = validator.Validate(File.ReadAllText(Path.Combine(Folder, file)));

        // Assert
        Assert.NotNull(definition);
        Assert.Empty(problems.Select(p => p.ToString()));
        Assert.True(definition.IsPublished);
        Assert.Equal(1, definition.Version);
    }

    [Fact]
    public async Task Drive_EveryOptionOfEveryDiscretionPointTaskAndDecision_EveryRunEndsAtAnEnd()
    {
        // Arrange
        var runtime = await LoadAsync();
        var driver = new Driver(runtime, new Random(2026));

        // Act: drive runs, always picking the least-taken outcome, until every port has been taken.
        for (var round = 0; round < 80 && driver.Uncovered().Count > 0; round++)
        {
            foreach (var definitionId in TopLevel)
            {
                string?[] routes = definitionId == "rw2-jeugdwet-toegang" ? ["melding", "verwijzing", "maatregel"] : [null];
                foreach (var route in routes) await driver.RunAsync(definitionId, route);
            }
        }

        // Assert
        Assert.Empty(driver.Failures);
        Assert.Empty(driver.Uncovered());
    }

    public static TheoryData<string, string> Routes => new()
    {
        { "melding", "DpWoonplaatsA" },
        { "verwijzing", "DpWoonplaatsB" },
        { "maatregel", "DpWoonplaatsC" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task StartRw2_WithRouteVariable_WaitsOnThatRoutesWoonplaatsCheck(string route, string expectedActivity)
    {
        // Arrange
        var runtime = await LoadAsync();

        // Act
        var result = await runtime.Runtime.StartAsync("rw2-jeugdwet-toegang",
            new StartOptions(CorrelationId: "dossier-1", Variables: new Dictionary<string, JsonNode?> { ["Route"] = route }));

        // Assert
        var bookmark = Assert.Single(result.Bookmarks);
        Assert.Equal(expectedActivity, bookmark.ActivityId);
        Assert.Equal("DiscretionPoint", bookmark.Kind);
    }

    [Fact]
    public async Task BezwaarOntvangen_DuringBezwaartermijn_StartsBezwaarSubflowForTheSameCase()
    {
        // Arrange: an RW-5 case up to the beschikking, taking the default everywhere.
        var runtime = await LoadAsync();
        var driver = new Driver(runtime, new Random(1)) { PreferFirst = true };
        var start = await runtime.Runtime.StartAsync("rw5-bijstand", new StartOptions(CorrelationId: "dossier-7"));
        await driver.AnswerUntilAsync("dossier-7", b => b.Kind == "Event");

        // Act
        await runtime.Runtime.TriggerEventAsync("BezwaarOntvangen", correlationId: "dossier-7");

        // Assert
        var open = await runtime.Instances.FindBookmarksAsync(new BookmarkFilter(CorrelationId: "dossier-7"));
        var child = Assert.Single(open, b => b.DefinitionId == "rw5-bezwaar");
        Assert.NotEqual(start.InstanceId, child.InstanceId);
        Assert.DoesNotContain(open, b => b.Bookmark.Kind == "Timer");
    }

    private static async Task<TestRuntime> LoadAsync()
    {
        var runtime = new TestRuntime();
        runtime.Registry.AddDomainStubs();
        var definitions = Directory.GetFiles(Folder, "*.json")
            .Select(f => (Path.GetFileName(f), WorkflowDefinitionReader.Parse(File.ReadAllText(f))))
            .ToList();
        await runtime.Service.ImportAsync(definitions);
        return runtime;
    }

    /// <summary>Plays caseworker, provider and clock for one case at a time.</summary>
    private sealed class Driver(TestRuntime runtime, Random random)
    {
        private readonly Dictionary<(string Definition, string Activity, string Port), int> _taken = [];
        private readonly HashSet<(string Definition, string Activity, string Port)> _completed = [];
        private readonly Dictionary<(string Definition, string Activity), string[]> _ports = [];
        private readonly Dictionary<(string Definition, string Activity), HashSet<string>> _loopPorts = [];
        private long _journalSeen;
        private int _case;

        public bool PreferFirst { get; init; }

        public List<string> Failures { get; } = [];

        public List<string> Uncovered()
        {
            Prepare();
            return _ports.SelectMany(p => p.Value.Select(port => (p.Key.Definition, p.Key.Activity, port)))
                .Where(k => !_completed.Contains(k))
                .Select(k => $"{k.Definition}/{k.Activity}/{k.port}")
                .ToList();
        }

        public async Task RunAsync(string definitionId, string? route)
        {
            Prepare();
            var correlation = $"case-{++_case}";
            var variables = route is null ? null : new Dictionary<string, JsonNode?> { ["Route"] = route };
            var started = await runtime.Runtime.StartAsync(definitionId, new StartOptions(CorrelationId: correlation, Variables: variables));
            await AnswerUntilAsync(correlation, _ => false);

            var journal = new List<JournalEntry>();
            await foreach (var e in runtime.Instances.ReadAsync(_journalSeen))
            {
                _journalSeen = Math.Max(_journalSeen, e.Sequence);
                if (e.CorrelationId == correlation) journal.Add(e);
            }
            foreach (var e in journal.Where(e => e.Kind == JournalEvents.ActivityCompleted && e.ActivityId is not null && e.Outcome is { Length: > 0 }))
                foreach (var port in e.Outcome!.Split(','))
                    _completed.Add((e.DefinitionId, e.ActivityId!, port));

            foreach (var instanceId in journal.Select(e => e.InstanceId).Distinct())
            {
                var instance = await runtime.Instances.FindAsync(instanceId);
                var ended = journal.Any(e => e.InstanceId == instanceId && e.ActivityType == "Elsa.End" && e.Kind == JournalEvents.ActivityCompleted);
                if (instance!.Status != WorkflowStatus.Finished || !ended)
                    Failures.Add($"{definitionId} ({route}) {correlation}: instance {instance.DefinitionId} is {instance.Status}, reached an End: {ended}, incident: {instance.Incident?.Message}");
            }
            if (journal.All(e => e.InstanceId != started.InstanceId)) Failures.Add($"{correlation}: no journal");
        }

        /// <summary>Answers tasks and decisions and fires timers for one case until none is left or <paramref name="stop"/> matches.</summary>
        public async Task AnswerUntilAsync(string correlation, Func<Bookmark, bool> stop)
        {
            Prepare();
            var visits = new Dictionary<(string, string), int>();
            for (var step = 0; step < 500; step++)
            {
                var open = await runtime.Instances.FindBookmarksAsync(new BookmarkFilter(CorrelationId: correlation));
                if (open.Count == 0 || open.Any(b => stop(b.Bookmark))) return;
                var waiting = open.Where(b => b.Bookmark.Kind is "HumanTask" or "DiscretionPoint").ToList();
                var pick = waiting.Count > 0 ? waiting[random.Next(waiting.Count)] : null;
                if (pick is null)
                {
                    // Nobody is waiting for a person: either a bezwaar arrives or the clock runs on.
                    var ev = open.FirstOrDefault(b => b.Bookmark.Kind == "Event");
                    if (ev is not null && (PreferFirst == false && random.Next(2) == 0 || open.All(b => b.Bookmark.DueAt is null)))
                    {
                        await runtime.Runtime.TriggerEventAsync(ev.Bookmark.Name!, correlationId: correlation);
                        continue;
                    }
                    var due = open.Where(b => b.Bookmark.DueAt is not null).MinBy(b => b.Bookmark.DueAt)!.Bookmark.DueAt!.Value;
                    if (due > runtime.Clock.GetUtcNow()) runtime.Clock.SetUtcNow(due);
                    await runtime.Runtime.ResumeDueTimersAsync(runtime.Clock.GetUtcNow());
                    continue;
                }

                var key = (pick.DefinitionId, pick.Bookmark.ActivityId);
                visits[(pick.InstanceId, pick.Bookmark.ActivityId)] = visits.GetValueOrDefault((pick.InstanceId, pick.Bookmark.ActivityId)) + 1;
                var candidates = _ports[key].AsEnumerable();
                if (visits[(pick.InstanceId, pick.Bookmark.ActivityId)] > 2 && _ports[key].Any(p => !_loopPorts[key].Contains(p)))
                    candidates = candidates.Where(p => !_loopPorts[key].Contains(p)); // leave a loop after two rounds
                var choice = PreferFirst
                    ? candidates.First()
                    : candidates.OrderBy(p => _taken.GetValueOrDefault((key.DefinitionId, key.ActivityId, p))).ThenBy(_ => random.Next()).First();
                var payload = pick.Bookmark.Kind == "HumanTask"
                    ? new JsonObject { ["action"] = choice }
                    : new JsonObject { ["option"] = choice, ["reason"] = "test" };
                await runtime.Runtime.ResumeAsync(new ResumeRequest(pick.Bookmark.Id, payload, Guid.NewGuid().ToString("N")));
                _taken[(key.DefinitionId, key.ActivityId, choice)] = _taken.GetValueOrDefault((key.DefinitionId, key.ActivityId, choice)) + 1;
            }
            Failures.Add($"{correlation}: still open after 500 steps");
        }

        private void Prepare()
        {
            if (_ports.Count > 0) return;
            foreach (var file in Directory.GetFiles(Folder, "*.json"))
            {
                var graph = runtime.Runtime.GetGraph(WorkflowDefinitionReader.Parse(File.ReadAllText(file)));
                foreach (var node in graph.Nodes.Values.Where(n => n.Outcomes.Count > 1 || n.Node.Type.StartsWith("RelatieWerkstroom.", StringComparison.Ordinal) && n.Outcomes.Count > 0))
                {
                    var key = (graph.Definition.DefinitionId, node.Id);
                    _ports[key] = node.Outcomes.ToArray();
                    // A port is a loop port when its path can come back to this activity.
                    _loopPorts[key] = node.Outbound.Where(e => Reaches(e.Target, node)).Select(e => e.Connection.SourcePort).ToHashSet();
                }
            }
        }

        private static bool Reaches(GraphNode from, GraphNode to)
        {
            var seen = new HashSet<string>();
            var todo = new Stack<GraphNode>([from]);
            while (todo.Count > 0)
            {
                var n = todo.Pop();
                if (n == to) return true;
                if (!seen.Add(n.Id)) continue;
                foreach (var e in n.Outbound) todo.Push(e.Target);
            }
            return false;
        }
    }
}
