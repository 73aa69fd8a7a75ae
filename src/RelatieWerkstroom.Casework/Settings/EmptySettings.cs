namespace RelatieWerkstroom.Casework.Settings;

/// <summary>Empty maps the default members of <see cref="IMunicipalitySettings"/> return, so every call shares one instance.</summary>
internal static class EmptySettings
{
    public static readonly IReadOnlyDictionary<string, string> Texts = new Dictionary<string, string>();

    public static readonly IReadOnlyDictionary<string, bool> Flags = new Dictionary<string, bool>();

    public static readonly IReadOnlyDictionary<string, decimal> Amounts = new Dictionary<string, decimal>();
}
