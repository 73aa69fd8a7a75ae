namespace RelatieWerkstroom.Reports.Privacy;

/// <summary>Thrown when an export may not be produced, e.g. because no pseudonymisation key is configured.</summary>
public sealed class ExportRefusedException(string message) : Exception(message);
