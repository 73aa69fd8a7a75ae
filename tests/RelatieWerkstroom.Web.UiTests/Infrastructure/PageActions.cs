using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace RelatieWerkstroom.Web.UiTests.Infrastructure;

/// <summary>What a person does on every journey: sign in, and what the tests check on every page they reach.</summary>
public static class PageActions
{
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>Signs in through the sign-in form with the mouse, as a person would, and waits for the first screen.</summary>
    public static async Task SignInAsync(this IPage page, string userName)
    {
        await page.GotoAsync("/inloggen");
        await page.GetByLabel("Gebruikersnaam").FillAsync(userName);
        await page.GetByLabel("Wachtwoord").FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).WaitForAsync();
    }

    /// <summary>Runs axe-core with the WCAG 2.1 A and AA rules and fails with every violation listed.</summary>
    public static async Task AssertAccessibleAsync(this IPage page, string what)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags } });
        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(" | ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target?.ToString() ?? "")))}");
        Assert.True(result.Violations.Length == 0, $"axe-core found WCAG 2.1 A/AA violations on {what}:\n{string.Join("\n", violations)}");
    }

    /// <summary>Saves a full-page screenshot into docs/screenshots for the README.</summary>
    public static async Task SaveScreenshotAsync(this IPage page, string name)
    {
        var folder = Path.Combine(RepositoryRoot(), "docs", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    /// <summary>
    /// Saves what fits in the window into docs/screenshots (small enough for the README), and the whole page into the
    /// temporary folder (rw-screenshots) to look at.
    /// </summary>
    public static async Task SaveWindowScreenshotAsync(this IPage page, string name)
    {
        var folder = Path.Combine(RepositoryRoot(), "docs", "screenshots");
        Directory.CreateDirectory(folder);
        // The top of the page, without the focus ring of whatever was clicked last.
        await page.EvaluateAsync("() => { document.activeElement?.blur(); window.scrollTo(0, 0); }");
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png") });
        var review = Path.Combine(Path.GetTempPath(), "rw-screenshots");
        Directory.CreateDirectory(review);
        await page.ScreenshotAsync(new() { Path = Path.Combine(review, name + "-full.png"), FullPage = true });
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RelatieWerkstroom.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("RelatieWerkstroom.sln not found above " + AppContext.BaseDirectory);
    }
}
