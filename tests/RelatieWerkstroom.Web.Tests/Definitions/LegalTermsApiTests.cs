using System.Net;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Web.Tests.Support;

namespace RelatieWerkstroom.Web.Tests.Definitions;

/// <summary>
/// The designer's term picker reads the named terms of the municipality settings the host runs with: each with its
/// length and what it rests on, as the settings file gives them; the terms are the designer's, not the caseworker's.
/// </summary>
public abstract class LegalTermsApiTests(DatabaseHost fixture)
{
    private readonly TestHost _host = fixture.Host;

    [Fact]
    public async Task A_designer_reads_every_named_term_with_its_length_origin_and_basis_from_the_settings_file()
    {
        var file = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "workflows", "settings", "voorbeeldstad.json")))!;
        var expected = file["terms"]!.AsObject();
        using var designer = await _host.SignInAsync("ontwerper");

        var answer = await designer.GetJsonAsync("/api/legal-terms");

        Assert.Equal((string?)file["municipality"]!["name"], (string?)answer["municipality"]);
        var terms = answer["terms"]!.AsArray();
        Assert.Equal(expected.Select(t => t.Key), terms.Select(t => (string)t!["name"]!));
        foreach (var term in terms)
        {
            var entry = expected[(string)term!["name"]!]!;
            Assert.Equal((string?)entry["term"], (string?)term["term"]);
            Assert.Equal((string?)entry["origin"], (string?)term["origin"]);
            Assert.Equal((string?)entry["basis"], (string?)term["basis"]);
        }
        var onderzoek = terms.Single(t => (string)t!["name"]! == "jeugd-onderzoekstermijn")!;
        Assert.Equal("6 weken", (string?)onderzoek["termNl"]);
        Assert.Equal(6, (int)onderzoek["amount"]!);
        Assert.Equal("weeks", (string?)onderzoek["unit"]);
    }

    [Fact]
    public async Task A_caseworker_is_refused_the_term_list()
    {
        using var caseworker = await _host.SignInAsync("consulent.noord");

        var response = await caseworker.GetAsync("/api/legal-terms");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

public sealed class LegalTermsApiSqliteTests(SqliteHost fixture) : LegalTermsApiTests(fixture), IClassFixture<SqliteHost>;

[Trait("Category", "PostgreSql")]
public sealed class LegalTermsApiPostgreSqlTests(PostgreSqlHost fixture) : LegalTermsApiTests(fixture), IClassFixture<PostgreSqlHost>;
