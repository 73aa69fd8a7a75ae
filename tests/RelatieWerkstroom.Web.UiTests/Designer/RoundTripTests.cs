using System.Text.Json.Nodes;
using RelatieWerkstroom.Web.UiTests.Infrastructure;

namespace RelatieWerkstroom.Web.UiTests.Designer;

/// <summary>Opening and saving a reference workflow in the designer changes nothing in its Elsa 3 JSON.</summary>
[Collection(UiCollection.Name)]
public sealed class RoundTripTests(UiFixture fixture)
{
    [Theory]
    [MemberData(nameof(ReferenceWorkflowFiles.All), MemberType = typeof(ReferenceWorkflowFiles))]
    public async Task Opening_and_saving_a_reference_workflow_gives_back_the_same_json(string file)
    {
        var original = ReferenceWorkflowFiles.Read(file);
        var definitionId = original["definitionId"]!.GetValue<string>();
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DemoUsers.Designer);
        var designer = new DesignerPage(page);
        await designer.OpenAsync(definitionId);

        await designer.SaveDraftAsync();
        var saved = await designer.DownloadExportAsync();

        var expected = ReferenceWorkflowFiles.WithoutVersionBookkeeping(original);
        var actual = ReferenceWorkflowFiles.WithoutVersionBookkeeping(saved);
        Assert.True(JsonNode.DeepEquals(expected, actual),
            $"{file} changed on a round trip through the designer:\n{FirstDifference(expected, actual, "")}");
        Assert.Equal(false, saved["isPublished"]?.GetValue<bool>());
        await page.Context.CloseAsync();
    }

    private static string FirstDifference(JsonNode? a, JsonNode? b, string path)
    {
        if (JsonNode.DeepEquals(a, b)) return "";
        if (a is JsonObject oa && b is JsonObject ob)
        {
            foreach (var key in oa.Select(p => p.Key).Union(ob.Select(p => p.Key)))
            {
                var d = FirstDifference(oa[key], ob[key], $"{path}.{key}");
                if (d.Length > 0) return d;
            }
        }
        if (a is JsonArray aa && b is JsonArray ab && aa.Count == ab.Count)
        {
            for (var i = 0; i < aa.Count; i++)
            {
                var d = FirstDifference(aa[i], ab[i], $"{path}[{i}]");
                if (d.Length > 0) return d;
            }
        }
        return $"{path}: expected {a?.ToJsonString() ?? "absent"}, got {b?.ToJsonString() ?? "absent"}";
    }
}
