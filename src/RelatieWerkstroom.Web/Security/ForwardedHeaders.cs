using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace RelatieWerkstroom.Web.Security;

/// <summary>
/// Behind a TLS-terminating proxy or load balancer: the original scheme, host and client address from
/// <c>X-Forwarded-Proto</c>, <c>X-Forwarded-Host</c> and <c>X-Forwarded-For</c>, taken only from the proxies named in
/// <c>Werkstroom:ForwardedHeaders:KnownProxies</c> (addresses) or <c>:KnownNetworks</c> (CIDR, e.g. <c>10.0.0.0/8</c>);
/// <c>:AllowedHosts</c> limits the host names a proxy may pass on. Without either setting nothing is read from these
/// headers (any client could send them). With them, a request that came in over HTTPS gets Secure cookies and
/// OpenID Connect redirect URIs on https (docs/operations/reverse-proxy.md).
/// </summary>
public static class ForwardedHeaders
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Werkstroom:ForwardedHeaders";

    private sealed record Enabled;

    /// <summary>Reads the section; throws at start with the setting's name when an address or network cannot be read.</summary>
    public static IServiceCollection AddWerkstroomForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var proxies = section.GetSection("KnownProxies").Get<string[]>() ?? [];
        var networks = section.GetSection("KnownNetworks").Get<string[]>() ?? [];
        if (proxies.Length == 0 && networks.Length == 0) return services;
        var addresses = proxies.Select(p => IPAddress.TryParse(p.Trim(), out var address) ? address
            : throw new InvalidOperationException($"{Section}:KnownProxies: '{p}' is not an IP address")).ToList();
        var ranges = networks.Select(n => System.Net.IPNetwork.TryParse(n.Trim(), out var network) ? network
            : throw new InvalidOperationException($"{Section}:KnownNetworks: '{n}' is not a network in CIDR notation (e.g. 10.0.0.0/8)")).ToList();
        var hosts = section.GetSection("AllowedHosts").Get<string[]>() ?? [];
        var limit = section.GetValue<int?>("ForwardLimit");
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor
                | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto
                | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedHost;
            // Only the configured proxies: the default (loopback) would trust anything on the same machine.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var address in addresses) options.KnownProxies.Add(address);
            foreach (var range in ranges) options.KnownIPNetworks.Add(range);
            foreach (var host in hosts) options.AllowedHosts.Add(host);
            if (limit is { } forwardLimit) options.ForwardLimit = forwardLimit;
        });
        services.AddSingleton<Enabled>();
        return services;
    }

    /// <summary>First in the pipeline, so that everything after it sees the original scheme and host.</summary>
    public static WebApplication UseWerkstroomForwardedHeaders(this WebApplication app)
    {
        if (app.Services.GetService<Enabled>() is not null) app.UseForwardedHeaders();
        return app;
    }
}
