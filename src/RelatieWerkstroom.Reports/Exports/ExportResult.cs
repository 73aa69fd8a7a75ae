namespace RelatieWerkstroom.Reports.Exports;

/// <summary>What an event export wrote: cases (traces), events and objects.</summary>
public sealed record ExportResult(long Cases, long Events, long Objects);
