using System.Text.Json;
using RelatieWerkstroom.Engine.Definitions;

namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>A case-file store in process memory with the same copy and all-or-nothing rules as the database store.</summary>
public sealed class InMemoryCaseFileStore : ICaseFileStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, CaseFile> _files = new(StringComparer.Ordinal);

    /// <summary>Number of stored case files.</summary>
    public int Count
    {
        get
        {
            lock (_lock) return _files.Count;
        }
    }

    /// <inheritdoc />
    public Task<CaseFile?> FindAsync(string caseFileId, CancellationToken cancellationToken = default)
    {
        lock (_lock) return Task.FromResult(_files.TryGetValue(caseFileId, out var file) ? Clone(file) : null);
    }

    /// <inheritdoc />
    public Task AddAsync(CaseFile caseFile, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (_files.ContainsKey(caseFile.Id)) throw new InvalidOperationException($"case file '{caseFile.Id}' already exists");
            var stored = Clone(caseFile);
            stored.Version = 1;
            _files[caseFile.Id] = stored;
            caseFile.Version = 1;
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<CaseFile> UpdateAsync(string caseFileId, Action<CaseFile> change, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (!_files.TryGetValue(caseFileId, out var current)) throw new KeyNotFoundException($"no case file '{caseFileId}'");
            var working = Clone(current);
            change(working); // may throw: then the stored version stays as it was
            working.Version = current.Version + 1;
            _files[caseFileId] = working;
            return Task.FromResult(Clone(working));
        }
    }

    /// <inheritdoc />
    public Task DeleteAsync(string caseFileId, CancellationToken cancellationToken = default)
    {
        lock (_lock) _files.Remove(caseFileId);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CaseFile>> QueryAsync(CaseFileQuery query, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            IReadOnlyList<CaseFile> result = query.Select(_files.Values).Select(Clone).ToList();
            return Task.FromResult(result);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<RunningClock>> FindRunningClocksAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            IReadOnlyList<RunningClock> result = _files.Values
                .SelectMany(f => f.RunningClocks().Select(c => new RunningClock(f.Id, f.Zaaktype, f.Team, c)))
                .OrderBy(r => r.Clock.Deadline ?? DateOnly.MaxValue).ThenBy(r => r.CaseFileId, StringComparer.Ordinal)
                .ToList();
            return Task.FromResult(result);
        }
    }

    private static CaseFile Clone(CaseFile file) =>
        JsonSerializer.Deserialize<CaseFile>(JsonSerializer.SerializeToUtf8Bytes(file, Json.Options), Json.Options)!;
}
