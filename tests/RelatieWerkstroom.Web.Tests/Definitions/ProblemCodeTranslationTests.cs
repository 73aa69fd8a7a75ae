using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RelatieWerkstroom.Engine.Validation;
using RelatieWerkstroom.Web.Tests.Support;

namespace RelatieWerkstroom.Web.Tests.Definitions;

/// <summary>
/// The designer says every server problem in Dutch and English from its code (ClientApp's serverProblems
/// translations): a code without a translation would show the server's English, a translation naming a value the code
/// does not carry would show an empty gap.
/// </summary>
public sealed partial class ProblemCodeTranslationTests
{
    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public void Every_problem_code_has_a_translation_that_uses_only_its_parameters(string language)
    {
        var file = Path.Combine(RepositoryPaths.Root, "src", "RelatieWerkstroom.Web", "ClientApp", "src", "i18n", "locales", language, "serverProblems.json");
        var translations = JsonNode.Parse(File.ReadAllText(file))!.AsObject();

        Assert.Equal(ProblemCodes.All.Select(c => c.Code).Order(StringComparer.Ordinal), translations.Select(t => t.Key).Order(StringComparer.Ordinal));
        foreach (var code in ProblemCodes.All)
        {
            var text = translations[code.Code]!.GetValue<string>();
            var used = Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct();
            Assert.All(used, name => Assert.True(code.Parameters.Contains(name), $"{language} {code.Code} uses {{{{{name}}}}}, which the code does not carry"));
        }
    }

    [GeneratedRegex(@"\{\{\s*([A-Za-z0-9]+)\s*\}\}")]
    private static partial Regex Placeholder();
}
