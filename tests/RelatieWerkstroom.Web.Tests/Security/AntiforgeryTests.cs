using System.Net;
using RelatieWerkstroom.Web.Tests.Support;

namespace RelatieWerkstroom.Web.Tests.Security;

/// <summary>On both databases: the token is protected with the data-protection key ring, which the host keeps in its database.</summary>
public abstract class AntiforgeryTests(DatabaseHost fixture)
{
    private readonly TestHost _host = fixture.Host;

    [Fact]
    public async Task A_change_without_the_XSRF_header_is_refused_and_changes_nothing()
    {
        var cookies = new BrowserCookies { SendAntiforgeryHeader = false };
        using var client = new ApiClient(_host.CreateDefaultClient(cookies));
        await client.GetAsync("/api/me");

        var response = await client.PostAsync("/api/auth/login", new { userName = "beheerder", password = ApiClient.DemoPassword });

        var problem = await ApiClient.ProblemOf(response, HttpStatusCode.BadRequest);
        Assert.Contains("X-XSRF-TOKEN", problem["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task The_token_cookie_is_readable_by_the_page_and_a_new_one_comes_with_sign_in()
    {
        var cookies = new BrowserCookies();
        using var client = new ApiClient(_host.CreateDefaultClient(cookies));
        var first = await client.GetAsync("/api/me");
        var before = first.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("XSRF-TOKEN=", StringComparison.Ordinal));
        Assert.DoesNotContain("httponly", before, StringComparison.OrdinalIgnoreCase);

        var login = await client.PostAsync("/api/auth/login", new { userName = "beheerder", password = ApiClient.DemoPassword });

        var after = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("XSRF-TOKEN=", StringComparison.Ordinal));
        Assert.NotEqual(before, after);
        // The signed-in user's change with the new token goes through.
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/auth/logout")).StatusCode);
    }
}

public sealed class AntiforgerySqliteTests(SqliteHost fixture) : AntiforgeryTests(fixture), IClassFixture<SqliteHost>;

[Trait("Category", "PostgreSql")]
public sealed class AntiforgeryPostgreSqlTests(PostgreSqlHost fixture) : AntiforgeryTests(fixture), IClassFixture<PostgreSqlHost>;
