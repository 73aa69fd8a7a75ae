using RelatieWerkstroom.Web.Tests.Support;

namespace RelatieWerkstroom.Web.Tests.Definitions;

/// <summary>The designer's workflow list and version list say when each version was last changed.</summary>
public abstract class DefinitionListTests(DatabaseHost fixture)
{
    private readonly TestHost _host = fixture.Host;

    [Fact]
    public async Task The_workflow_list_and_the_versions_say_when_a_version_was_last_changed()
    {
        using var designer = await _host.SignInAsync("ontwerper");

        var list = (await designer.GetJsonAsync("/api/definitions")).AsArray();
        var versions = (await designer.GetJsonAsync($"/api/definitions/{Cases.WmoWorkflow}/versions")).AsArray();

        var rw1 = list.Single(d => d!["definitionId"]!.GetValue<string>() == Cases.WmoWorkflow)!;
        var listed = rw1["changedAt"]!.GetValue<DateTimeOffset>();
        Assert.InRange(listed, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.All(versions, v => Assert.NotNull(v!["changedAt"]));
        Assert.Equal(listed, versions.Single(v => v!["isLatest"]!.GetValue<bool>())!["changedAt"]!.GetValue<DateTimeOffset>());
    }
}

public sealed class DefinitionListSqliteTests(SqliteHost fixture) : DefinitionListTests(fixture), IClassFixture<SqliteHost>;

[Trait("Category", "PostgreSql")]
public sealed class DefinitionListPostgreSqlTests(PostgreSqlHost fixture) : DefinitionListTests(fixture), IClassFixture<PostgreSqlHost>;
