using static RelatieWerkstroom.Web.Security.WebRoles;

namespace RelatieWerkstroom.Web.Security;

/// <summary>
/// THE authorisation table: every API endpoint with the roles that may call it. The endpoints take their
/// authorisation from here (<see cref="ApiPolicyConvention"/>), an endpoint missing from it refuses to start, and the
/// tests call every endpoint as every role against this same table. Team scope (which case files and tasks) is
/// Casework's rule on top of it.
/// </summary>
public static class ApiPolicy
{
    private static readonly string[] CaseworkRoles = [Caseworker, Teamlead, Jurist];
    private static readonly string[] Everyone = [.. All];
    private static readonly string[] InstanceReaders = [Designer, Auditor, Administrator];

    /// <summary>Every endpoint under <c>/api</c>.</summary>
    public static readonly IReadOnlyList<EndpointAccess> Table =
    [
        new("POST", "/api/auth/login", [], Anonymous: true),
        new("POST", "/api/auth/logout", [], Anonymous: true),
        new("GET", "/api/auth/methods", [], Anonymous: true),
        new("GET", "/api/auth/oidc", [], Anonymous: true),
        new("GET", "/api/me", Everyone),

        new("GET", "/api/activity-descriptors", [Designer]),
        new("GET", "/api/step-catalogue", [Designer]),
        new("GET", "/api/legal-terms", [Designer]),
        new("GET", "/api/definitions", [Designer]),
        new("GET", "/api/definitions/{definitionId}", [Designer]),
        new("GET", "/api/definitions/{definitionId}/versions", [Designer]),
        new("GET", "/api/definitions/{definitionId}/versions/{version}", [Designer]),
        new("PUT", "/api/definitions/{definitionId}/draft", [Designer]),
        new("POST", "/api/definitions/validate", [Designer]),
        new("POST", "/api/definitions/{definitionId}/publish", [Designer]),
        new("POST", "/api/definitions/import", [Designer]),
        new("POST", "/api/definitions/{definitionId}/what-if", [Designer]),
        new("GET", "/api/definitions/{definitionId}/export", [Designer]),

        // Instances: designers (the instance view), auditors (pseudonymised: no payloads, case ids or people), administrators (incidents).
        new("GET", "/api/instances", InstanceReaders),
        new("GET", "/api/instances/{id}", InstanceReaders),
        new("GET", "/api/instances/{id}/journal", InstanceReaders),
        new("POST", "/api/instances/{id}/retry", [Administrator]),

        new("GET", "/api/worklist", CaseworkRoles),
        new("GET", "/api/worklist/assignees", [Teamlead]),
        new("GET", "/api/tasks/{id}", CaseworkRoles),
        new("POST", "/api/tasks/{id}/claim", CaseworkRoles),
        new("POST", "/api/tasks/{id}/release", CaseworkRoles),
        new("POST", "/api/tasks/{id}/assign", [Teamlead]),
        new("POST", "/api/tasks/{id}/complete", CaseworkRoles),
        new("POST", "/api/tasks/{id}/red-tape", CaseworkRoles),
        new("POST", "/api/discretion/{id}/decide", CaseworkRoles),

        // Case files: own team (Casework's scope; jurists also every bezwaar case). Auditors never see a case file.
        new("GET", "/api/cases", CaseworkRoles),
        new("GET", "/api/cases/kinds", [Caseworker, Teamlead]),
        new("POST", "/api/cases", [Caseworker, Teamlead]),
        new("GET", "/api/cases/{id}", CaseworkRoles),
        new("POST", "/api/cases/{id}/notes", CaseworkRoles),
        new("POST", "/api/cases/{id}/clocks/{clock}/suspend", CaseworkRoles),
        new("POST", "/api/cases/{id}/clocks/{clock}/resume", CaseworkRoles),
        new("POST", "/api/cases/{id}/clocks/{clock}/extend", CaseworkRoles),
        new("POST", "/api/cases/{id}/clocks/{clock}/ingebrekestelling", CaseworkRoles),
        new("GET", "/api/cases/{id}/documents/{docId}", CaseworkRoles),

        // The access log is read-only through the API.
        new("GET", "/api/access-log", [Administrator]),

        // Auditors: aggregates and pseudonymised journals only.
        new("GET", "/api/reports/choices", [Auditor]),
        new("GET", "/api/reports/friction", [Auditor]),
        new("GET", "/api/reports/exports/{format}", [Auditor]),
        new("GET", "/api/reports/process-map", [Auditor]),
        new("GET", "/api/reports/cases", [Auditor]),
        new("GET", "/api/reports/red-tape", [Auditor]),
    ];

    /// <summary>The row of an endpoint, or null when it is not in the table.</summary>
    public static EndpointAccess? Find(string method, string route) =>
        Table.FirstOrDefault(a => string.Equals(a.Method, method, StringComparison.OrdinalIgnoreCase)
            && string.Equals(a.Route, route, StringComparison.OrdinalIgnoreCase));
}
