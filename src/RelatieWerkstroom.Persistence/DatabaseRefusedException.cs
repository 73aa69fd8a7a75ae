namespace RelatieWerkstroom.Persistence;

/// <summary>
/// The database is not one this version may use: it belongs to another application, was written by a newer version, or
/// holds no werkstroom data where some is needed. Nothing in it was changed.
/// </summary>
public sealed class DatabaseRefusedException(string message) : InvalidOperationException(message);
