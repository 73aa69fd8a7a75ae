using Microsoft.Playwright;
using RelatieWerkstroom.Web.Tests.Support;
using RelatieWerkstroom.Web.UiTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace RelatieWerkstroom.Web.UiTests.SignIn;

/// <summary>
/// A caseworker signs in with the municipality's account: on the sign-in page they choose "Inloggen met …" by
/// keyboard, the browser goes to the OpenID Connect provider (OpenIddict on its own port) and back, and they land on
/// their worklist, signed in with the role and team the provider's claims give.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class OpenIdConnectJourneyTests(UiFixture fixture) : IAsyncLifetime
{
    private OpenIdProvider _provider = null!;
    private WerkstroomHost _host = null!;

    public async Task InitializeAsync()
    {
        _provider = await OpenIdProvider.StartAsync();
        const string section = "Authentication:OpenIdConnect:";
        _host = new WerkstroomHost(new Dictionary<string, string?>
        {
            ["Werkstroom:DemoSeed:Enabled"] = "false",
            [section + "Authority"] = _provider.Authority.ToString(),
            [section + "ClientId"] = OpenIdProvider.ClientId,
            [section + "ClientSecret"] = OpenIdProvider.ClientSecret,
            [section + "RequireHttpsMetadata"] = "false",
            [section + "DisplayName"] = "Voorbeeldstad-account",
            [section + "RoleClaim"] = "groepen",
            [section + "TeamClaim"] = "afdeling",
            [section + "Roles:caseworker"] = "WS-Consulent",
            [section + "Teams:wijkteam-noord"] = "Afdeling Noord",
        });
        _provider.RedirectUri = new Uri(_host.BaseAddress, "/signin-oidc").ToString();
        _provider.PostLogoutRedirectUri = new Uri(_host.BaseAddress, "/signout-callback-oidc").ToString();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _provider.DisposeAsync();
    }

    [Fact]
    public async Task A_caseworker_signs_in_with_the_municipalitys_account_by_keyboard_and_lands_on_the_worklist_of_their_team()
    {
        _provider.SignedIn = new ProviderUser("sub-ui-1", "p.devries", "Pieter de Vries",
            new Dictionary<string, string[]> { ["groepen"] = ["WS-Consulent"], ["afdeling"] = ["Afdeling Noord"] });
        var context = await fixture.Browser.NewContextAsync(new()
        {
            BaseURL = _host.BaseAddress.ToString(), Locale = "nl-NL", TimezoneId = "Europe/Amsterdam", ViewportSize = new() { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        Assertions.SetDefaultExpectTimeout(15_000);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/inloggen");
        var button = page.GetByRole(AriaRole.Link, new() { Name = "Inloggen met Voorbeeldstad-account" });
        await Expect(button).ToBeVisibleAsync();
        await page.AssertAccessibleAsync("the sign-in page with the provider's button");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "rw-screenshots", "inloggen-oidc.png"), FullPage = true });
        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" })).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/werkvoorraad$"));
        await Expect(page.GetByText("Ingelogd als Pieter de Vries")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("werkvoorraad");

        // Signing out ends the session at the provider too, and the browser comes back to the sign-in page saying so.
        var ended = _provider.SessionsEnded;
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/inloggen\\?afgemeld=1$"));
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "U bent afgemeld" })).ToHaveTextAsync("U bent afgemeld, ook bij uw organisatie.");
        Assert.Equal(ended + 1, _provider.SessionsEnded);
        await page.AssertAccessibleAsync("the sign-in page after signing out at the provider");
        await context.CloseAsync();
    }

    [Fact]
    public async Task Someone_without_a_role_at_the_provider_comes_back_to_the_sign_in_page_with_the_reason_in_Dutch()
    {
        _provider.SignedIn = new ProviderUser("sub-ui-2", "g.geenrol", "Gerda Geenrol",
            new Dictionary<string, string[]> { ["groepen"] = ["Medewerkers"] });
        var context = await fixture.Browser.NewContextAsync(new() { BaseURL = _host.BaseAddress.ToString(), Locale = "nl-NL" });
        context.SetDefaultTimeout(15_000);
        Assertions.SetDefaultExpectTimeout(15_000);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/inloggen");
        await page.GetByRole(AriaRole.Link, new() { Name = "Inloggen met Voorbeeldstad-account" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("u hebt geen rol in RelatieWerkstroom");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/inloggen\\?fout=oidc-geen-rol$"));
        await page.AssertAccessibleAsync("the sign-in page after a refused sign-in");
        await context.CloseAsync();
    }
}
