using RelatieWerkstroom.Web.Security;

namespace RelatieWerkstroom.Web.Identity;

/// <summary>
/// Sign-in through the municipality's OpenID Connect provider, from <c>Authentication:OpenIdConnect</c>. Set when both
/// <c>Authority</c> and <c>ClientId</c> are given; otherwise the host signs in with user name and password only.
/// Which provider values mean which role and team is configured under <c>Roles</c> and <c>Teams</c>
/// (docs/operations/openid-connect.md).
/// </summary>
public sealed record OpenIdConnectSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Authentication:OpenIdConnect";

    /// <summary>The provider's issuer URL (its discovery document is at <c>/.well-known/openid-configuration</c> below it).</summary>
    public string Authority { get; init; } = "";

    /// <summary>This application's client id at the provider.</summary>
    public string ClientId { get; init; } = "";

    /// <summary>The client secret (give it by environment variable or secret store, never in a committed file).</summary>
    public string? ClientSecret { get; init; }

    /// <summary>The provider's name on the sign-in button ("Inloggen met …").</summary>
    public string DisplayName { get; init; } = "gemeenteaccount";

    /// <summary>The claim with the user's roles at the provider (several claims, or a JSON array).</summary>
    public string RoleClaim { get; init; } = "roles";

    /// <summary>The claim with the user's team or department.</summary>
    public string TeamClaim { get; init; } = "team";

    /// <summary>The claim whose value becomes the user name (the actor id in journals) on first sign-in.</summary>
    public string UserNameClaim { get; init; } = "preferred_username";

    /// <summary>The claim with the name shown in the screens.</summary>
    public string NameClaim { get; init; } = "name";

    /// <summary>Scopes asked for besides <c>openid</c> and <c>profile</c> (e.g. the one that releases the role claim).</summary>
    public IReadOnlyList<string> Scopes { get; init; } = [];

    /// <summary>Whether the claims are also read from the provider's userinfo endpoint.</summary>
    public bool GetClaimsFromUserInfoEndpoint { get; init; }

    /// <summary>Refuse a provider that is not reached over HTTPS (only a test or a local provider turns this off).</summary>
    public bool RequireHttpsMetadata { get; init; } = true;

    /// <summary>
    /// Per RelatieWerkstroom role (<see cref="WebRoles.All"/>), the provider's role values that grant it. A role
    /// without a row is granted by a provider value equal to its own name.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Roles { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Per team id of the municipality settings, the provider's team values that mean it; a value equal to a team id means that team.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Teams { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Whether sign-in through the provider is on.</summary>
    public bool IsConfigured => Authority.Length > 0 && ClientId.Length > 0;

    /// <summary>The RelatieWerkstroom roles that the provider's role values grant, in the table's order.</summary>
    public IReadOnlyList<string> RolesOf(IEnumerable<string> providerValues)
    {
        var values = providerValues.Select(v => v.Trim()).Where(v => v.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return WebRoles.All.Where(role => (Roles.TryGetValue(role, out var granting) ? granting : [role]).Any(values.Contains)).ToList();
    }

    /// <summary>The team the provider's team values mean: a configured one first, else a value that is a known team id; empty when none.</summary>
    public string TeamOf(IEnumerable<string> providerValues, IEnumerable<string> knownTeams)
    {
        var values = providerValues.Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
        foreach (var (team, meaning) in Teams)
            if (values.Any(v => meaning.Contains(v, StringComparer.OrdinalIgnoreCase))) return team;
        var known = knownTeams.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return values.FirstOrDefault(known.Contains)?.ToLowerInvariant() ?? "";
    }

    /// <summary>
    /// Reads the section. <c>Roles</c> and <c>Teams</c> take one value or a list per key
    /// (<c>"caseworker": "Werkstroom-Consulent"</c> or <c>"caseworker": ["A", "B"]</c>); an unknown role name fails the start.
    /// </summary>
    public static OpenIdConnectSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var defaults = new OpenIdConnectSettings();
        var roles = ValuesPerKey(section.GetSection("Roles"));
        if (roles.Keys.FirstOrDefault(role => !WebRoles.All.Contains(role, StringComparer.OrdinalIgnoreCase)) is { } unknown)
            throw new InvalidOperationException(
                $"{Section}:Roles:{unknown} is not a role of RelatieWerkstroom (one of: {string.Join(", ", WebRoles.All)})");
        return new OpenIdConnectSettings
        {
            Authority = section["Authority"]?.Trim() ?? "",
            ClientId = section["ClientId"]?.Trim() ?? "",
            ClientSecret = section["ClientSecret"] is { Length: > 0 } secret ? secret : null,
            DisplayName = section["DisplayName"] is { Length: > 0 } name ? name : defaults.DisplayName,
            RoleClaim = section["RoleClaim"] is { Length: > 0 } role ? role : defaults.RoleClaim,
            TeamClaim = section["TeamClaim"] is { Length: > 0 } team ? team : defaults.TeamClaim,
            UserNameClaim = section["UserNameClaim"] is { Length: > 0 } user ? user : defaults.UserNameClaim,
            NameClaim = section["NameClaim"] is { Length: > 0 } display ? display : defaults.NameClaim,
            Scopes = List(section.GetSection("Scopes")),
            GetClaimsFromUserInfoEndpoint = section.GetValue<bool?>("GetClaimsFromUserInfoEndpoint") ?? false,
            RequireHttpsMetadata = section.GetValue<bool?>("RequireHttpsMetadata") ?? true,
            Roles = roles.ToDictionary(p => p.Key.ToLowerInvariant(), p => p.Value),
            Teams = ValuesPerKey(section.GetSection("Teams")),
        };
    }

    private static Dictionary<string, IReadOnlyList<string>> ValuesPerKey(IConfigurationSection section) =>
        section.GetChildren().ToDictionary(child => child.Key, List, StringComparer.OrdinalIgnoreCase);

    // One value ("A"), a list (["A", "B"]) or a comma-separated text ("A,B", as environment variables give it).
    private static IReadOnlyList<string> List(IConfigurationSection section) =>
        (section.Value is { Length: > 0 } single ? single.Split(',') : section.GetChildren().Select(c => c.Value ?? ""))
        .Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
}
