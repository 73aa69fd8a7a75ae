using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Casework.Validation;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Casework.Worklist;

/// <summary>What completing a task and deciding a discretion point share: team and kind checks, then a resume as the user.</summary>
internal static class WorklistResume
{
    /// <summary>
    /// Resumes <paramref name="bookmarkId"/> with <paramref name="payload"/> plus the user and the role the user holds
    /// for it. The activity itself checks role and content; its refusal stores nothing.
    /// </summary>
    public static async Task<RunResult> ResumeAsync(WorkflowRuntime runtime, ICaseFileStore caseFiles, User user, string bookmarkId,
        string expectedKind, string wrongKindMessage, JsonObject payload, string operationId, CancellationToken cancellationToken)
    {
        string? role = null;
        // A repeated operation finds the bookmark gone; the runtime then replays the first result.
        if (await runtime.Instances.FindBookmarkAsync(bookmarkId, cancellationToken) is not null)
        {
            var open = await OpenTask.FindAsync(runtime.Instances, caseFiles, user, bookmarkId, cancellationToken);
            if (open.Kind != expectedKind) throw new CaseworkRefusedException(RefusalKind.Conflict, wrongKindMessage);
            // Without an allowed role the user's own role goes along, and the activity refuses it with the reason.
            role = open.RoleOf(user) ?? user.Roles.FirstOrDefault();
        }
        payload["user"] = user.Id;
        payload["role"] = role;
        return await runtime.ResumeAsync(new ResumeRequest(bookmarkId, payload, operationId, user.Id), cancellationToken);
    }
}
