namespace RelatieWerkstroom.Engine.Activities;

/// <summary>Marker for activities that complete the whole flowchart at once (End, Complete, Finish).</summary>
public interface ITerminalActivity;
