using System.Net;
using RelatieWerkstroom.Web.Tests.Support;

namespace RelatieWerkstroom.Web.Tests.Auth;

public abstract class SignInTests(DatabaseHost fixture)
{
    private readonly TestHost _host = fixture.Host;

    [Fact]
    public async Task A_demo_user_signs_in_and_me_tells_who_they_are()
    {
        using var client = await _host.SignInAsync("consulent.noord");

        var me = await client.GetJsonAsync("/api/me");

        Assert.Equal("consulent.noord", me["userName"]!.GetValue<string>());
        Assert.Equal("Noor Consulent", me["displayName"]!.GetValue<string>());
        Assert.Equal(["caseworker"], me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("wijkteam-noord", me["team"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_signing_in_me_is_a_401_problem()
    {
        using var client = _host.NewClient();

        var problem = await ApiClient.ProblemOf(await client.GetAsync("/api/me"), HttpStatusCode.Unauthorized);

        Assert.Contains("/api/auth/login", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_leaves_the_user_signed_out()
    {
        using var client = _host.NewClient();

        var response = await client.PostAsync("/api/auth/login", new { userName = "consulent.noord", password = "fout-wachtwoord-123" });

        var problem = await ApiClient.ProblemOf(response, HttpStatusCode.Unauthorized);
        Assert.Contains("klopt niet", problem["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task A_missing_user_name_is_a_validation_problem_naming_the_field()
    {
        using var client = _host.NewClient();

        var problem = await ApiClient.ProblemOf(await client.PostAsync("/api/auth/login", new { password = "x" }), HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["userName"]);
    }

    [Fact]
    public async Task After_five_wrong_passwords_the_account_is_locked_even_for_the_right_one()
    {
        using var client = _host.NewClient();
        for (var i = 0; i < 5; i++)
            await client.PostAsync("/api/auth/login", new { userName = "consulent.zuid", password = $"fout-wachtwoord-{i}" });

        var response = await client.PostAsync("/api/auth/login", new { userName = "consulent.zuid", password = ApiClient.DemoPassword });

        var problem = await ApiClient.ProblemOf(response, HttpStatusCode.Unauthorized);
        Assert.Contains("geblokkeerd", problem["title"]!.GetValue<string>());
        // Another account is not affected.
        await client.SignInAsync("consulent.noord");
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var client = await _host.SignInAsync("auditor");

        var response = await client.PostAsync("/api/auth/logout");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // A password sign-in has no provider session to end.
        Assert.Null((await ApiClient.JsonOf(response, HttpStatusCode.OK, "logout"))["endSession"]?.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task The_sign_in_cookie_is_http_only_and_strict()
    {
        using var client = _host.NewClient();
        await client.GetAsync("/api/me");

        var response = await client.PostAsync("/api/auth/login", new { userName = "jurist", password = ApiClient.DemoPassword });

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("werkstroom.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Without_OpenID_Connect_settings_only_the_password_is_offered_and_the_provider_route_says_it_is_not_configured()
    {
        using var client = _host.NewClient();

        var methods = await client.GetJsonAsync("/api/auth/methods");
        var problem = await ApiClient.ProblemOf(await client.GetAsync("/api/auth/oidc?terug=/werkvoorraad"), HttpStatusCode.NotFound);

        Assert.Null(methods["openIdConnect"]);
        Assert.Contains("niet ingesteld", problem["detail"]!.GetValue<string>());
    }
}

public sealed class SignInSqliteTests(SqliteHost fixture) : SignInTests(fixture), IClassFixture<SqliteHost>;

[Trait("Category", "PostgreSql")]
public sealed class SignInPostgreSqlTests(PostgreSqlHost fixture) : SignInTests(fixture), IClassFixture<PostgreSqlHost>;
