using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace RelatieWerkstroom.Web.Tests.Support;

/// <summary>
/// A real OpenID Connect provider (OpenIddict's server) on a Kestrel port of 127.0.0.1, for the host to sign in
/// through: discovery, authorisation endpoint (code flow, PKCE required, answers by form_post), token endpoint with
/// client secret, signed identity tokens. The person signed in at the provider is <see cref="SignedIn"/>, as if they
/// had typed their password there.
/// </summary>
public sealed class OpenIdProvider : IAsyncDisposable
{
    /// <summary>The client id the host is registered with.</summary>
    public const string ClientId = "relatiewerkstroom";

    /// <summary>The client secret the host is registered with.</summary>
    public const string ClientSecret = "geheim-van-de-test-provider";

    /// <summary>The host's callback at a TestServer host (which answers on https://localhost).</summary>
    public const string TestServerRedirectUri = "https://localhost/signin-oidc";

    /// <summary>The host's way back after signing out at a TestServer host.</summary>
    public const string TestServerPostLogoutRedirectUri = "https://localhost/signout-callback-oidc";

    private readonly WebApplication _app;

    private OpenIdProvider(WebApplication app) => _app = app;

    /// <summary>The issuer (authority) URL.</summary>
    public Uri Authority { get; private set; } = null!;

    /// <summary>The one redirect URI registered for the client (set it to a Kestrel host's own callback).</summary>
    public string RedirectUri { get; set; } = TestServerRedirectUri;

    /// <summary>The one address registered for the client to come back to after signing out at the provider.</summary>
    public string PostLogoutRedirectUri { get; set; } = TestServerPostLogoutRedirectUri;

    /// <summary>How many sessions the end-session endpoint ended, each asked for with the identity token as hint.</summary>
    public int SessionsEnded { get; private set; }

    /// <summary>Who is signed in at the provider; null: nobody (the provider refuses).</summary>
    public ProviderUser? SignedIn { get; set; }

    /// <summary>How many codes the token endpoint exchanged (the host really talked to it).</summary>
    public int TokensIssued { get; private set; }

    /// <summary>Starts the provider on a free port.</summary>
    public static async Task<OpenIdProvider> StartAsync()
    {
        OpenIdProvider? provider = null;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddAuthentication();
        builder.Services.AddOpenIddict().AddServer(server =>
        {
            server.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token").SetEndSessionEndpointUris("connect/logout");
            server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            server.RegisterScopes(Scopes.OpenId, Scopes.Profile);
            server.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            server.DisableAccessTokenEncryption();
            // No application store: this provider knows one client and checks it itself.
            server.EnableDegradedMode();
            server.DisableTokenStorage();
            server.AddEventHandler<OpenIddict.Server.OpenIddictServerEvents.ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId) context.Reject(Errors.InvalidClient, "unknown client");
                else if (context.RedirectUri != provider!.RedirectUri) context.Reject(Errors.InvalidRequest, "redirect_uri not registered");
                return default;
            }));
            server.AddEventHandler<OpenIddict.Server.OpenIddictServerEvents.ValidateEndSessionRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.PostLogoutRedirectUri != provider!.PostLogoutRedirectUri) context.Reject(Errors.InvalidRequest, "post_logout_redirect_uri not registered");
                return default;
            }));
            server.AddEventHandler<OpenIddict.Server.OpenIddictServerEvents.ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId || context.ClientSecret != ClientSecret) context.Reject(Errors.InvalidClient, "wrong client credentials");
                return default;
            }));
            server.UseAspNetCore().EnableAuthorizationEndpointPassthrough().EnableTokenEndpointPassthrough().EnableEndSessionEndpointPassthrough()
                .DisableTransportSecurityRequirement();
        });

        var app = builder.Build();
        provider = new OpenIdProvider(app);
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], (Func<HttpContext, IResult>)provider.Authorize);
        // Typed as a handler that returns a result (a plain HttpContext => Task lambda would be a RequestDelegate and drop it).
        app.MapPost("/connect/token", (Func<HttpContext, Task<IResult>>)provider.ExchangeAsync);
        app.MapMethods("/connect/logout", [HttpMethods.Get, HttpMethods.Post], (Func<HttpContext, IResult>)provider.EndSession);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        provider.Authority = new Uri(address.TrimEnd('/') + "/");
        // Its first answer takes seconds on a loaded machine (start-up of the server's handlers): answered here, before
        // the tests, as a provider that is already running would.
        using var http = new HttpClient();
        await http.GetStringAsync(new Uri(provider.Authority, ".well-known/openid-configuration"));
        return provider;
    }

    // The person signed in at the provider consents at once; their claims go into the identity token.
    private IResult Authorize(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest()!;
        if (SignedIn is not { } user)
            return Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.AccessDenied,
            }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);

        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, user.Subject));
        identity.AddClaim(new Claim(Claims.PreferredUsername, user.UserName));
        identity.AddClaim(new Claim(Claims.Name, user.Name));
        foreach (var (type, values) in user.Claims)
            foreach (var value in values) identity.AddClaim(new Claim(type, value));
        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    // The code's principal (validated by OpenIddict: client, redirect_uri, PKCE verifier) becomes the tokens.
    private async Task<IResult> ExchangeAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        TokensIssued++;
        return Results.SignIn(result.Principal!, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    // The person's session at the provider ends (OpenIddict has checked the hint's signature and the way back).
    private IResult EndSession(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest()!;
        if (string.IsNullOrEmpty(request.IdTokenHint)) return Results.BadRequest("id_token_hint is missing");
        SignedIn = null;
        SessionsEnded++;
        return Results.SignOut(new AuthenticationProperties { RedirectUri = request.PostLogoutRedirectUri },
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>A person at the provider: subject, user name, name, and further claims (claim type → values).</summary>
public sealed record ProviderUser(string Subject, string UserName, string Name, IReadOnlyDictionary<string, string[]> Claims);
