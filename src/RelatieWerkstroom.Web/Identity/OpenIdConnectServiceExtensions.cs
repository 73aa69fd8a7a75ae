using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace RelatieWerkstroom.Web.Identity;

/// <summary>Sign-in through an OpenID Connect provider (authorisation code flow with PKCE) when <see cref="OpenIdConnectSettings"/> is set.</summary>
public static class OpenIdConnectServiceExtensions
{
    /// <summary>The authentication scheme of the provider.</summary>
    public const string Scheme = OpenIdConnectDefaults.AuthenticationScheme;

    /// <summary>Where the provider sends the browser back to (register <c>https://HOST/signin-oidc</c> at the provider).</summary>
    public const string CallbackPath = "/signin-oidc";

    /// <summary>
    /// Registers the settings and, when they name a provider, its scheme: the provider's answer becomes the same sign-in
    /// cookie a password sign-in gives (<see cref="OpenIdConnectUsers"/>), and a refusal sends the browser back to the
    /// sign-in page saying why. Without settings nothing else changes.
    /// </summary>
    public static IServiceCollection AddWerkstroomOpenIdConnect(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = OpenIdConnectSettings.From(configuration);
        services.AddSingleton(settings);
        if (!settings.IsConfigured) return services;

        services.AddScoped<OpenIdConnectUsers>();
        services.AddAuthentication().AddOpenIdConnect(Scheme, settings.DisplayName, options =>
        {
            options.Authority = settings.Authority;
            options.ClientId = settings.ClientId;
            options.ClientSecret = settings.ClientSecret;
            options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            options.ResponseType = OpenIdConnectResponseType.Code;
            options.UsePkce = true;
            options.CallbackPath = CallbackPath;
            options.SignInScheme = IdentityConstants.ApplicationScheme;
            // The claims keep the provider's names (roles, team, preferred_username), as the settings name them.
            options.MapInboundClaims = false;
            // The identity token is kept (and only it: OpenIdConnectSignOut) as the hint for signing out at the provider.
            options.SaveTokens = true;
            options.GetClaimsFromUserInfoEndpoint = settings.GetClaimsFromUserInfoEndpoint;
            foreach (var scope in settings.Scopes) options.Scope.Add(scope);
            options.TokenValidationParameters.NameClaimType = settings.UserNameClaim;
            options.TokenValidationParameters.RoleClaimType = settings.RoleClaim;
            options.Events.OnTicketReceived = async context =>
            {
                try
                {
                    OpenIdConnectSignOut.KeepIdentityTokenOnly(context.Properties!);
                    context.Principal = await context.HttpContext.RequestServices.GetRequiredService<OpenIdConnectUsers>().SignInAsync(context.Principal!);
                }
                catch (OpenIdConnectRefusal refusal)
                {
                    context.Response.Redirect(SignInPage(refusal.Code));
                    context.HandleResponse();
                }
            };
            options.Events.OnRemoteFailure = context =>
            {
                context.HttpContext.RequestServices.GetRequiredService<ILogger<OpenIdConnectUsers>>()
                    .LogWarning("OpenID Connect sign-in failed: {Failure}", context.Failure?.Message);
                context.Response.Redirect(SignInPage(context.Failure is OpenIdConnectRefusal refusal ? refusal.Code : OpenIdConnectRefusal.Failed));
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });
        return services;
    }

    private static string SignInPage(string code) => $"/inloggen?fout={Uri.EscapeDataString(code)}";
}
