namespace RelatieWerkstroom.Web.Tests.Support;

/// <summary>
/// The test classes whose hosts run Quartz: one at a time, because Quartz keeps its schedulers by name in the process
/// (every host names its scheduler RelatieWerkstroom).
/// </summary>
[CollectionDefinition(Name)]
public sealed class QuartzHosts
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Hosts running Quartz";
}
