namespace RelatieWerkstroom.Casework.Settings;

/// <summary>A team of the municipality (wijkteam, jeugdteam, inkoop…), the roles its members hold and the zaaktypen it handles.</summary>
public sealed record TeamSettings(string Id, string Name, IReadOnlyList<string> Roles)
{
    /// <summary>The zaaktypen the team takes in (empty: not restricted).</summary>
    public IReadOnlyList<string> Zaaktypen { get; init; } = [];
}
