using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Reports.Analysis.Metrics;
using RelatieWerkstroom.Reports.Internal;
using RelatieWerkstroom.Reports.Options;

namespace RelatieWerkstroom.Reports.Analysis;

/// <summary>
/// Computes the friction metrics (one file each in <c>Analysis/Metrics</c>) in one streaming pass over the journal.
/// Open cases are kept; a case is folded into the aggregates and forgotten as soon as its last instance finishes, so
/// memory follows the number of open cases and the number of groups, not the length of the journal.
/// </summary>
public sealed class FrictionAnalyzer
{
    private readonly ReportOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates an analyser; the options are validated here.</summary>
    public FrictionAnalyzer(ReportOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Reads the journal (in sequence order) once and returns the report.</summary>
    public async Task<FrictionReport> AnalyzeAsync(IAsyncEnumerable<JournalEntry> journal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(journal);
        var run = new Run(_options);
        await foreach (var entry in journal.WithCancellation(cancellationToken))
        {
            run.Add(entry);
        }

        return run.Finish(_time.GetUtcNow());
    }

    /// <summary>The state of one analysis pass: scope, manifest counters and the metrics (one file each under Metrics/).</summary>
    private sealed class Run
    {
        private readonly ReportOptions _options;
        private readonly CaseScope<CaseWork> _scope;
        private readonly StepCatalog _catalog;
        private readonly FrictionMetrics _metrics;
        private readonly ObservedEntry _observed;
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private readonly byte[] _hashBuffer = new byte[64 * 1024];
        private int _hashLength;
        private readonly SortedDictionary<string, long> _kinds = new(StringComparer.Ordinal);
        private long _firstSequence = -1;
        private long _lastSequence;
        private long _eventsRead;
        private long _eventsInScope;
        private long _instances;
        private DateTimeOffset _lastTimestamp;

        public Run(ReportOptions options)
        {
            _options = options;
            _scope = new CaseScope<CaseWork>(options, info => new CaseWork(info));
            _catalog = new StepCatalog(options.Definitions);
            _metrics = new FrictionMetrics(options, _catalog);
            _observed = new ObservedEntry(_scope.DateOf);
        }

        public void Add(JournalEntry entry)
        {
            _eventsRead++;
            if (_firstSequence < 0) _firstSequence = entry.Sequence;
            _lastSequence = entry.Sequence;
            if (entry.Timestamp > _lastTimestamp) _lastTimestamp = entry.Timestamp;

            var slot = _scope.Enter(entry);
            if (slot.State is { } work)
            {
                _eventsInScope++;
                _kinds[entry.Kind] = _kinds.GetValueOrDefault(entry.Kind) + 1;
                HashEntry(entry);
                Handle(work, entry);
            }

            if (_scope.Leave(entry, slot) && slot.State is { } closed) Fold(closed, entry.Timestamp);
        }

        public FrictionReport Finish(DateTimeOffset generatedAt)
        {
            var openAtEnd = 0L;
            foreach (var slot in _scope.DrainOpen())
            {
                if (slot.State is not { } work) continue;
                openAtEnd++;
                Fold(work, _lastTimestamp);
            }

            var asOf = AsOf;
            var manifest = new ReportManifest(
                generatedAt,
                "RelatieWerkstroom.Reports " + typeof(FrictionAnalyzer).Assembly.GetName().Version,
                _options.From?.ToString("O", CultureInfo.InvariantCulture),
                _options.To?.ToString("O", CultureInfo.InvariantCulture),
                [.. (_options.Workflows ?? new HashSet<string>()).Order(StringComparer.Ordinal)],
                [.. (_options.Teams ?? new HashSet<string>()).Order(StringComparer.Ordinal)],
                _options.SmallGroupThreshold,
                _options.TimeZoneId,
                asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                _options.Tariffs.Source,
                _options.Tariffs.IsExample,
                new SortedDictionary<string, decimal>(_options.Tariffs.HourlyByActor.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal),
                _options.Tariffs.DefaultHourly,
                _options.Tariffs.CitizenHourValue,
                string.Join("; ", _options.Dwangsom.Tariffs.Select(t => t.Source)),
                Math.Max(0, _firstSequence),
                _lastSequence,
                _eventsRead,
                _eventsInScope,
                _scope.CasesInScope,
                _scope.CasesOutOfScope,
                openAtEnd,
                _scope.BackdatedEntries,
                _observed.Malformed,
                _metrics.Unannotated,
                _kinds,
                Convert.ToHexStringLower(FinishHash()),
                _catalog.WorkflowNames,
                _catalog.DiscretionPointNames);
            return _metrics.Build(manifest, _instances);
        }

        private byte[] FinishHash()
        {
            FlushHash();
            return _hash.GetHashAndReset();
        }

        private DateOnly AsOf => _options.AsOf ?? (_eventsRead == 0 ? DateOnly.FromDateTime(DateTime.UtcNow) : _scope.DateOf(_lastTimestamp));

        // One line per entry into a buffer that is hashed a block at a time: the digest is that of all lines in a row,
        // as before, without a hash call and two allocations per entry (~230 MB less allocated per 1 M events).
        private void HashEntry(JournalEntry entry)
        {
            while (true)
            {
                if (Utf8.TryWrite(_hashBuffer.AsSpan(_hashLength), CultureInfo.InvariantCulture,
                        $"{entry.Sequence}|{entry.InstanceId}|{entry.Kind}|{entry.ActivityId}|{entry.Timestamp.UtcTicks}\n", out var written))
                {
                    _hashLength += written;
                    return;
                }

                if (_hashLength == 0)
                {
                    // A line longer than the whole buffer (ids are short; this is only a guard).
                    _hash.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
                        $"{entry.Sequence}|{entry.InstanceId}|{entry.Kind}|{entry.ActivityId}|{entry.Timestamp.UtcTicks}\n")));
                    return;
                }

                FlushHash();
            }
        }

        private void FlushHash()
        {
            _hash.AppendData(_hashBuffer, 0, _hashLength);
            _hashLength = 0;
        }

        private void Handle(CaseWork work, JournalEntry entry)
        {
            if (!work.Instances.TryGetValue(entry.InstanceId, out var instance))
            {
                instance = new InstanceWork(entry.DefinitionId, entry.DefinitionVersion);
                work.Instances[entry.InstanceId] = instance;
                _instances++;
            }

            _observed.Reset(work, instance, entry, _catalog.Of(entry));
            _metrics.Observe(_observed);
            if (entry.Kind is JournalEvents.InstanceFinished or JournalEvents.InstanceCancelled
                && work.Instances.Remove(entry.InstanceId, out var finished))
            {
                _metrics.FoldInstance(work, finished, entry.Timestamp);
            }
        }

        private void Fold(CaseWork work, DateTimeOffset at)
        {
            foreach (var instance in work.Instances.Values) _metrics.FoldInstance(work, instance, at);
            work.Instances.Clear();
            _metrics.FoldCase(work, AsOf);
        }
    }
}
