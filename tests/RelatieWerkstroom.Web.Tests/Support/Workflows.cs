using System.Globalization;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Definitions;

namespace RelatieWerkstroom.Web.Tests.Support;

/// <summary>Small workflows (Elsa 3 JSON) the host tests import and run, each under a new definition id.</summary>
public static class Workflows
{
    /// <summary>Elsa.Delay for <paramref name="delay"/>, then an Elsa.WriteLine.</summary>
    public static WorkflowDefinition DelayThenWrite(TimeSpan delay) => Flow("delay", [],
        [
            new JsonObject { ["id"] = "Delay1", ["type"] = "Elsa.Delay", ["timeSpan"] = InputValue.Wrap("TimeSpan", "Literal", delay.ToString("c", CultureInfo.InvariantCulture)) },
            new JsonObject { ["id"] = "WriteLine1", ["type"] = "Elsa.WriteLine", ["text"] = InputValue.Wrap("String", "Literal", "na de wachttijd") },
        ],
        [new JsonObject { ["source"] = "Delay1", ["target"] = "WriteLine1", ["sourcePort"] = "Done", ["targetPort"] = "In" }]);

    /// <summary>A script step that faults with <paramref name="message"/> on its first run and succeeds when retried.</summary>
    public static WorkflowDefinition FaultsOnce(string message) => Flow("fault-once",
        [new JsonObject { ["id"] = "Attempt", ["name"] = "Attempt", ["typeName"] = "Object", ["value"] = 0 }],
        [
            new JsonObject
            {
                ["id"] = "Script1", ["type"] = "Elsa.RunJavaScript", ["name"] = "Controleer gegevens",
                ["script"] = InputValue.Wrap("String", "Literal",
                    $"setAttempt((getAttempt() || 0) + 1); if (getAttempt() < 2) throw new Error('{message}'); 'ok';"),
            },
        ], []);

    private static WorkflowDefinition Flow(string prefix, JsonArray variables, JsonArray activities, JsonArray connections)
    {
        var definitionId = prefix + "-" + Guid.NewGuid().ToString("N")[..12];
        return WorkflowDefinitionReader.Read(new JsonObject
        {
            ["id"] = definitionId + "-v1",
            ["definitionId"] = definitionId,
            ["name"] = "Test " + prefix,
            ["version"] = 1,
            ["isPublished"] = true,
            ["variables"] = variables,
            ["root"] = new JsonObject { ["id"] = "Flowchart1", ["type"] = "Elsa.Flowchart", ["activities"] = activities, ["connections"] = connections },
        });
    }
}
