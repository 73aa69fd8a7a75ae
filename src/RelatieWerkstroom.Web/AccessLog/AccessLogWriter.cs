using RelatieWerkstroom.Web.Identity;
using RelatieWerkstroom.Web.Security;

namespace RelatieWerkstroom.Web.AccessLog;

/// <summary>
/// Writes who opened which case file, when and why (NEN 7513 style) before the personal data leave the host: a
/// response is only sent after its entry is stored.
/// </summary>
public sealed class AccessLogWriter(WebDbContext db, TimeProvider time)
{
    /// <summary>The purpose when the request names none.</summary>
    public const string DefaultPurpose = "behandeling";

    /// <summary>The longest purpose accepted.</summary>
    public const int MaxPurposeLength = 200;

    /// <summary>Records that the signed-in user opened <paramref name="caseFileId"/> through the current request, for <paramref name="purpose"/>.</summary>
    public async Task WriteAsync(HttpContext context, string caseFileId, string? purpose, CancellationToken cancellationToken)
    {
        var request = $"{context.Request.Method} {context.Request.Path}";
        db.AccessLog.Add(new AccessLogEntry
        {
            AtUtc = time.GetUtcNow().UtcDateTime,
            UserName = context.User.UserName(),
            Roles = string.Join(",", context.User.WebRolesOf()),
            CaseFileId = caseFileId,
            Purpose = Purpose(purpose),
            Request = request.Length > 300 ? request[..300] : request,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The purpose as stored: trimmed, or the default.</summary>
    public static string Purpose(string? purpose) => purpose?.Trim() is { Length: > 0 } p ? p : DefaultPurpose;
}
