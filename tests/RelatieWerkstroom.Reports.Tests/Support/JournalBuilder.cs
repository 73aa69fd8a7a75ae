using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Reports.Journal;
using RelatieWerkstroom.Casework.Journal;

namespace RelatieWerkstroom.Reports.Tests.Support;

/// <summary>Builds a journal by hand, case by case, the way the engine and casework would write it.</summary>
public sealed class JournalBuilder
{
    public static readonly DateTimeOffset DefaultStart = new(2025, 1, 6, 8, 0, 0, TimeSpan.Zero); // a Monday, 09:00 in Amsterdam

    private readonly List<(DateTimeOffset At, int Order, JournalEntry Entry)> _entries = [];
    private int _order;

    /// <summary>Starts a case; its events are timed from <paramref name="start"/> on.</summary>
    public CaseBuilder Case(string caseId, string? team = null, string workflow = "wmo-maatwerk", int version = 1,
        DateTimeOffset? start = null, string? instanceId = null) =>
        new(this, caseId, team, workflow, version, start ?? DefaultStart, instanceId ?? caseId + "-i1");

    /// <summary>The journal in sequence order (events of interleaved cases ordered by time, then by call order).</summary>
    public List<JournalEntry> Build()
    {
        var sequence = 0L;
        return _entries.OrderBy(e => e.At).ThenBy(e => e.Order).Select(e =>
        {
            e.Entry.Sequence = ++sequence;
            return e.Entry;
        }).ToList();
    }

    /// <summary>The journal as the stream <c>IJournalReader.ReadAsync</c> gives.</summary>
    public IAsyncEnumerable<JournalEntry> Stream() => Build().ToAsyncEnumerable();

    internal void Add(JournalEntry entry) => _entries.Add((entry.Timestamp, _order++, entry));

    /// <summary>Events of one case (one instance).</summary>
    public sealed class CaseBuilder(JournalBuilder journal, string caseId, string? team, string workflow, int version, DateTimeOffset now, string instanceId)
    {
        private int _clockSteps;

        public DateTimeOffset Now { get; private set; } = now;

        public CaseBuilder Case(string id, string? team = null, string workflow = "wmo-maatwerk", int version = 1, DateTimeOffset? start = null,
            string? instanceId = null) => journal.Case(id, team, workflow, version, start, instanceId);

        public List<JournalEntry> Build() => journal.Build();

        public IAsyncEnumerable<JournalEntry> Stream() => journal.Stream();

        public CaseBuilder Hours(double hours)
        {
            Now = Now.AddHours(hours);
            return this;
        }

        public CaseBuilder Days(int days) => Hours(24 * days);

        /// <summary>Moves the case clock to 09:00 Amsterdam (08:00 UTC in winter) on the given date.</summary>
        public CaseBuilder On(int year, int month, int day)
        {
            Now = new DateTimeOffset(year, month, day, 8, 0, 0, TimeSpan.Zero);
            return this;
        }

        public CaseBuilder Started(string? payloadTeam = null)
        {
            var t = payloadTeam ?? team;
            return Add(JournalEvents.InstanceStarted, payload: t is null ? null : new JsonObject { ["team"] = t });
        }

        public CaseBuilder Finished() => Add(JournalEvents.InstanceFinished);

        /// <summary>A step that runs and completes at once (service step, legal clock, …).</summary>
        public CaseBuilder Step(string id, string name, string? friction = null, string type = "RelatieWerkstroom.ServiceStep", string actor = "system")
        {
            Add(JournalEvents.ActivityStarted, id, name, type, friction, actor);
            return Add(JournalEvents.ActivityCompleted, id, name, type, friction, actor, outcome: "Done");
        }

        /// <summary>A human task: waits <paramref name="waitHours"/> in the worklist, is claimed, worked on for <paramref name="touchHours"/>.</summary>
        public CaseBuilder Task(string id, string name, string role, string? friction = null, double waitHours = 0, double touchHours = 0,
            string actor = "user-1", object? extraPayload = null)
        {
            const string type = "RelatieWerkstroom.HumanTask";
            Add(JournalEvents.ActivityStarted, id, name, type, friction, "system");
            Add(JournalEvents.ActivitySuspended, id, name, type, friction, "system", payload: new JsonObject { ["bookmarkId"] = "b-" + id, ["kind"] = "HumanTask" });
            Hours(waitHours);
            Add(CaseworkEvents.TaskClaimed, id, name, type, friction, actor, payload: new JsonObject { ["role"] = role });
            Hours(touchHours);
            Add(JournalEvents.ActivityResumed, id, name, type, friction, actor, payload: new JsonObject { ["bookmarkId"] = "b-" + id, ["kind"] = "HumanTask" });
            var completed = new JsonObject { ["action"] = "Gereed", ["role"] = role };
            if (extraPayload is not null) foreach (var (k, v) in (JsonObject)JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(extraPayload))!) completed[k] = v?.DeepClone();
            Add(CaseworkEvents.TaskCompleted, id, name, type, friction, actor, payload: completed);
            return Add(JournalEvents.ActivityCompleted, id, name, type, friction, actor, outcome: "Gereed");
        }

