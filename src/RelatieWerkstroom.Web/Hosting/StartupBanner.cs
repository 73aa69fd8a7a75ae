using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace RelatieWerkstroom.Web.Hosting;

/// <summary>Tells the person who started the host where to open it.</summary>
public static class StartupBanner
{
    /// <summary>Prints every address the host listens on once it has started, with the data folder and the demo mode.</summary>
    public static void PrintAddressesAtStart(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var settings = app.Services.GetRequiredService<HostSettings>();
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses) Console.WriteLine($"RelatieWerkstroom luistert op / listens on {address}");
            Console.WriteLine(settings.Persistence.FilePath is { } file ? $"Gegevens / data: {file}" : "Gegevens / data: PostgreSQL");
            if (settings.Demo) Console.WriteLine("Demomodus: demogebruikers met wachtwoord / demo users with password " + Identity.DemoUsers.Password);
        });
    }
}
