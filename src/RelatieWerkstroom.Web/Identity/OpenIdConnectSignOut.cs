using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace RelatieWerkstroom.Web.Identity;

/// <summary>
/// Signing out at the provider too (OpenID Connect RP-initiated logout). Without it, someone who signs out here and
/// clicks "Inloggen met …" again is let back in by the provider's own session without being asked, which on a shared
/// desk computer means the next person works as the previous one.
/// </summary>
public static class OpenIdConnectSignOut
{
    /// <summary>Where the browser comes back to after the provider has signed the person out.</summary>
    public const string SignedOutPage = "/inloggen?afgemeld=1";

    /// <summary>The name of the one token kept in the sign-in cookie: the provider's identity token, the hint its end-session endpoint asks for.</summary>
    private const string IdentityToken = "id_token";

    /// <summary>Keeps only the identity token of the provider's answer in the sign-in cookie (no access or refresh token is needed here).</summary>
    public static void KeepIdentityTokenOnly(AuthenticationProperties properties)
    {
        var idToken = properties.GetTokenValue(IdentityToken);
        properties.StoreTokens(idToken is null ? [] : [new AuthenticationToken { Name = IdentityToken, Value = idToken }]);
    }

    /// <summary>
    /// For a person signed in through the provider: the provider's end-session address (with the identity token as
    /// hint and the way back to <see cref="SignedOutPage"/>) for the browser to go to. Null for a password sign-in, or
    /// when the provider has no end-session endpoint (then only this application's session ends). Call before the
    /// sign-in cookie is removed.
    /// </summary>
    public static async Task<string?> EndSessionAddressAsync(HttpContext context, ILogger logger)
    {
        if (await context.GetTokenAsync(IdentityConstants.ApplicationScheme, IdentityToken) is null) return null;
        try
        {
            // The OpenID Connect handler builds the address (state, id_token_hint, post_logout_redirect_uri) as a redirect;
            // the SPA signs out with a fetch, so the redirect is taken out of the response and handed over as data.
            await context.SignOutAsync(OpenIdConnectServiceExtensions.Scheme, new AuthenticationProperties { RedirectUri = SignedOutPage });
        }
        catch (InvalidOperationException failure)
        {
            logger.LogWarning("Signing out at the OpenID Connect provider is not possible ({Reason}); only this application's session ends", failure.Message);
            return null;
        }
        var address = context.Response.Headers.Location.ToString();
        context.Response.Headers.Remove("Location");
        context.Response.StatusCode = StatusCodes.Status200OK;
        return address.Length > 0 ? address : null;
    }
}
