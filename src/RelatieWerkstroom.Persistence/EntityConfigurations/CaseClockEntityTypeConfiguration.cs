using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RelatieWerkstroom.Persistence.Entities;

namespace RelatieWerkstroom.Persistence.EntityConfigurations;

/// <summary>Maps clock runs, indexed so that "running clocks with a warning date on or before today" is an index range scan.</summary>
public sealed class CaseClockEntityTypeConfiguration : IEntityTypeConfiguration<CaseClockRow>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<CaseClockRow> builder)
    {
        builder.ToTable("CaseClocks");
        builder.HasKey(c => new { c.CaseFileId, c.Id });
        // A running clock has StoppedOn null: equality on it first, then the range on the date.
        builder.HasIndex(c => new { c.StoppedOn, c.WarningDate });
        builder.HasIndex(c => new { c.StoppedOn, c.Deadline });
    }
}
