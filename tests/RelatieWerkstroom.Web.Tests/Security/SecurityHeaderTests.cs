using RelatieWerkstroom.Web.Tests.Support;

namespace RelatieWerkstroom.Web.Tests.Security;

/// <summary>Security headers on every answer. SQLite only: the headers are set by middleware before any database is touched, the same on every provider.</summary>
public sealed class SecurityHeaderTests(SqliteHost fixture) : IClassFixture<SqliteHost>
{
    private readonly TestHost _host = fixture.Host;

    [Theory]
    [InlineData("/")]
    [InlineData("/werkvoorraad")]
    [InlineData("/api/me")]
    [InlineData("/api/bestaat-niet")]
    public async Task Every_page_and_answer_has_a_policy_without_inline_scripts(string path)
    {
        using var client = _host.NewClient();

        var response = await client.GetAsync(path);

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }
}
