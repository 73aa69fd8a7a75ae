using System.Reflection;
using RelatieWerkstroom.Casework.CaseFiles;

namespace RelatieWerkstroom.Simulation;

/// <summary>
/// A case-file store for the simulation, with the same copy and all-or-nothing rules as Casework's in-memory store but
/// cheaper copies: a copy gets its own lists, whose entries (immutable records) it shares, instead of a JSON round trip
/// of the whole dossier. A simulated dossier is read and changed several times per step, so this matters. Should
/// <see cref="CaseFile"/> ever get a mutable member other than a list, the store refuses to start rather than share it.
/// Not thread-safe: the simulation runs on one thread.
/// </summary>
public sealed class SimulationCaseFileStore : ICaseFileStore
{
    private static readonly Func<object, object> ShallowCopy =
        typeof(object).GetMethod(nameof(MemberwiseClone), BindingFlags.Instance | BindingFlags.NonPublic)!.CreateDelegate<Func<object, object>>();

    private static readonly (FieldInfo Field, Func<object, object> CopyList)[] Lists = FindLists();

    private readonly Dictionary<string, CaseFile> _files = new(StringComparer.Ordinal);

    /// <summary>Number of stored case files.</summary>
    public int Count => _files.Count;

    /// <inheritdoc />
    public Task<CaseFile?> FindAsync(string caseFileId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_files.TryGetValue(caseFileId, out var file) ? Copy(file) : null);

    /// <inheritdoc />
    public Task AddAsync(CaseFile caseFile, CancellationToken cancellationToken = default)
    {
        if (_files.ContainsKey(caseFile.Id)) throw new InvalidOperationException($"case file '{caseFile.Id}' already exists");
        var stored = Copy(caseFile);
        stored.Version = 1;
        _files[caseFile.Id] = stored;
        caseFile.Version = 1;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<CaseFile> UpdateAsync(string caseFileId, Action<CaseFile> change, CancellationToken cancellationToken = default)
    {
        if (!_files.TryGetValue(caseFileId, out var current)) throw new KeyNotFoundException($"no case file '{caseFileId}'");
        var working = Copy(current);
        change(working); // may throw: then the stored version stays as it was
        working.Version = current.Version + 1;
        _files[caseFileId] = working;
        return Task.FromResult(Copy(working));
    }

    /// <inheritdoc />
    public Task DeleteAsync(string caseFileId, CancellationToken cancellationToken = default)
    {
        _files.Remove(caseFileId);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CaseFile>> QueryAsync(CaseFileQuery query, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<CaseFile> result = query.Select(_files.Values).Select(Copy).ToList();
        return Task.FromResult(result);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<RunningClock>> FindRunningClocksAsync(CancellationToken cancellationToken = default)
    {
        IReadOnlyList<RunningClock> result = _files.Values
            .SelectMany(f => f.RunningClocks().Select(c => new RunningClock(f.Id, f.Zaaktype, f.Team, c)))
            .OrderBy(r => r.Clock.Deadline ?? DateOnly.MaxValue).ThenBy(r => r.CaseFileId, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(result);
    }

    /// <summary>A copy with its own lists; the list entries are shared (they are records nobody changes in place).</summary>
    public static CaseFile Copy(CaseFile file)
    {
        var copy = (CaseFile)ShallowCopy(file);
        foreach (var (field, copyList) in Lists)
            if (field.GetValue(file) is { } list) field.SetValue(copy, copyList(list));
        return copy;
    }

    private static (FieldInfo, Func<object, object>)[] FindLists()
    {
        var lists = new List<(FieldInfo, Func<object, object>)>();
        var copyMethod = typeof(SimulationCaseFileStore).GetMethod(nameof(CopyList), BindingFlags.Static | BindingFlags.NonPublic)!;
        foreach (var field in typeof(CaseFile).GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            var type = field.FieldType;
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
            {
                var element = type.GetGenericArguments()[0];
                lists.Add((field, copyMethod.MakeGenericMethod(element).CreateDelegate<Func<object, object>>()));
                continue;
            }
            var immutable = type.IsValueType || type == typeof(string) || Nullable.GetUnderlyingType(type) is not null;
            if (!immutable)
                throw new InvalidOperationException(
                    $"CaseFile.{field.Name} is a {type.Name}, which the simulation's case-file store cannot copy safely; teach SimulationCaseFileStore.Copy about it");
        }
        return [.. lists];
    }

    private static object CopyList<T>(object list) => new List<T>((List<T>)list);
}
