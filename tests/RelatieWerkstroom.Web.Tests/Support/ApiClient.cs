using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RelatieWerkstroom.Web.Tests.Support;

/// <summary>An HTTP client of the API as the SPA uses it: cookies, antiforgery token fetched before the first change.</summary>
public sealed class ApiClient(HttpClient http) : IDisposable
{
    /// <summary>The password of every demo user.</summary>
    public const string DemoPassword = "Demo-Werkstroom-2026!";

    private bool _hasToken;

    /// <summary>The underlying client.</summary>
    public HttpClient Http { get; } = http;

    /// <summary>Signs in; fails the test when that does not work.</summary>
    public async Task SignInAsync(string userName, string password = DemoPassword)
    {
        var response = await PostAsync("/api/auth/login", new { userName, password });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"sign-in of {userName}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>GET.</summary>
    public async Task<HttpResponseMessage> GetAsync(string path)
    {
        var response = await Http.GetAsync(path);
        _hasToken = true;
        return response;
    }

    /// <summary>POST with a JSON body (after fetching an antiforgery token once).</summary>
    public Task<HttpResponseMessage> PostAsync(string path, object? body = null, IDictionary<string, string>? headers = null) =>
        SendAsync(HttpMethod.Post, path, body is null ? null : JsonContent.Create(body), headers);

    /// <summary>PUT with a JSON body.</summary>
    public Task<HttpResponseMessage> PutAsync(string path, object? body, IDictionary<string, string>? headers = null) =>
        SendAsync(HttpMethod.Put, path, body is null ? null : JsonContent.Create(body), headers);

    /// <summary>Any request; the antiforgery cookie is fetched first when the client has none yet.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content, IDictionary<string, string>? headers = null)
    {
        if (!_hasToken) await GetAsync("/api/me");
        using var request = new HttpRequestMessage(method, path) { Content = content };
        foreach (var (name, value) in headers ?? new Dictionary<string, string>()) request.Headers.TryAddWithoutValidation(name, value);
        return await Http.SendAsync(request);
    }

    /// <summary>GET, expecting 200 and JSON.</summary>
    public async Task<JsonNode> GetJsonAsync(string path) => await JsonOf(await GetAsync(path), HttpStatusCode.OK, path);

    /// <summary>POST, expecting 200 and JSON.</summary>
    public async Task<JsonNode> PostJsonAsync(string path, object? body = null) => await JsonOf(await PostAsync(path, body), HttpStatusCode.OK, path);

    /// <summary>Reads the JSON body after checking the status.</summary>
    public static async Task<JsonNode> JsonOf(HttpResponseMessage response, HttpStatusCode expected, string what)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{what}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>Reads a problem document, checking status and content type.</summary>
    public static async Task<JsonObject> ProblemOf(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!.AsObject();
        Assert.Equal((int)expected, problem["status"]!.GetValue<int>());
        return problem;
    }

    /// <summary>JSON options matching the API's.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <inheritdoc />
    public void Dispose() => Http.Dispose();
}
