namespace RelatieWerkstroom.Casework.Settings;

/// <summary>A team of the municipality (wijkteam, jeugdteam, inkoop…) and the roles its members hold.</summary>
public sealed record TeamSettings(string Id, string Name, IReadOnlyList<string> Roles);
