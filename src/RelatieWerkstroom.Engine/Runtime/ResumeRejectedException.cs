namespace RelatieWerkstroom.Engine.Runtime;

/// <summary>
/// Thrown by an activity's resume when the input is not acceptable (wrong role, missing reason…).
/// The burst is abandoned: nothing is stored, the instance and journal stay as they were.
/// </summary>
public sealed class ResumeRejectedException(string message) : Exception(message);
