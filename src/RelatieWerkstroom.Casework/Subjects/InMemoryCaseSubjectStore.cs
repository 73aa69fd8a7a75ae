namespace RelatieWerkstroom.Casework.Subjects;

/// <summary>A subject store in process memory (tests, simulation); the EF store lives in Persistence.</summary>
public sealed class InMemoryCaseSubjectStore : ICaseSubjectStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, CaseSubject> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CaseSubject> _byBsn = new(StringComparer.Ordinal);

    /// <summary>Number of registered subjects.</summary>
    public int Count
    {
        get
        {
            lock (_lock) return _byId.Count;
        }
    }

    /// <inheritdoc />
    public Task<CaseSubject?> FindAsync(string subjectId, CancellationToken cancellationToken = default)
    {
        lock (_lock) return Task.FromResult(_byId.GetValueOrDefault(subjectId));
    }

    /// <inheritdoc />
    public Task<CaseSubject?> FindByBsnAsync(string bsn, CancellationToken cancellationToken = default)
    {
        lock (_lock) return Task.FromResult(_byBsn.GetValueOrDefault(bsn));
    }

    /// <inheritdoc />
    public Task<bool> TryAddAsync(CaseSubject subject, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (_byId.ContainsKey(subject.SubjectId) || _byBsn.ContainsKey(subject.Bsn)) return Task.FromResult(false);
            _byId[subject.SubjectId] = subject;
            _byBsn[subject.Bsn] = subject;
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task DeleteAsync(string subjectId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (_byId.Remove(subjectId, out var subject)) _byBsn.Remove(subject.Bsn);
        }
        return Task.CompletedTask;
    }
}
