using System.Globalization;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Reports.Journal;
using RelatieWerkstroom.Reports.Options;
using RelatieWerkstroom.Casework.Journal;

namespace RelatieWerkstroom.Reports.Internal;

/// <summary>
/// Follows cases through the journal: decides once per case whether it is in scope (filters), tracks its open instances,
/// and tells the caller when a case has closed so its state can be folded and dropped. Memory is bounded by the number
/// of open cases.
/// </summary>
internal sealed class CaseScope<TState>(ReportOptions options, Func<CaseInfo, TState> create)
    where TState : class
{
    public const string UnknownTeam = "onbekend";

    private readonly Dictionary<string, Slot> _open = new(StringComparer.Ordinal);
    private readonly TimeZoneInfo _zone = options.TimeZone;

    public sealed class Slot(CaseInfo info, TState? state)
    {
        public CaseInfo Info { get; } = info;

        /// <summary>Null when the case is out of scope.</summary>
        public TState? State { get; } = state;

        public HashSet<string> OpenInstances { get; } = new(StringComparer.Ordinal);

        public DateTimeOffset LastTimestamp { get; set; }
    }

    public long CasesInScope { get; private set; }

    public long CasesOutOfScope { get; private set; }

    public long BackdatedEntries { get; private set; }

    public int OpenCases => _open.Count;

    /// <summary>The slot of the entry's case, created on first sight.</summary>
    public Slot Enter(JournalEntry entry)
    {
        var caseId = CaseIdOf(entry);
        if (!_open.TryGetValue(caseId, out var slot))
        {
            var team = options.TeamLookup?.FindTeam(caseId)
                ?? (entry.Kind == JournalEvents.InstanceStarted
                    ? PayloadFields.Parse(entry.PayloadJson, out _).String(CaseworkFields.Team)
                    : null);
            team = Privacy.TextGuard.Code(team) ?? UnknownTeam;
            var info = new CaseInfo(caseId, team, entry.DefinitionId, entry.DefinitionVersion, MonthOf(entry.Timestamp), entry.Timestamp);
            var inScope = InScope(info);
            slot = new Slot(info, inScope ? create(info) : null) { LastTimestamp = entry.Timestamp };
            if (inScope) CasesInScope++;
            else CasesOutOfScope++;
            _open[caseId] = slot;
        }

        if (entry.Timestamp < slot.LastTimestamp) BackdatedEntries++;
        else slot.LastTimestamp = entry.Timestamp;
        slot.OpenInstances.Add(entry.InstanceId);
        return slot;
    }

    /// <summary>
    /// Call after handling an entry; true when this entry closed the case (its slot is then forgotten). Closed cases are
    /// not remembered, so events that arrive for a case after all its instances finished (a bezwaar months later) start
    /// a new piece of that case with its own intake month.
    /// </summary>
    public bool Leave(JournalEntry entry, Slot slot)
    {
        if (entry.Kind is not (JournalEvents.InstanceFinished or JournalEvents.InstanceCancelled)) return false;
        slot.OpenInstances.Remove(entry.InstanceId);
        if (slot.OpenInstances.Count > 0) return false;
        _open.Remove(slot.Info.CaseId);
        return true;
    }

    /// <summary>The cases still open at the end of the journal, removed from the scope.</summary>
    public IReadOnlyList<Slot> DrainOpen()
    {
        var open = _open.Values.OrderBy(s => s.Info.FirstEvent).ThenBy(s => s.Info.CaseId, StringComparer.Ordinal).ToList();
        _open.Clear();
        return open;
    }

    public string MonthOf(DateTimeOffset timestamp) =>
        TimeZoneInfo.ConvertTime(timestamp, _zone).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public DateOnly DateOf(DateTimeOffset timestamp) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(timestamp, _zone).DateTime);

    public static string CaseIdOf(JournalEntry entry) =>
        string.IsNullOrEmpty(entry.CorrelationId) ? entry.InstanceId : entry.CorrelationId;

    private bool InScope(CaseInfo info)
    {
        if (options.From is { } from && info.FirstEvent < from) return false;
        if (options.To is { } to && info.FirstEvent >= to) return false;
        if (options.Workflows is { Count: > 0 } workflows && !workflows.Contains(info.Workflow)) return false;
        if (options.Versions is { Count: > 0 } versions && !versions.Contains(info.Version)) return false;
        if (options.Teams is { Count: > 0 } teams && !teams.Contains(info.Team)) return false;
        return true;
    }
}
