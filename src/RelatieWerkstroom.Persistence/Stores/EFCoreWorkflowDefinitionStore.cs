using Microsoft.EntityFrameworkCore;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Persistence.Entities;

namespace RelatieWerkstroom.Persistence.Stores;

/// <summary>Definition versions in a relational database, saved as Elsa 3 JSON; a save is one transaction.</summary>
public sealed class EFCoreWorkflowDefinitionStore(IDbContextFactory<WerkstroomDbContext> contexts, TimeProvider? time = null) : IWorkflowDefinitionStore
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <inheritdoc />
    public async Task<WorkflowDefinition?> FindVersionAsync(string versionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.DefinitionVersions.AsNoTracking().FirstOrDefaultAsync(d => d.VersionId == versionId, cancellationToken);
        return row is null ? null : RowMapper.ToDefinition(row);
    }

    /// <inheritdoc />
    public async Task<WorkflowDefinition?> FindPublishedAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.DefinitionVersions.AsNoTracking()
            .Where(d => d.DefinitionId == definitionId && d.IsPublished)
            .OrderByDescending(d => d.Version)
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : RowMapper.ToDefinition(row);
    }

    /// <inheritdoc />
    public async Task<WorkflowDefinition?> FindLatestAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.DefinitionVersions.AsNoTracking()
            .Where(d => d.DefinitionId == definitionId)
            .OrderByDescending(d => d.Version)
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : RowMapper.ToDefinition(row);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<WorkflowDefinition>> FindVersionsAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.DefinitionVersions.AsNoTracking()
            .Where(d => d.DefinitionId == definitionId)
            .OrderBy(d => d.Version)
            .ToListAsync(cancellationToken);
        return rows.Select(RowMapper.ToDefinition).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<WorkflowDefinition>> ListLatestAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.DefinitionVersions.AsNoTracking()
            .Where(d => !db.DefinitionVersions.Any(newer => newer.DefinitionId == d.DefinitionId && newer.Version > d.Version))
            .ToListAsync(cancellationToken);
        // Sorted here rather than in SQL so the order does not depend on the database's collation.
        return rows.Select(RowMapper.ToDefinition).OrderBy(d => d.Name).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<WorkflowDefinition>> ListPublishedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.DefinitionVersions.AsNoTracking()
            .Where(d => d.IsPublished && !db.DefinitionVersions.Any(newer => newer.DefinitionId == d.DefinitionId && newer.IsPublished && newer.Version > d.Version))
            .ToListAsync(cancellationToken);
        return rows.Select(RowMapper.ToDefinition).OrderBy(d => d.Name).ToList();
    }

    /// <inheritdoc />
    public async Task SaveAsync(IReadOnlyList<WorkflowDefinition> versions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(versions);
        if (versions.Count == 0) return;
        var now = _time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        using var turn = await db.WriterTurnAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = versions.Select(v => v.Id).Distinct().ToList();
        var rows = await db.DefinitionVersions.Where(d => ids.Contains(d.VersionId)).ToDictionaryAsync(d => d.VersionId, StringComparer.Ordinal, cancellationToken);
        foreach (var version in versions)
        {
            if (string.IsNullOrWhiteSpace(version.DefinitionId))
                throw new ArgumentException($"definition version '{version.Id}' has no definitionId; nothing was stored", nameof(versions));
            if (!rows.TryGetValue(version.Id, out var row))
            {
                row = new DefinitionVersionRow { VersionId = version.Id, DefinitionId = version.DefinitionId, Name = version.Name, Json = "", CreatedAt = now };
                rows[version.Id] = row;
                db.DefinitionVersions.Add(row);
            }
            row.DefinitionId = version.DefinitionId;
            row.Version = version.Version;
            row.IsLatest = version.IsLatest;
            row.IsPublished = version.IsPublished;
            row.Name = version.Name;
            row.Json = version.ToJson(indented: false);
            row.UpdatedAt = now;
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (db.IsUniqueViolation(ex))
        {
            var which = string.Join(", ", versions.Select(v => $"{v.DefinitionId} v{v.Version}").Distinct());
            throw new ConcurrencyConflictException(
                $"a version number among {which} is already taken by another version id (saved at the same time elsewhere?); nothing was stored");
        }
        await transaction.CommitAsync(cancellationToken);
    }
}
