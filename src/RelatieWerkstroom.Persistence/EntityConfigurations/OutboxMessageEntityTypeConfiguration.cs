using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RelatieWerkstroom.Persistence.Entities;

namespace RelatieWerkstroom.Persistence.EntityConfigurations;

/// <summary>Maps outbox messages, indexed for the sender's scan of pending messages and for a case file's messages.</summary>
public sealed class OutboxMessageEntityTypeConfiguration : IEntityTypeConfiguration<OutboxMessageRow>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<OutboxMessageRow> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        // A message belongs to a stored case file; it goes when an opening is undone.
        builder.HasOne<CaseFileRow>().WithMany().HasForeignKey(m => m.CaseFileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.SentAt, m.CreatedAt });
        builder.HasIndex(m => new { m.CaseFileId, m.CreatedAt });
    }
}
