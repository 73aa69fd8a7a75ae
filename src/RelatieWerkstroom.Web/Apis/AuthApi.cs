using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using RelatieWerkstroom.Web.Identity;
using RelatieWerkstroom.Web.Problems;
using RelatieWerkstroom.Web.Security;

namespace RelatieWerkstroom.Web.Apis;

/// <summary>
/// <c>/api/auth/login</c>, <c>/api/auth/logout</c> and <c>/api/me</c>: cookie sign-in with ASP.NET Core Identity;
/// <c>/api/auth/methods</c> and <c>/api/auth/oidc</c>: sign-in through the OpenID Connect provider when one is configured.
/// </summary>
public static class AuthApi
{
    /// <summary>User name and password.</summary>
    public sealed record LoginRequest(string? UserName, string? Password);

    /// <summary>Who is signed in: user name, name to show, roles and team id (empty for users without a team).</summary>
    public sealed record Me(string UserName, string DisplayName, IReadOnlyList<string> Roles, string Team);

    /// <summary>Signed out. For someone who signed in through the OpenID Connect provider: the provider's address the browser goes to next, to end the session there too (null: nothing more to do).</summary>
    public sealed record SignedOut(string? EndSession);

    /// <summary>How one can sign in: always with user name and password; with the provider named here when OpenID Connect is configured (null: not).</summary>
    public sealed record SignInMethods(string? OpenIdConnect);

    /// <summary>Maps the endpoints.</summary>
    public static RouteGroupBuilder MapAuthApi(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Aanmelden");
        auth.MapPost("/login", LoginAsync)
            .WithSummary("Aanmelden met gebruikersnaam en wachtwoord (sets the sign-in cookie and a new XSRF-TOKEN)");
        auth.MapPost("/logout", LogoutAsync)
            .WithSummary("Afmelden (after an OpenID Connect sign-in the answer names the provider's end-session address to go to)");
        auth.MapGet("/methods", GetMethods).WithSummary("Hoe u kunt aanmelden (whether OpenID Connect is configured, and the provider's name)");
        auth.MapGet("/oidc", ChallengeOpenIdConnect)
            .WithSummary("Aanmelden via de OpenID Connect-provider: a browser navigation that redirects to the provider and, after sign-in, back to `terug`");
        api.MapGet("/me", GetMe).WithTags("Aanmelden").WithSummary("De aangemelde gebruiker");
        return api;
    }

    private static async Task<Results<Ok<Me>, ValidationProblem, ProblemHttpResult>> LoginAsync(
        LoginRequest request, SignInManager<WerkstroomUser> signIn, HttpContext context)
    {
        var missing = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(request.UserName)) missing.Add(("userName", "Gebruikersnaam ontbreekt (user name is missing)"));
        if (string.IsNullOrEmpty(request.Password)) missing.Add(("password", "Wachtwoord ontbreekt (password is missing)"));
        if (missing.Count > 0) return TypedResults.ValidationProblem(ExceptionProblems.Invalid(missing).Errors, title: ExceptionProblems.Invalid(missing).Title);

        var user = await signIn.UserManager.FindByNameAsync(request.UserName!.Trim());
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, request.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Account geblokkeerd (account locked)",
                detail: $"Te vaak een verkeerd wachtwoord; probeer het over {IdentityServiceExtensions.LockoutDuration.TotalMinutes:0} minuten opnieuw (too many failed sign-ins)");
        if (!result.Succeeded)
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Aanmelden mislukt (sign-in failed)",
                detail: "Gebruikersnaam of wachtwoord klopt niet (wrong user name or password)");

        // The antiforgery token belongs to a user: the SPA gets one for the user it just became.
        context.User = await signIn.CreateUserPrincipalAsync(user!);
        Antiforgery.IssueToken(context);
        return TypedResults.Ok(ToMe(context));
    }

    private static async Task<Ok<SignedOut>> LogoutAsync(
        SignInManager<WerkstroomUser> signIn, OpenIdConnectSettings openIdConnect, HttpContext context, ILogger<SignedOut> logger)
    {
        var endSession = openIdConnect.IsConfigured ? await OpenIdConnectSignOut.EndSessionAddressAsync(context, logger) : null;
        await signIn.SignOutAsync();
        context.User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());
        Antiforgery.IssueToken(context);
        return TypedResults.Ok(new SignedOut(endSession));
    }

    private static Ok<SignInMethods> GetMethods(OpenIdConnectSettings openIdConnect) =>
        TypedResults.Ok(new SignInMethods(openIdConnect.IsConfigured ? openIdConnect.DisplayName : null));

    private static Results<ChallengeHttpResult, ProblemHttpResult> ChallengeOpenIdConnect(OpenIdConnectSettings openIdConnect, string? terug)
    {
        if (!openIdConnect.IsConfigured)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Niet ingesteld (not configured)",
                detail: "Aanmelden via OpenID Connect is niet ingesteld; meld u aan met gebruikersnaam en wachtwoord (OpenID Connect sign-in is not configured)");
        // Only a path inside this application may be the way back (no open redirect).
        var back = terug is { Length: > 0 } path && path.StartsWith('/') && !path.StartsWith("//") && !path.StartsWith("/\\") ? path : "/";
        return TypedResults.Challenge(new AuthenticationProperties { RedirectUri = back }, [OpenIdConnectServiceExtensions.Scheme]);
    }

    private static Ok<Me> GetMe(HttpContext context) => TypedResults.Ok(ToMe(context));

    private static Me ToMe(HttpContext context) =>
        new(context.User.UserName(), context.User.DisplayName(), context.User.WebRolesOf(), context.User.Team());
}
