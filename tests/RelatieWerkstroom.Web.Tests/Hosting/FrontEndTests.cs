using System.Net;
using RelatieWerkstroom.Web.Tests.Support;

namespace RelatieWerkstroom.Web.Tests.Hosting;

public sealed class FrontEndTests : IAsyncLifetime
{
    private readonly TestHost _host = TestHost.Sqlite(new Dictionary<string, string?> { ["webroot"] = Path.Combine(Path.GetTempPath(), "werkstroom-empty-webroot") });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("/")]
    [InlineData("/zaken/z-12345678")]
    public async Task Without_built_screens_every_page_says_they_are_coming_and_links_the_API_UI(string path)
    {
        using var client = _host.NewClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("schermen", page);
        Assert.Contains("href=\"/scalar\"", page);
        Assert.DoesNotContain("<script", page);
    }

    [Fact]
    public async Task An_unknown_API_path_is_a_404_problem_not_the_page()
    {
        using var client = _host.NewClient();

        var problem = await ApiClient.ProblemOf(await client.GetAsync("/api/bestaat-niet"), HttpStatusCode.NotFound);

        Assert.Contains("/api/bestaat-niet", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_API_UI_is_served()
    {
        using var client = _host.NewClient();

        var response = await client.GetAsync("/scalar/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("openapi/v1.json", await response.Content.ReadAsStringAsync());
    }
}
