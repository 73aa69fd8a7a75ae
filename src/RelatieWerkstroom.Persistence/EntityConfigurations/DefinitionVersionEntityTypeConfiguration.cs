using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RelatieWerkstroom.Persistence.Entities;

namespace RelatieWerkstroom.Persistence.EntityConfigurations;

/// <summary>Maps definition versions: one row per version id, unique per (definition, version number).</summary>
public sealed class DefinitionVersionEntityTypeConfiguration : IEntityTypeConfiguration<DefinitionVersionRow>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<DefinitionVersionRow> builder)
    {
        builder.ToTable("DefinitionVersions");
        builder.HasKey(d => d.VersionId);
        builder.Property(d => d.VersionId).ValueGeneratedNever();
        builder.HasIndex(d => new { d.DefinitionId, d.Version }).IsUnique();
        builder.HasIndex(d => new { d.DefinitionId, d.IsPublished });
        builder.Property(d => d.ChangedBy).HasMaxLength(200);
    }
}
