using System.Net;
using RelatieWerkstroom.Web.Tests.Support;

namespace RelatieWerkstroom.Web.Tests.Hosting;

public sealed class FrontEndTests : IAsyncLifetime
{
    private readonly TestHost _host = TestHost.Sqlite(new Dictionary<string, string?> { ["Werkstroom:WebRoot"] = Path.Combine(Path.GetTempPath(), "werkstroom-empty-webroot") });

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

public sealed class BuiltFrontEndTests : IAsyncLifetime
{
    private readonly string _webRoot = Path.Combine(Path.GetTempPath(), "werkstroom-webroot-" + Guid.NewGuid().ToString("N"));
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_webRoot, "assets"));
        await File.WriteAllTextAsync(Path.Combine(_webRoot, "index.html"), "<!doctype html><title>Werkstroom</title><div id=\"root\"></div>");
        await File.WriteAllTextAsync(Path.Combine(_webRoot, "assets", "app.js"), "console.log('app');");
        _host = TestHost.Sqlite(new Dictionary<string, string?> { ["Werkstroom:WebRoot"] = _webRoot });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_webRoot, recursive: true);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/werkvoorraad")]
    [InlineData("/taken/abc")]
    public async Task Every_screen_address_gets_the_built_index_page(string path)
    {
        using var client = _host.NewClient();

        var page = await (await client.GetAsync(path)).Content.ReadAsStringAsync();

        Assert.Contains("<div id=\"root\">", page);
    }

    [Fact]
    public async Task The_built_scripts_are_served_as_files()
    {
        using var client = _host.NewClient();

        var response = await client.GetAsync("/assets/app.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("console.log", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Built_scripts_go_compressed_and_are_cached_for_a_year_while_the_page_is_asked_for_each_time()
    {
        using var client = _host.NewClient();

        var script = await client.SendAsync(HttpMethod.Get, "/assets/app.js", null, new Dictionary<string, string> { ["Accept-Encoding"] = "gzip" });
        var page = await client.GetAsync("/werkvoorraad");
        var index = await client.GetAsync("/index.html");

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal(["gzip"], script.Content.Headers.ContentEncoding);
        await using (var unzipped = new System.IO.Compression.GZipStream(await script.Content.ReadAsStreamAsync(), System.IO.Compression.CompressionMode.Decompress))
            Assert.Equal("console.log('app');", await new StreamReader(unzipped).ReadToEndAsync());
        Assert.True(script.Headers.CacheControl is { Public: true, MaxAge.TotalDays: >= 365 }, $"script: {script.Headers.CacheControl}");
        Assert.Contains("immutable", script.Headers.CacheControl!.Extensions.Select(e => e.Name));
        Assert.True(page.Headers.CacheControl?.NoCache, $"page: {page.Headers.CacheControl}");
        Assert.True(index.Headers.CacheControl?.NoCache, $"index.html: {index.Headers.CacheControl}");
    }

    [Fact]
    public async Task Answers_of_the_API_are_never_compressed()
    {
        using var client = _host.NewClient();

        var answer = await client.SendAsync(HttpMethod.Get, "/api/auth/methods", null, new Dictionary<string, string> { ["Accept-Encoding"] = "gzip, br" });

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Empty(answer.Content.Headers.ContentEncoding);
    }
}
