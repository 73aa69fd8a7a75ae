namespace RelatieWerkstroom.Engine.Stores;

/// <summary>Another writer changed an instance (or recorded the same operation) first; nothing was stored.</summary>
public sealed class ConcurrencyConflictException(string message) : Exception(message);
