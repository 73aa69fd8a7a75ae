using System.Net;

namespace RelatieWerkstroom.Web.Tests.Support;

/// <summary>Keeps cookies as a browser does and, like the SPA, copies the XSRF-TOKEN cookie into the X-XSRF-TOKEN header of changes.</summary>
public sealed class BrowserCookies : DelegatingHandler
{
    /// <summary>The cookies received so far.</summary>
    public CookieContainer Cookies { get; } = new();

    /// <summary>When false, changes go out without the antiforgery header (to test that they are refused).</summary>
    public bool SendAntiforgeryHeader { get; set; } = true;

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        var header = Cookies.GetCookieHeader(uri);
        if (header.Length > 0) request.Headers.Add("Cookie", header);
        if (SendAntiforgeryHeader && request.Method != HttpMethod.Get && request.Method != HttpMethod.Head
            && Cookies.GetCookies(uri)["XSRF-TOKEN"] is { } token && !request.Headers.Contains("X-XSRF-TOKEN"))
            request.Headers.Add("X-XSRF-TOKEN", token.Value);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
            foreach (var cookie in cookies) Cookies.SetCookies(uri, cookie);
        return response;
    }
}
