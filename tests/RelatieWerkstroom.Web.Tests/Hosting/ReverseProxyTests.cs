using System.Net;
using RelatieWerkstroom.Web.Tests.Support;

namespace RelatieWerkstroom.Web.Tests.Hosting;

/// <summary>
/// The host behind a TLS-terminating proxy: requests from a configured proxy carrying X-Forwarded-Proto https and
/// X-Forwarded-Host get Secure cookies and an OpenID Connect redirect URI on https at the public host name; the same
/// headers from an address that is not a configured proxy change nothing. Real host processes (Kestrel), because only a
/// real connection has the client address the check is about. SQLite only: the database plays no part in this.
/// </summary>
public sealed class ReverseProxyTests : IAsyncLifetime
{
    private const string PublicHost = "werkstroom.voorbeeldstad.nl";

    private readonly TestData _data = TestData.Sqlite();
    private OpenIdProvider _provider = null!;
    private WebNode _behindProxy = null!;
    private WebNode _untrusted = null!;

    public async Task InitializeAsync()
    {
        _provider = await OpenIdProvider.StartAsync();
        Dictionary<string, string?> Settings(string key, string value) => new()
        {
            ["Authentication:OpenIdConnect:Authority"] = _provider.Authority.ToString(),
            ["Authentication:OpenIdConnect:ClientId"] = OpenIdProvider.ClientId,
            ["Authentication:OpenIdConnect:ClientSecret"] = OpenIdProvider.ClientSecret,
            ["Authentication:OpenIdConnect:RequireHttpsMetadata"] = "false",
            [$"Werkstroom:ForwardedHeaders:{key}:0"] = value,
        };
        // The test connects from 127.0.0.1: a proxy in the first node's known network, not the second node's known proxy.
        var trusted = WebNode.StartAsync("behind-proxy", _data, Settings("KnownNetworks", "127.0.0.0/8"));
        var untrusted = WebNode.StartAsync("untrusted", _data, Settings("KnownProxies", "10.1.2.3"));
        _behindProxy = await trusted;
        _untrusted = await untrusted;
    }

    public async Task DisposeAsync()
    {
        if (_behindProxy is not null) await _behindProxy.DisposeAsync();
        if (_untrusted is not null) await _untrusted.DisposeAsync();
        await _provider.DisposeAsync();
        await _data.DisposeAsync();
    }

    [Fact]
    public async Task Behind_the_proxy_the_sign_in_cookie_is_secure_and_the_redirect_uri_is_https_at_the_public_host()
    {
        var login = await SignInAsync(_behindProxy);
        Assert.Contains(login, c => c.StartsWith("werkstroom.auth=", StringComparison.Ordinal) && c.Contains("; secure", StringComparison.OrdinalIgnoreCase));

        var (location, cookies) = await ChallengeAsync(_behindProxy);
        Assert.Contains("redirect_uri=" + Uri.EscapeDataString($"https://{PublicHost}/signin-oidc"), location);
        Assert.All(cookies, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Forwarded_headers_from_an_address_that_is_no_configured_proxy_are_ignored()
    {
        var login = await SignInAsync(_untrusted);
        Assert.Contains(login, c => c.StartsWith("werkstroom.auth=", StringComparison.Ordinal) && !c.Contains("; secure", StringComparison.OrdinalIgnoreCase));

        var (location, _) = await ChallengeAsync(_untrusted);
        Assert.Contains("redirect_uri=" + Uri.EscapeDataString($"http://{_untrusted.Address.Authority}/signin-oidc"), location);
        Assert.DoesNotContain(PublicHost, location);
    }

    private static void AsProxy(HttpRequestMessage request)
    {
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", PublicHost);
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
    }

    private static async Task<IReadOnlyList<string>> SignInAsync(WebNode node)
    {
        using var client = node.NewClient();
        var xsrf = await client.GetAsync("/api/me");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { userName = "consulent.noord", password = ApiClient.DemoPassword }),
        };
        AsProxy(request);
        var response = await client.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. response.Headers.GetValues("Set-Cookie")];
    }

    private static async Task<(string Location, IReadOnlyList<string> Cookies)> ChallengeAsync(WebNode node)
    {
        using var client = node.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/oidc");
        AsProxy(request);
        var response = await client.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (response.Headers.Location!.ToString(), [.. response.Headers.GetValues("Set-Cookie")]);
    }
}
