using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RelatieWerkstroom.Persistence.Entities;

namespace RelatieWerkstroom.Persistence.EntityConfigurations;

/// <summary>Maps the worklist table, indexed in the worklist's sort order per team, per jurist's view and per holder.</summary>
public sealed class WorklistEntryEntityTypeConfiguration : IEntityTypeConfiguration<WorklistEntryRow>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<WorklistEntryRow> builder)
    {
        builder.ToTable("WorklistEntries");
        builder.HasKey(e => e.BookmarkId);
        builder.Property(e => e.BookmarkId).ValueGeneratedNever();
        // A task that closes or a case file that is deleted takes its row with it, whoever removes it.
        builder.HasOne<BookmarkRow>().WithOne().HasForeignKey<WorklistEntryRow>(e => e.BookmarkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CaseFileRow>().WithMany().HasForeignKey(e => e.CaseFileId).OnDelete(DeleteBehavior.Cascade);
        // The first page of a team sorted by deadline reads the index in order and stops after one page; the role and
        // workflow columns at its end let the counts and the role filter read the index alone, not the rows.
        builder.HasIndex(e => new { e.TeamKey, e.DeadlineDay, e.OpenedAt, e.BookmarkId, e.RolesKey, e.DefinitionId });
        builder.HasIndex(e => new { e.IsBezwaar, e.DeadlineDay });
        builder.HasIndex(e => new { e.Responsible, e.DeadlineDay });
        builder.HasIndex(e => e.CaseFileId);
    }
}
