using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.LegalTime;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Benchmarks.W4;

/// <summary>
/// The waiting work of W4: instances of one casework workflow, each waiting on one open human task of its case file,
/// spread over 50 teams and two roles, with beslistermijnen started over the past ten weeks (so deadlines spread out)
/// and a due date on every third task.
/// </summary>
public static class W4Caseload
{
    public const int Teams = 50;
    public const string DefinitionId = "w4-wmo";
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    public static string Team(int i) => $"team-{i % Teams:00}";

    public static string Role(int i) => i % 4 == 3 ? "teamleider" : "consulent";

    public static WorkflowDefinition Definition() => WorkflowDefinitionReader.Parse($$"""
        {
          "id": "{{DefinitionId}}:v1", "definitionId": "{{DefinitionId}}", "name": "W4 Wmo-aanvraag", "version": 1,
          "isLatest": true, "isPublished": true,
          "root": {
            "type": "Elsa.Flowchart", "id": "flow",
            "activities": [
              { "id": "gesprek", "type": "RelatieWerkstroom.HumanTask",
                "title": { "typeName": "String", "expression": { "type": "Literal", "value": "Keukentafelgesprek" } },
                "role": { "typeName": "String", "expression": { "type": "Literal", "value": "consulent" } } }
            ],
            "connections": []
          }
        }
        """);

    /// <summary>The i-th waiting instance; <paramref name="role"/> overrides the role (every fourth the teamleider's).</summary>
    public static WorkflowInstance Instance(int i, string definitionVersionId, string? role = null)
    {
        var openedAt = Now.AddMinutes(-(i % 100_000));
        role ??= Role(i);
        var payload = new JsonObject { ["title"] = "Keukentafelgesprek", ["role"] = role };
        if (i % 3 == 0) payload["dueDate"] = DateOnly.FromDateTime(Now.Date).AddDays(i % 40 - 10).ToString("yyyy-MM-dd");
        return new WorkflowInstance
        {
            Id = $"i-{i:x8}",
            DefinitionId = DefinitionId,
            DefinitionVersionId = definitionVersionId,
            DefinitionVersion = 1,
            Version = 2,
            Status = WorkflowStatus.Suspended,
            CorrelationId = CaseId(i),
            CreatedAt = openedAt,
            UpdatedAt = openedAt,
            Bookmarks =
            [
                new Bookmark
                {
                    Id = $"b-{i:x8}", ActivityId = "gesprek", ActivityType = "RelatieWerkstroom.HumanTask", Kind = "HumanTask",
                    Name = role, CreatedAt = openedAt, Payload = payload,
                },
            ],
        };
    }

    /// <summary>The i-th case file; <paramref name="team"/> overrides the team (one of <see cref="Teams"/>).</summary>
    public static CaseFile CaseFile(int i, string? team = null)
    {
        var openedAt = Now.AddMinutes(-(i % 100_000));
        var file = new CaseFile
        {
            Id = CaseId(i),
            Zaaktype = DefinitionId,
            Title = "Huishoudelijke hulp",
            Team = team ?? Team(i),
            Status = CaseFileStatus.Open,
            OpenedAt = openedAt,
            OpenedBy = "u-intake",
            Version = 1,
            InstanceIds = [$"i-{i:x8}"],
        };
        var start = DateOnly.FromDateTime(Now.Date).AddDays(-(i % 70));
        file.PutClock(CaseClock.Begin("beslistermijn", "Wmo 2015 art. 2.3.5 lid 1", LegalTerm.Parse("8 weeks"), start, 5, $"i-{i:x8}", "gesprek",
            "u-intake", openedAt, $"c-{i:x8}"));
        return file;
    }

    public static string CaseId(int i) => $"z-{i:x8}";
}
