using System.Security.Cryptography;

namespace RelatieWerkstroom.Casework.Subjects;

/// <summary>Registers citizens under a random pseudonym: one BSN, one pseudonym, whatever the number of case files.</summary>
public sealed class SubjectRegistry(ICaseSubjectStore store, TimeProvider time)
{
    /// <summary>A new random pseudonym id (<c>s-</c> + 20 hex digits).</summary>
    public static string NewSubjectId() => "s-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(10));

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
            var subject = new CaseSubject { SubjectId = NewSubjectId(), Bsn = bsn.Value, Name = name.Trim(), RegisteredAt = time.GetUtcNow() };
            if (await store.TryAddAsync(subject, cancellationToken)) return (subject, true);
            // Someone registered the same BSN at the same moment: take theirs on the next round.
        }
        throw new InvalidOperationException("could not register the subject: the subject store keeps refusing it");
    }
}
