using System.Net;
using System.Text.RegularExpressions;

namespace RelatieWerkstroom.Web.Tests.Support;

/// <summary>
/// What a browser does during an OpenID Connect sign-in: it follows the redirects between the host and the provider
/// and submits the provider's auto-posting form (response_mode=form_post), keeping each site's cookies.
/// </summary>
public sealed partial class OpenIdBrowser(ApiClient host) : IDisposable
{
    private readonly HttpClient _elsewhere = new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true });

    /// <summary>Clicks "Inloggen met …" on the sign-in page and returns the address the browser ends on.</summary>
    public Task<Uri> SignInAsync(string back = "/werkvoorraad") =>
        FollowAsync(new Uri(host.Http.BaseAddress!, $"/api/auth/oidc?terug={Uri.EscapeDataString(back)}"));

    /// <summary>Goes to <paramref name="url"/> and on through the redirects and auto-posting forms; returns the address the browser ends on.</summary>
    public async Task<Uri> FollowAsync(Uri url)
    {
        var method = HttpMethod.Get;
        HttpContent? content = null;
        for (var hop = 0; hop < 12; hop++)
        {
            var onHost = url.Authority == host.Http.BaseAddress!.Authority;
            using var request = new HttpRequestMessage(method, url) { Content = content };
            using var response = onHost ? await host.Http.SendAsync(request) : await _elsewhere.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode is >= 300 and < 400)
            {
                (url, method, content) = (new Uri(url, response.Headers.Location!), HttpMethod.Get, null);
            }
            else if (!onHost && FormAction().Match(body) is { Success: true } form)
            {
                var fields = HiddenField().Matches(body).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
                (url, method, content) = (new Uri(url, WebUtility.HtmlDecode(form.Groups[1].Value)), HttpMethod.Post, new FormUrlEncodedContent(fields));
            }
            else
            {
                Assert.True(response.IsSuccessStatusCode, $"{method} {url}: {(int)response.StatusCode} {body}");
                return url;
            }
        }
        throw new Xunit.Sdk.XunitException("the browser did not arrive within 12 redirects");
    }

    /// <inheritdoc />
    public void Dispose() => _elsewhere.Dispose();

    [GeneratedRegex("""<form[^>]*\baction="([^"]+)"[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex FormAction();

    [GeneratedRegex("""<input[^>]*\bname="([^"]+)"[^>]*\bvalue="([^"]*)"[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenField();
}
