using RelatieWerkstroom.Casework.Ids;

namespace RelatieWerkstroom.Casework.Subjects;

/// <summary>Registers citizens under a random pseudonym: one BSN, one pseudonym, whatever the number of case files.</summary>
/// <param name="store">Where subjects are kept.</param>
/// <param name="time">The clock for the registration moment.</param>
/// <param name="ids">Where pseudonyms come from (default: cryptographically random).</param>
public sealed class SubjectRegistry(ICaseSubjectStore store, TimeProvider time, IIdGenerator? ids = null)
{
    private readonly IIdGenerator _ids = ids ?? RandomIdGenerator.Instance;

    /// <summary>A new random pseudonym id (<c>s-</c> + 20 hex digits).</summary>
    public static string NewSubjectId() => NewSubjectId(RandomIdGenerator.Instance);

    /// <summary>A new pseudonym id (<c>s-</c> + 20 hex digits) from <paramref name="ids"/>.</summary>
    public static string NewSubjectId(IIdGenerator ids) => ids.NewId("s-", 10);

    /// <summary>
    /// Returns the subject registered for the BSN, registering it first when unknown. <c>Created</c> says whether this
    /// call registered it (so a failed case-file opening can undo exactly that).
    /// </summary>
    public async Task<(CaseSubject Subject, bool Created)> RegisterAsync(Bsn bsn, string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (await store.FindByBsnAsync(bsn.Value, cancellationToken) is { } known) return (known, false);
            var subject = new CaseSubject { SubjectId = NewSubjectId(_ids), Bsn = bsn.Value, Name = name.Trim(), RegisteredAt = time.GetUtcNow() };
            if (await store.TryAddAsync(subject, cancellationToken)) return (subject, true);
            // Someone registered the same BSN at the same moment: take theirs on the next round.
        }
        throw new InvalidOperationException("could not register the subject: the subject store keeps refusing it");
    }
}