        /// <summary>A discretion point decided after <paramref name="waitHours"/>.</summary>
        public CaseBuilder Discretion(string id, string discretionId, string option, string defaultOption, int reasonLength = 0,
            string role = "consulent", string actor = "user-1", double waitHours = 0, string? friction = null)
        {
            const string type = "RelatieWerkstroom.DiscretionPoint";
            Add(JournalEvents.ActivityStarted, id, id, type, friction, "system");
            Add(JournalEvents.ActivitySuspended, id, id, type, friction, "system", payload: new JsonObject { ["bookmarkId"] = "b-" + id, ["kind"] = "DiscretionPoint" });
            Hours(waitHours);
            Add(JournalEvents.ActivityResumed, id, id, type, friction, actor, payload: new JsonObject { ["bookmarkId"] = "b-" + id, ["kind"] = "DiscretionPoint" });
            Add(CaseworkEvents.DiscretionDecided, id, id, type, friction, actor, payload: new JsonObject
            {
                ["discretionId"] = discretionId, ["option"] = option, ["defaultOption"] = defaultOption,
                ["deviation"] = option != defaultOption, ["reasonLength"] = reasonLength, ["role"] = role,
            });
            return Add(JournalEvents.ActivityCompleted, id, id, type, friction, actor, outcome: option);
        }

        /// <summary>A LegalClock activity doing <paramref name="kind"/> (ClockStarted, ClockSuspended, …).</summary>
        /// <remarks>
        /// <paramref name="owedBy"/>, <paramref name="origin"/> and <paramref name="termKind"/> are journalled as the LegalClock
        /// activity does; left out they are absent, as in journals written before clocks carried them. <paramref name="on"/>
        /// is the transition's legal day when it differs from the entry's day.
        /// </remarks>
        public CaseBuilder Clock(string kind, string deadline, string clock = "beslistermijn", string term = "2 weeks",
            string legalBasis = "Wmo 2015 art. 2.3.2 lid 1", string? reason = null, string? owedBy = null, string? origin = null,
            string? termKind = null, string? on = null)
        {
            var id = "clock-" + ++_clockSteps;
            const string type = "RelatieWerkstroom.LegalClock";
            var friction = Friction.Of("national", "system", 0, basis: legalBasis, purpose: "Termijnbewaking");
            Add(JournalEvents.ActivityStarted, id, id, type, friction, "system");
            var payload = new JsonObject { ["clock"] = clock, ["term"] = term, ["deadline"] = deadline, ["legalBasis"] = legalBasis };
            if (reason is not null) payload["reason"] = reason;
            if (owedBy is not null) payload["owedBy"] = owedBy;
            if (origin is not null) payload["origin"] = origin;
            if (termKind is not null) payload["termKind"] = termKind;
            if (on is not null) payload["on"] = on;
            Add(kind, id, id, type, friction, "system", payload: payload);
            return Add(JournalEvents.ActivityCompleted, id, id, type, friction, "system", outcome: "Done");
        }

        /// <summary>A clock event written outside an activity (warning, breach).</summary>
        public CaseBuilder ClockSignal(string kind, string deadline, string clock = "beslistermijn") =>
            Add(kind, actor: "system:timer", payload: new JsonObject { ["clock"] = clock, ["deadline"] = deadline });

        public CaseBuilder Ingebrekestelling(string receivedOn, string clock = "beslistermijn") =>
            Add(CaseworkEvents.IngebrekestellingReceived, actor: "user-post", payload: new JsonObject { ["clock"] = clock, ["receivedOn"] = receivedOn });

        public CaseBuilder Decision(string option, bool reassessment = false, string? previous = null)
        {
            var payload = new JsonObject { ["decisionOption"] = option, ["reassessment"] = reassessment };
            if (previous is not null) payload["previousDecisionOption"] = previous;
            return Add(CaseworkEvents.DecisionTaken, "besluit", "Besluit vastleggen", "RelatieWerkstroom.ServiceStep", null, "system", payload: payload);
        }

        public CaseBuilder Bezwaar(string decisionOption) =>
            Add(CaseworkEvents.BezwaarReceived, actor: "user-post", payload: new JsonObject { ["decisionOption"] = decisionOption });

        /// <summary>Any entry, for cases the helpers do not cover.</summary>
        public CaseBuilder Add(string kind, string? activityId = null, string? name = null, string? type = null, string? friction = null,
            string actor = "system", JsonObject? payload = null, string? outcome = null)
        {
            journal.Add(new JournalEntry
            {
                InstanceId = instanceId,
                DefinitionId = workflow,
                DefinitionVersion = version,
                ActivityId = activityId,
                ActivityName = name,
                ActivityType = type,
                Kind = kind,
                Actor = actor,
                Timestamp = Now,
                Outcome = outcome,
                PayloadJson = payload?.ToJsonString(),
                FrictionJson = friction,
                CorrelationId = caseId,
            });
            return this;
        }
    }
}
