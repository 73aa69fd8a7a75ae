using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Casework.Activities;

/// <summary>Shared rules for who may act on a waiting task or discretion point.</summary>
internal static class TaskAccess
{
    /// <summary>Who holds the task: the claim on the case file (a release frees it), else the pre-set assignee.</summary>
    public static string? Holder(CaseFile? caseFile, string bookmarkId, string? assignee)
    {
        var claim = caseFile?.ClaimOf(bookmarkId);
        return claim is not null ? claim.ClaimedBy : assignee;
    }

    /// <summary>A problem when someone other than the holder tries to act, else null.</summary>
    public static string? HolderProblem(CaseFile? caseFile, string bookmarkId, string? assignee, string user)
    {
        var holder = Holder(caseFile, bookmarkId, assignee);
        return holder is not null && !string.Equals(holder, user, StringComparison.Ordinal)
            ? $"Deze taak is in behandeling bij '{holder}'; alleen die gebruiker kan haar afronden (task is being handled by '{holder}'; only they can complete it)"
            : null;
    }

    /// <summary>The text of a payload property, trimmed, or null.</summary>
    public static string? Text(JsonObject? payload, string name) => payload is null ? null : StructuredInput.Text(payload, name);

    /// <summary>Throws one <see cref="ResumeRejectedException"/> listing every problem.</summary>
    public static void RejectIfAny(List<string> problems)
    {
        if (problems.Count > 0) throw new ResumeRejectedException(string.Join("; ", problems));
    }
}
