using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Definitions;

namespace RelatieWerkstroom.Benchmarks.W1;

/// <summary>
/// The W1 flow in Elsa 3 JSON, ten activities: start → CheckCompleteness → gesprek (HumanTask) → Delay 1 s → onderzoek
/// (HumanTask) → CheckCompleteness → besluit (HumanTask) → Delay 1 s → WriteLine → end.
/// </summary>
public static class W1Definition
{
    public const string DefinitionId = "w1-casework";
    public const string Zaaktype = "w1-aanvraag";
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

    public static WorkflowDefinition Build()
    {
        var activities = new JsonArray
        {
            Activity("start", "Elsa.Start"),
            Check("volledig1"),
            Task("gesprek", "Keukentafelgesprek voeren"),
            Wait("wacht1"),
            Task("onderzoek", "Onderzoek afronden"),
            Check("volledig2"),
            Task("besluit", "Besluit nemen"),
            Wait("wacht2"),
            WithInput(Activity("melding", "Elsa.WriteLine"), "text", "String", "Literal", "W1 klaar"),
            Activity("end", "Elsa.End"),
        };
        var connections = new JsonArray
        {
            Connection("start", "Done", "volledig1"),
            Connection("volledig1", "Compleet", "gesprek"),
            Connection("gesprek", "Gereed", "wacht1"),
            Connection("wacht1", "Done", "onderzoek"),
            Connection("onderzoek", "Gereed", "volledig2"),
            Connection("volledig2", "Compleet", "besluit"),
            Connection("besluit", "Gereed", "wacht2"),
            Connection("wacht2", "Done", "melding"),
            Connection("melding", "Done", "end"),
        };
        return WorkflowDefinitionReader.Read(new JsonObject
        {
            ["id"] = DefinitionId + ":v1",
            ["definitionId"] = DefinitionId,
            ["name"] = "W1: aanvraag met drie taken en twee wachttijden",
            ["version"] = 1,
            ["isLatest"] = true,
            ["isPublished"] = true,
            ["customProperties"] = new JsonObject { ["zaaktype"] = Zaaktype },
            ["root"] = new JsonObject { ["type"] = "Elsa.Flowchart", ["id"] = "flowchart", ["activities"] = activities, ["connections"] = connections },
        });
    }

    private static JsonObject Check(string id)
    {
        var step = Activity(id, "RelatieWerkstroom.ServiceStep");
        WithInput(step, "request", "String", "Literal", "CheckCompleteness");
        WithInput(step, "inputs", "Object", "Object", "{\"requiredDocuments\": [\"aanvraagformulier\"], \"receivedDocuments\": [\"aanvraagformulier\"]}");
        WithInput(step, "outcomes", "String[]", "Object", "[\"Compleet\", \"Onvolledig\"]");
        return step;
    }

    private static JsonObject Task(string id, string title)
    {
        var task = Activity(id, "RelatieWerkstroom.HumanTask");
        WithInput(task, "title", "String", "Literal", title);
        WithInput(task, "role", "String", "Literal", "consulent");
        WithInput(task, "actions", "String[]", "Object", "[\"Gereed\"]");
        return task;
    }

    private static JsonObject Wait(string id) =>
        WithInput(Activity(id, "Elsa.Delay"), "timeSpan", "TimeSpan", "Literal", Delay.ToString("c"));

    private static JsonObject WithInput(JsonObject activity, string name, string typeName, string expressionType, string value)
    {
        activity[name] = InputValue.Wrap(typeName, expressionType, value);
        return activity;
    }

    private static JsonObject Activity(string id, string type) => new()
    {
        ["id"] = id,
        ["type"] = type,
        ["customProperties"] = new JsonObject
        {
            ["friction"] = new JsonObject
            {
                ["origin"] = "internal", ["basis"] = "benchmark", ["actor"] = "system", ["minutes"] = 0, ["citizenMinutes"] = 0,
                ["outOfPocket"] = 0, ["purpose"] = "measure the casework path",
            },
        },
    };

    private static JsonObject Connection(string source, string port, string target) => new()
    {
        ["source"] = new JsonObject { ["activity"] = source, ["port"] = port },
        ["target"] = new JsonObject { ["activity"] = target, ["port"] = "In" },
    };
}
