using System.Net;
using RelatieWerkstroom.Web.Tests.Support;

namespace RelatieWerkstroom.Web.Tests.Auth;

/// <summary>The host configured with a real OpenID Connect provider (OpenIddict on its own port) and the provider's role and team names mapped onto RelatieWerkstroom's.</summary>
public abstract class OpenIdConnectHost(string database) : IAsyncLifetime
{
    /// <summary>The provider.</summary>
    public OpenIdProvider Provider { get; private set; } = null!;

    /// <summary>The host, on its own new database, with the demo users (so password sign-in can be compared).</summary>
    public TestHost Host { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Provider = await OpenIdProvider.StartAsync();
        const string section = "Authentication:OpenIdConnect:";
        Host = TestHost.Of(database, new Dictionary<string, string?>
        {
            [section + "Authority"] = Provider.Authority.ToString(),
            [section + "ClientId"] = OpenIdProvider.ClientId,
            [section + "ClientSecret"] = OpenIdProvider.ClientSecret,
            [section + "RequireHttpsMetadata"] = "false",
            [section + "DisplayName"] = "Voorbeeldstad-account",
            // The provider's own claim names and values, as a municipality's directory has them.
            [section + "RoleClaim"] = "groepen",
            [section + "TeamClaim"] = "afdeling",
            [section + "Roles:caseworker"] = "WS-Consulent",
            [section + "Roles:auditor:0"] = "WS-Auditor",
            [section + "Roles:auditor:1"] = "WS-Controle",
            [section + "Teams:wijkteam-noord"] = "Afdeling Noord",
            [section + "Teams:wijkteam-zuid"] = "Afdeling Zuid",
        });
        Host.Server.BaseAddress.ToString();
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Provider.DisposeAsync();
    }
}

/// <summary>The provider and a host on SQLite.</summary>
public sealed class SqliteOpenIdConnectHost() : OpenIdConnectHost(Databases.Sqlite);

/// <summary>The provider and a host on PostgreSQL (the provider's subjects are linked in Identity's tables there).</summary>
public sealed class PostgreSqlOpenIdConnectHost() : OpenIdConnectHost(Databases.PostgreSql);

/// <summary>Signing in through the municipality's OpenID Connect provider: the full code flow through the host, roles and team from the provider's claims.</summary>
public abstract class OpenIdConnectSignInTests(OpenIdConnectHost fixture)
{
    private TestHost Host => fixture.Host;

    private static ProviderUser Person(string subject, string userName, string name, string[] groups, params string[] department) =>
        new(subject, userName, name, new Dictionary<string, string[]> { ["groepen"] = groups, ["afdeling"] = department });

