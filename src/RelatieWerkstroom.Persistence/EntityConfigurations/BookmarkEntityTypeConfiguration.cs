using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RelatieWerkstroom.Persistence.Entities;

namespace RelatieWerkstroom.Persistence.EntityConfigurations;

/// <summary>Maps open bookmarks, indexed for the due-timer scan, event lookup and per-instance replacement.</summary>
public sealed class BookmarkEntityTypeConfiguration : IEntityTypeConfiguration<BookmarkRow>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<BookmarkRow> builder)
    {
        builder.ToTable("Bookmarks");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.HasOne<InstanceRow>().WithMany().HasForeignKey(b => b.InstanceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => new { b.Kind, b.DueAt });
        builder.HasIndex(b => new { b.Kind, b.Name });
        builder.HasIndex(b => b.InstanceId);
        builder.HasIndex(b => b.CorrelationId);
    }
}
