using System.Text.Json.Nodes;

namespace RelatieWerkstroom.Reports.Tests.Support;

/// <summary>Friction annotation JSON for test journals.</summary>
public static class Friction
{
    public static string Of(string origin, string actor, double minutes, double citizenMinutes = 0, decimal outOfPocket = 0,
        string basis = "Wmo 2015 art. 2.3.2 lid 1", string purpose = "Zorgvuldig onderzoek", string? alternative = null, decimal businessOutOfPocket = 0)
    {
        var json = new JsonObject
        {
            ["origin"] = origin, ["basis"] = basis, ["actor"] = actor, ["minutes"] = minutes,
            ["citizenMinutes"] = citizenMinutes, ["outOfPocket"] = outOfPocket, ["purpose"] = purpose,
        };
        if (alternative is not null) json["alternative"] = alternative;
        if (businessOutOfPocket != 0) json["businessOutOfPocket"] = businessOutOfPocket;
        return json.ToJsonString();
    }
}
