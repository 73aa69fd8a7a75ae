using System.Security.Claims;
using RelatieWerkstroom.Casework.Validation;
using RelatieWerkstroom.Web.Security;

namespace RelatieWerkstroom.Web.Apis;

/// <summary>
/// The <c>Idempotency-Key</c> header as the engine's operation id: the same key twice carries out the action once and
/// answers with the first result. Keys are scoped to the user and the task, so one person's key never replays another's.
/// </summary>
public static class IdempotencyKey
{
    /// <summary>The header name.</summary>
    public const string HeaderName = "Idempotency-Key";

    /// <summary>The longest key accepted.</summary>
    public const int MaxLength = 200;

    /// <summary>
    /// The operation id for an action on <paramref name="bookmarkId"/>; without a header, a fresh one. It always names
    /// the user, so a conflict can say whose action came first.
    /// </summary>
    public static string OperationId(HttpRequest request, ClaimsPrincipal user, string bookmarkId) =>
        $"web:{user.UserName()}:{bookmarkId}:{Key(request) ?? Guid.NewGuid().ToString("N")}";

    /// <summary>The key sent, checked; null when none was sent.</summary>
    public static string? Key(HttpRequest request)
    {
        var key = request.Headers[HeaderName].ToString();
        if (key.Length > MaxLength)
            throw new CommandValidationException([new(HeaderName, $"Idempotency-Key is langer dan {MaxLength} tekens (too long)")]);
        if (key.Any(char.IsControl))
            throw new CommandValidationException([new(HeaderName, "Idempotency-Key bevat stuurtekens (control characters are not allowed)")]);
        return key.Length == 0 ? null : key;
    }
}