    [Fact]
    public async Task A_caseworker_of_Noord_signs_in_at_the_provider_and_sees_Noords_case_files_but_not_Zuids()
    {
        var noordCase = await Cases.OpenAsync(Host, "wijkteam-noord", bsn: "123456782");
        var zuidCase = await Cases.OpenAsync(Host, "wijkteam-zuid", bsn: "123456782");
        fixture.Provider.SignedIn = Person("sub-consulent-1", "p.devries", "Pieter de Vries", ["Medewerkers", "WS-Consulent"], "Afdeling Noord");
        using var client = Host.NewHttpsClient();
        using var browser = new OpenIdBrowser(client);
        var exchanged = fixture.Provider.TokensIssued;

        var landed = await browser.SignInAsync("/werkvoorraad");

        Assert.Equal("/werkvoorraad", landed.AbsolutePath);
        Assert.Equal(exchanged + 1, fixture.Provider.TokensIssued);
        var me = await client.GetJsonAsync("/api/me");
        Assert.Equal("p.devries", me["userName"]!.GetValue<string>());
        Assert.Equal("Pieter de Vries", me["displayName"]!.GetValue<string>());
        Assert.Equal(["caseworker"], me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("wijkteam-noord", me["team"]!.GetValue<string>());
        var dossier = await client.GetJsonAsync($"/api/cases/{noordCase.CaseFileId}");
        Assert.Equal(noordCase.CaseFileId, dossier["id"]!.GetValue<string>());
        var refused = await ApiClient.ProblemOf(await client.GetAsync($"/api/cases/{zuidCase.CaseFileId}"), HttpStatusCode.Forbidden);
        Assert.Contains("wijkteam-noord", refused["detail"]!.GetValue<string>());
        // A change needs the antiforgery token of the new identity, as after a password sign-in.
        var note = await client.PostAsync($"/api/cases/{noordCase.CaseFileId}/notes", new { text = "Gebeld met cliënt" });
        Assert.Equal(HttpStatusCode.OK, note.StatusCode);
    }

    [Fact]
    public async Task An_auditor_signed_in_at_the_provider_gets_the_reports_and_cannot_open_a_case_file()
    {
        var noordCase = await Cases.OpenAsync(Host, "wijkteam-noord", bsn: "123456782");
        fixture.Provider.SignedIn = Person("sub-auditor-1", "a.jansen", "Anna Jansen", ["WS-Controle"]);
        using var client = Host.NewHttpsClient();
        using var browser = new OpenIdBrowser(client);

        await browser.SignInAsync("/audit");

        var me = await client.GetJsonAsync("/api/me");
        Assert.Equal(["auditor"], me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("", me["team"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/reports/friction")).StatusCode);
        var refused = await ApiClient.ProblemOf(await client.GetAsync($"/api/cases/{noordCase.CaseFileId}"), HttpStatusCode.Forbidden);
        Assert.Contains("Dit vraagt een van de rollen", refused["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/worklist")).StatusCode);
    }

    [Fact]
    public async Task Roles_and_team_changed_at_the_provider_apply_from_the_next_sign_in_and_the_user_stays_the_same()
    {
        var person = Person("sub-wissel-1", "w.bakker", "Willem Bakker", ["WS-Consulent"], "Afdeling Zuid");
        fixture.Provider.SignedIn = person;
        using (var first = Host.NewHttpsClient())
        using (var browser = new OpenIdBrowser(first))
        {
            await browser.SignInAsync();
            Assert.Equal("wijkteam-zuid", (await first.GetJsonAsync("/api/me"))["team"]!.GetValue<string>());
        }

        fixture.Provider.SignedIn = person with { Claims = new Dictionary<string, string[]> { ["groepen"] = ["WS-Auditor"], ["afdeling"] = [] } };
        using var second = Host.NewHttpsClient();
        using var again = new OpenIdBrowser(second);
        await again.SignInAsync("/audit");

        var me = await second.GetJsonAsync("/api/me");
        Assert.Equal("w.bakker", me["userName"]!.GetValue<string>());
        Assert.Equal(["auditor"], me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("", me["team"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, (await second.GetAsync("/api/worklist")).StatusCode);
    }

    [Fact]
    public async Task Someone_without_a_RelatieWerkstroom_role_at_the_provider_is_sent_back_to_the_sign_in_page_and_is_not_signed_in()
    {
        fixture.Provider.SignedIn = Person("sub-geen-rol", "g.geenrol", "Gerda Geenrol", ["Medewerkers"], "Afdeling Noord");
        using var client = Host.NewHttpsClient();
        using var browser = new OpenIdBrowser(client);

        var landed = await browser.SignInAsync();

        Assert.Equal("/inloggen", landed.AbsolutePath);
        Assert.Equal("?fout=oidc-geen-rol", landed.Query);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task A_provider_user_with_the_name_of_a_local_account_does_not_take_that_account_over()
    {
        fixture.Provider.SignedIn = Person("sub-kaper", "consulent.noord", "Iemand Anders", ["WS-Auditor"]);
        using var client = Host.NewHttpsClient();
        using var browser = new OpenIdBrowser(client);

        var landed = await browser.SignInAsync();

        Assert.Equal("?fout=oidc-naam-bezet", landed.Query);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
        using var local = await Host.SignInAsync("consulent.noord");
        var me = await local.GetJsonAsync("/api/me");
        Assert.Equal(["caseworker"], me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("Noor Consulent", me["displayName"]!.GetValue<string>());
    }

    [Fact]
    public async Task When_nobody_signs_in_at_the_provider_the_browser_comes_back_to_the_sign_in_page_with_a_reason()
    {
        fixture.Provider.SignedIn = null;
        using var client = Host.NewHttpsClient();
        using var browser = new OpenIdBrowser(client);

        var landed = await browser.SignInAsync();

        Assert.Equal("/inloggen", landed.AbsolutePath);
        Assert.Equal("?fout=oidc-mislukt", landed.Query);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task The_sign_in_page_is_told_the_providers_name_and_password_sign_in_keeps_working()
    {
        using var anonymous = Host.NewClient();
        var methods = await anonymous.GetJsonAsync("/api/auth/methods");
        using var local = await Host.SignInAsync("consulent.zuid");

        Assert.Equal("Voorbeeldstad-account", methods["openIdConnect"]!.GetValue<string>());
        Assert.Equal("wijkteam-zuid", (await local.GetJsonAsync("/api/me"))["team"]!.GetValue<string>());
    }

    [Fact]
    public async Task Signing_out_after_a_provider_sign_in_ends_the_providers_session_too_and_the_next_sign_in_asks_again()
    {
        fixture.Provider.SignedIn = Person("sub-afmeld", "a.afmeld", "Ad Afmeld", ["WS-Consulent"], "Afdeling Noord");
        using var client = Host.NewHttpsClient();
        using var browser = new OpenIdBrowser(client);
        await browser.SignInAsync();
        var ended = fixture.Provider.SessionsEnded;

        var signedOut = await client.PostJsonAsync("/api/auth/logout");
        var endSession = new Uri(signedOut["endSession"]!.GetValue<string>());
        var landed = await browser.FollowAsync(endSession);

        Assert.Equal(fixture.Provider.Authority.Authority, endSession.Authority);
        Assert.Equal(ended + 1, fixture.Provider.SessionsEnded);
        Assert.Equal("/inloggen", landed.AbsolutePath);
        Assert.Equal("?afgemeld=1", landed.Query);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
        // "Inloggen met …" no longer lets the same person straight back in: the provider asks again (here nobody answers).
        Assert.Equal("?fout=oidc-mislukt", (await browser.SignInAsync()).Query);
    }

    [Fact]
    public async Task A_way_back_outside_the_application_is_replaced_by_its_start_page()
    {
        fixture.Provider.SignedIn = Person("sub-terug", "t.terug", "Tom Terug", ["WS-Consulent"], "Afdeling Noord");
        using var client = Host.NewHttpsClient();
        using var browser = new OpenIdBrowser(client);

        var landed = await browser.SignInAsync("//evil.example/phish");

        Assert.Equal("localhost", landed.Host);
        Assert.Equal("/", landed.AbsolutePath);
    }
}

public sealed class OpenIdConnectSignInSqliteTests(SqliteOpenIdConnectHost fixture) : OpenIdConnectSignInTests(fixture), IClassFixture<SqliteOpenIdConnectHost>;

[Trait("Category", "PostgreSql")]
public sealed class OpenIdConnectSignInPostgreSqlTests(PostgreSqlOpenIdConnectHost fixture) : OpenIdConnectSignInTests(fixture), IClassFixture<PostgreSqlOpenIdConnectHost>;
