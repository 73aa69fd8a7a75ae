namespace RelatieWerkstroom.Web.Security;

/// <summary>Who may call one endpoint: anyone, or the signed-in users holding one of <see cref="Roles"/>.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Route">The route pattern as mapped, e.g. <c>/api/tasks/{id}/claim</c>.</param>
/// <param name="Roles">Roles that may call it; empty with <paramref name="Anonymous"/>.</param>
/// <param name="Anonymous">Callable without signing in.</param>
public sealed record EndpointAccess(string Method, string Route, IReadOnlyList<string> Roles, bool Anonymous = false)
{
    /// <summary>Whether a user holding <paramref name="role"/> may call it (null: not signed in).</summary>
    public bool Allows(string? role) => Anonymous || (role is not null && Roles.Contains(role));

    /// <inheritdoc />
    public override string ToString() => $"{Method} {Route}";
}
