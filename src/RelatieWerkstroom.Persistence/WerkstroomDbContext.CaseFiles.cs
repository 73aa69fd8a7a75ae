using Microsoft.EntityFrameworkCore;
using RelatieWerkstroom.Persistence.Entities;

namespace RelatieWerkstroom.Persistence;

// The casework tables: case files with their clocks, the worklist, subjects (personal data, kept apart) and the outbox.
public abstract partial class WerkstroomDbContext
{
    /// <summary>Case files.</summary>
    public DbSet<CaseFileRow> CaseFiles => Set<CaseFileRow>();

    /// <summary>Legal clock runs of case files.</summary>
    public DbSet<CaseClockRow> CaseClocks => Set<CaseClockRow>();

    /// <summary>Subjects: BSN and name under a pseudonym.</summary>
    public DbSet<CaseSubjectRow> CaseSubjects => Set<CaseSubjectRow>();

    /// <summary>Open tasks and discretion points as the worklist lists them.</summary>
    public DbSet<WorklistEntryRow> WorklistEntries => Set<WorklistEntryRow>();

    /// <summary>Outgoing messages.</summary>
    public DbSet<OutboxMessageRow> OutboxMessages => Set<OutboxMessageRow>();

    /// <summary>The web host's data-protection key ring, shared by every node (docs/operations/two-nodes.md).</summary>
    public DbSet<DataProtectionKeyRow> DataProtectionKeys => Set<DataProtectionKeyRow>();
}
