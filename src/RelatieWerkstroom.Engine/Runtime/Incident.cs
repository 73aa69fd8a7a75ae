namespace RelatieWerkstroom.Engine.Runtime;

/// <summary>Why an instance faulted: the activity, the message and the time.</summary>
public sealed record Incident(string ActivityId, string ActivityType, string Message, string ExceptionType, DateTimeOffset Timestamp);
