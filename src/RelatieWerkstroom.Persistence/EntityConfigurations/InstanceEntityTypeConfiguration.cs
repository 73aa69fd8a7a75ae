using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RelatieWerkstroom.Persistence.Entities;

namespace RelatieWerkstroom.Persistence.EntityConfigurations;

/// <summary>Maps instances; <see cref="InstanceRow.Version"/> is the optimistic concurrency token.</summary>
public sealed class InstanceEntityTypeConfiguration : IEntityTypeConfiguration<InstanceRow>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<InstanceRow> builder)
    {
        builder.ToTable("Instances");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        // Stored as text so the column reads the same in any SQL client and survives enum reordering.
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasIndex(i => i.CorrelationId);
        builder.HasIndex(i => new { i.DefinitionId, i.Status });
        builder.HasIndex(i => i.ParentInstanceId);
    }
}
