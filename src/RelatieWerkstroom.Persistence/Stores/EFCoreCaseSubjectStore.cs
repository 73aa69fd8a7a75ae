using Microsoft.EntityFrameworkCore;
using RelatieWerkstroom.Casework.Subjects;

namespace RelatieWerkstroom.Persistence.Stores;

/// <summary>Subjects (BSN and name under a pseudonym) in their own table, apart from case files and workflow data.</summary>
public sealed class EFCoreCaseSubjectStore(IDbContextFactory<WerkstroomDbContext> contexts) : ICaseSubjectStore
{
    /// <inheritdoc />
    public async Task<CaseSubject?> FindAsync(string subjectId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.CaseSubjects.AsNoTracking().FirstOrDefaultAsync(s => s.SubjectId == subjectId, cancellationToken);
        return row is null ? null : CaseFileMapper.ToSubject(row);
    }

    /// <inheritdoc />
    public async Task<CaseSubject?> FindByBsnAsync(string bsn, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.CaseSubjects.AsNoTracking().FirstOrDefaultAsync(s => s.Bsn == bsn, cancellationToken);
        return row is null ? null : CaseFileMapper.ToSubject(row);
    }

    /// <inheritdoc />
    public async Task<bool> TryAddAsync(CaseSubject subject, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subject);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.CaseSubjects.Add(CaseFileMapper.ToRow(subject));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (db.IsUniqueViolation(ex))
        {
            // The pseudonym or the BSN is taken (possibly by a registration at the same moment); nothing was stored.
            return false;
        }
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string subjectId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.CaseSubjects.Where(s => s.SubjectId == subjectId).ExecuteDeleteAsync(cancellationToken);
    }
}
