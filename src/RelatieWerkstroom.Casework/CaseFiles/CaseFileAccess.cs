using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Casework.Validation;

namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>
/// Who may see and change a case file: members of the team that owns it, and jurists for every bezwaar case (a case
/// of zaaktype <c>bezwaar</c>, or one in which a bezwaarschrift was registered), whichever team owns it.
/// </summary>
public static class CaseFileAccess
{
    /// <summary>The zaaktype of a bezwaar handled as a case of its own.</summary>
    public const string BezwaarZaaktype = "bezwaar";

    /// <summary>A team as it is compared and counted: without surrounding spaces, in lower case (team ids compare case-insensitively).</summary>
    public static string TeamKey(string team) => team.Trim().ToLowerInvariant();

    /// <summary>Whether the user may see the case file.</summary>
    public static bool CanSee(User user, CaseFile caseFile) =>
        user.IsInTeam(caseFile.Team) || (user.HasRole(Roles.Jurist) && IsBezwaarCase(caseFile));

    /// <summary>
    /// The case files <paramref name="user"/> may see as a store query (the same rule as <see cref="CanSee"/>): the own
    /// team's, and for a jurist also every team's bezwaar cases. Null when the user may see none (no team, no jurist).
    /// </summary>
    public static CaseFileQuery? VisibleTo(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var team = string.IsNullOrWhiteSpace(user.Team) ? null : user.Team;
        var jurist = user.HasRole(Roles.Jurist);
        if (team is null && !jurist) return null;
        return new CaseFileQuery(Team: team, OrBezwaar: jurist);
    }

    /// <summary>Whether a bezwaar runs or ran in the case: its zaaktype is bezwaar, or a bezwaarschrift was registered with it.</summary>
    public static bool IsBezwaarCase(CaseFile caseFile) =>
        string.Equals(caseFile.Zaaktype, BezwaarZaaktype, StringComparison.OrdinalIgnoreCase)
        || caseFile.Events.Any(e => e.Kind == CaseEventKinds.MeldingRegistered
            && e.Details?["soort"] is System.Text.Json.Nodes.JsonValue soort && soort.TryGetValue<string>(out var text)
            && text.Contains("bezwaar", StringComparison.OrdinalIgnoreCase));

    /// <summary>Throws a <see cref="CaseworkRefusedException"/> (Forbidden) when the user may not see the case file.</summary>
    public static void EnsureVisible(User user, CaseFile caseFile)
    {
        if (!CanSee(user, caseFile))
            throw new CaseworkRefusedException(RefusalKind.Forbidden,
                $"Zaak '{caseFile.Id}' hoort bij team '{caseFile.Team}'; u werkt in team '{user.Team}' (case file belongs to another team)");
    }

    /// <summary>Throws a <see cref="CaseworkRefusedException"/> (Conflict) when the case file is closed.</summary>
    public static void EnsureOpen(CaseFile caseFile)
    {
        if (caseFile.Status != CaseFileStatus.Open)
            throw new CaseworkRefusedException(RefusalKind.Conflict, $"Zaak '{caseFile.Id}' is gesloten (case file is closed)");
    }

    /// <summary>Loads a case file the user may see, or throws NotFound / Forbidden.</summary>
    public static async Task<CaseFile> FindVisibleAsync(this ICaseFileStore store, User user, string caseFileId, CancellationToken cancellationToken = default)
    {
        var file = await store.FindAsync(caseFileId, cancellationToken) ?? throw NotFound(caseFileId);
        EnsureVisible(user, file);
        return file;
    }

    /// <summary>Changes a case file the user may see; the access check runs again on the version being changed.</summary>
    public static async Task<CaseFile> UpdateVisibleAsync(this ICaseFileStore store, User user, string caseFileId, Action<CaseFile> change,
        CancellationToken cancellationToken = default)
    {
        await store.FindVisibleAsync(user, caseFileId, cancellationToken);
        return await store.UpdateAsync(caseFileId, file =>
        {
            EnsureVisible(user, file);
            change(file);
        }, cancellationToken);
    }

    /// <summary>The refusal for an unknown case file.</summary>
    public static CaseworkRefusedException NotFound(string caseFileId) =>
        new(RefusalKind.NotFound, $"Zaak '{caseFileId}' bestaat niet (case file not found)");
}
