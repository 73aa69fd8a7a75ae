using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Tests.Support;

namespace RelatieWerkstroom.Engine.Tests.Expressions;

/// <summary>The <c>variables</c> object behaves like a plain JavaScript object over the workflow's variables.</summary>
public sealed class JavaScriptVariablesTests
{
    public static TheoryData<string, string> Scripts => new()
    {
        { "Object.keys(variables).sort().join(',')", "A,B" },
        { "'A' in variables", "true" },
        { "variables.Missing === null || variables.Missing === undefined", "true" },
        { "variables.A++; variables.A += 2; getA()", "4" },
        { "getB().toUpperCase()", "WMO" },
        { "JSON.stringify(variables)", "{\"A\":1,\"B\":\"wmo\"}" },
    };

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Variables_Script_BehavesLikeAnObject(string script, string expected)
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder().Variable("A", "Int32", "1").Variable("B", "String", "wmo").WriteLineJs("w", script).Build();

        var result = await t.StartAsync(flow);

        Assert.True(result.Status == WorkflowStatus.Finished, result.Incident?.Message);
        Assert.Equal([expected], t.Lines);
    }
}
