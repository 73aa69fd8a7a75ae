using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RelatieWerkstroom.Persistence.Entities;

namespace RelatieWerkstroom.Persistence.EntityConfigurations;

/// <summary>Maps case files; <see cref="CaseFileRow.Version"/> is the optimistic concurrency token.</summary>
public sealed class CaseFileEntityTypeConfiguration : IEntityTypeConfiguration<CaseFileRow>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<CaseFileRow> builder)
    {
        builder.ToTable("CaseFiles");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        // Stored as text so the column reads the same in any SQL client and survives enum reordering.
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.HasMany(f => f.Clocks).WithOne().HasForeignKey(c => c.CaseFileId).OnDelete(DeleteBehavior.Cascade);
        // The worklist and reports: a team's open cases, a caseworker's cases, cases of a zaaktype, a citizen's cases.
        builder.HasIndex(f => new { f.TeamKey, f.Status });
        builder.HasIndex(f => f.Assignee);
        builder.HasIndex(f => new { f.Zaaktype, f.Status });
        builder.HasIndex(f => f.SubjectId);
        builder.HasIndex(f => f.OpenedAt);
        // A jurist's search (the own team's cases or any bezwaar case, newest first) and the check at start for rows
        // whose derived columns are of an older version.
        builder.HasIndex(f => new { f.IsBezwaar, f.OpenedAt });
        builder.HasIndex(f => f.ColumnsVersion);
    }
}
