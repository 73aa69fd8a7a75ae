using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RelatieWerkstroom.Persistence.Entities;

namespace RelatieWerkstroom.Persistence.EntityConfigurations;

/// <summary>Maps operation records; the primary key makes a second use of one operation id fail.</summary>
public sealed class OperationEntityTypeConfiguration : IEntityTypeConfiguration<OperationRow>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<OperationRow> builder)
    {
        builder.ToTable("Operations");
        builder.HasKey(o => o.OperationId);
        builder.Property(o => o.OperationId).ValueGeneratedNever();
        builder.HasOne<InstanceRow>().WithMany().HasForeignKey(o => o.InstanceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(o => o.BookmarkId);
        builder.HasIndex(o => o.InstanceId);
    }
}
