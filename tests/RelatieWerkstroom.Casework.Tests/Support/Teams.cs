namespace RelatieWerkstroom.Casework.Tests.Support;

/// <summary>The teams of Voorbeeldstad that own the reference cases, with a member for every role their workflows ask for.</summary>
public static class Teams
{
    public static CaseTeam WijkteamNoord(ReferenceWorkflowHost host) =>
        new("wijkteam-noord", RolesOf(host, "rw1-wmo-maatwerkvoorziening", "rw2-jeugdwet-toegang", "rw5-bezwaar"));

    public static CaseTeam WerkEnInkomen(ReferenceWorkflowHost host) => new("werk-en-inkomen", RolesOf(host, "rw5-bijstand", "rw5-bezwaar"));

    public static CaseTeam Inkoop(ReferenceWorkflowHost host) =>
        new("inkoop-sociaal-domein", RolesOf(host, "rw3-meervoudig-onderhandse-aanbesteding", "rw4-toelatingsprocedure"));

    /// <summary>Every role a task or discretion point of the definitions names.</summary>
    public static IEnumerable<string> RolesOf(ReferenceWorkflowHost host, params string[] definitionIds)
    {
        foreach (var id in definitionIds)
            foreach (var node in host.Definitions[id].Activities)
            {
                if (node.Type == "RelatieWerkstroom.HumanTask" && node.Input("role")?.Text is { } role) yield return role;
                foreach (var list in (string[])["roles", "extraRoles"])
                    if (node.Input(list)?.Text is { } text && System.Text.Json.Nodes.JsonNode.Parse(text) is System.Text.Json.Nodes.JsonArray roles)
                        foreach (var r in roles) yield return (string)r!;
            }
    }
}
