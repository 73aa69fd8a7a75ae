namespace RelatieWerkstroom.Web.Security;

/// <summary>Authorisation, antiforgery and security headers.</summary>
public static class SecurityServiceExtensions
{
    /// <summary>Registers authorisation (the roles come from <see cref="ApiPolicy"/>) and antiforgery.</summary>
    public static IServiceCollection AddWerkstroomSecurity(this IServiceCollection services)
    {
        services.AddAuthorization();
        services.AddWerkstroomAntiforgery();
        return services;
    }

    /// <summary>Security headers, then sign-in, antiforgery and authorisation, in that order.</summary>
    public static WebApplication UseWerkstroomSecurity(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseAuthentication();
        app.UseWerkstroomAntiforgery();
        app.UseAuthorization();
        return app;
    }
}
