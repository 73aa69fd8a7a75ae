using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RelatieWerkstroom.Persistence.Entities;

namespace RelatieWerkstroom.Persistence.EntityConfigurations;

/// <summary>Maps the append-only journal; the database assigns <see cref="JournalRow.Sequence"/>.</summary>
public sealed class JournalEntityTypeConfiguration : IEntityTypeConfiguration<JournalRow>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<JournalRow> builder)
    {
        builder.ToTable("Journal");
        builder.HasKey(j => j.Sequence);
        builder.Property(j => j.Sequence).ValueGeneratedOnAdd();
        // No foreign key to Instances on purpose: the journal must outlive any clean-up of instance rows.
        builder.HasIndex(j => j.InstanceId);
        builder.HasIndex(j => j.CorrelationId);
        builder.HasIndex(j => new { j.DefinitionId, j.Kind });
    }
}
