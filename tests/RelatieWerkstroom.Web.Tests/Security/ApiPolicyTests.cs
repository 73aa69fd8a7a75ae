using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using RelatieWerkstroom.Web.Security;
using RelatieWerkstroom.Web.Tests.Support;

namespace RelatieWerkstroom.Web.Tests.Security;

/// <summary>Every endpoint of the policy table, called as every role and without signing in: the table is the test's data.</summary>
public abstract partial class ApiPolicyTests(DatabaseHost fixture)
{
    private static readonly Dictionary<string, string> UserOfRole = new()
    {
        [WebRoles.Designer] = "ontwerper",
        [WebRoles.Caseworker] = "consulent.noord",
        [WebRoles.Teamlead] = "teamleider.noord",
        [WebRoles.Jurist] = "jurist",
        [WebRoles.Auditor] = "auditor",
        [WebRoles.Administrator] = "beheerder",
    };

    [Fact]
    public async Task Each_role_reaches_exactly_the_endpoints_its_row_allows()
    {
        var clients = new Dictionary<string, ApiClient>();
        foreach (var (role, user) in UserOfRole) clients[role] = await fixture.Host.SignInAsync(user);
        using var anonymous = fixture.Host.NewClient();
        var wrong = new List<string>();
        try
        {
            // Sign-in and sign-out are open to everyone (and signing out would end the other calls' sessions).
            foreach (var row in ApiPolicy.Table.Where(r => !r.Anonymous))
            {
                var path = PathOf(row.Route);
                var status = await CallAsync(anonymous, row.Method, path);
                if (status.Code != HttpStatusCode.Unauthorized) wrong.Add($"{row} without sign-in: {(int)status.Code}");
                foreach (var role in WebRoles.All)
                {
                    var answer = await CallAsync(clients[role], row.Method, path);
                    var refusedByTable = answer.Code == HttpStatusCode.Forbidden && answer.Body.Contains("Dit vraagt een van de rollen");
                    if (row.Allows(role) == refusedByTable || answer.Code == HttpStatusCode.Unauthorized)
                        wrong.Add($"{row} as {role}: {(int)answer.Code} (table says {(row.Allows(role) ? "allowed" : "refused")})");
                }
            }
        }
        finally
        {
            foreach (var client in clients.Values) client.Dispose();
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    // Placeholder values for the route parameters: unknown ids, so an allowed call answers 400/404 and changes nothing.
    private static string PathOf(string route) => Parameter().Replace(route, m => m.Groups[1].Value switch
    {
        "format" => "csv",
        "version" => "1",
        _ => "bestaat-niet",
    });

    private static async Task<(HttpStatusCode Code, string Body)> CallAsync(ApiClient client, string method, string path)
    {
        var content = method is "GET" or "DELETE" ? null : JsonContent.Create(new { });
        var response = await client.SendAsync(new HttpMethod(method), path, content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Parameter();
}

public sealed class ApiPolicySqliteTests(SqliteHost fixture) : ApiPolicyTests(fixture), IClassFixture<SqliteHost>;

[Trait("Category", "PostgreSql")]
public sealed class ApiPolicyPostgreSqlTests(PostgreSqlHost fixture) : ApiPolicyTests(fixture), IClassFixture<PostgreSqlHost>;
