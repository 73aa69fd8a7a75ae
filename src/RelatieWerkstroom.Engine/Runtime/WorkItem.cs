namespace RelatieWerkstroom.Engine.Runtime;

/// <summary>An activity to run in a burst; with a bookmark when it is a resume.</summary>
internal readonly record struct WorkItem(GraphNode Node, Bookmark? Bookmark = null);
