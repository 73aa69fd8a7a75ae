using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using RelatieWerkstroom.Web.Hosting;

namespace RelatieWerkstroom.Web.Identity;

/// <summary>ASP.NET Core Identity on the application database, with the cookie the SPA signs in with.</summary>
public static class IdentityServiceExtensions
{
    /// <summary>The number of wrong passwords in a row after which an account is locked.</summary>
    public const int MaxFailedSignIns = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>Registers users and roles, lockout, the password rules and the sign-in cookie.</summary>
    public static IServiceCollection AddWerkstroomIdentity(this IServiceCollection services)
    {
        var settings = services.GetHostSettings();
        services.AddWebDbContext(settings.Persistence);
        // Sign-in cookies and antiforgery tokens stay valid across a restart and on every node of the same database.
        services.AddSingleton<DatabaseKeyRepository>();
        services.AddDataProtection().SetApplicationName("RelatieWerkstroom");
        services.AddOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>()
            .Configure<DatabaseKeyRepository>((options, keys) => options.XmlRepository = keys);
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<WerkstroomUser>(options =>
            {
                options.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
                options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
                options.Lockout.AllowedForNewUsers = true;
                options.Password.RequiredLength = 12;
                options.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<WebDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<WerkstroomClaimsFactory>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "werkstroom.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            // An API answers with a status code; the SPA shows its own sign-in page.
            cookie.Events.OnRedirectToLogin = context =>
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return Task.CompletedTask;
            };
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddScoped<DemoUsers>();
        services.AddScoped<TeamMembers>();
        return services;
    }
}
