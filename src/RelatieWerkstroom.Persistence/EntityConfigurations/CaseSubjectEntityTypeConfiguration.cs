using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RelatieWerkstroom.Persistence.Entities;

namespace RelatieWerkstroom.Persistence.EntityConfigurations;

/// <summary>Maps subjects: one row per pseudonym, one pseudonym per BSN (the unique index makes a second registration fail).</summary>
public sealed class CaseSubjectEntityTypeConfiguration : IEntityTypeConfiguration<CaseSubjectRow>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<CaseSubjectRow> builder)
    {
        // A table of its own, referenced by no foreign key: erasing a subject leaves pseudonymised case files intact.
        builder.ToTable("CaseSubjects");
        builder.HasKey(s => s.SubjectId);
        builder.Property(s => s.SubjectId).ValueGeneratedNever();
        builder.Property(s => s.Bsn).HasMaxLength(9);
        builder.HasIndex(s => s.Bsn).IsUnique();
    }
}
