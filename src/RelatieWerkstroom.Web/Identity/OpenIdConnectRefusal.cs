namespace RelatieWerkstroom.Web.Identity;

/// <summary>Why a sign-in through the OpenID Connect provider was refused; the code goes to the sign-in page (<c>/inloggen?fout=CODE</c>).</summary>
public sealed class OpenIdConnectRefusal(string code, string reason) : Exception(reason)
{
    /// <summary>No role of RelatieWerkstroom among the provider's role values.</summary>
    public const string NoRole = "oidc-geen-rol";

    /// <summary>A local user already has the user name the provider gives.</summary>
    public const string NameTaken = "oidc-naam-bezet";

    /// <summary>The account is locked.</summary>
    public const string LockedOut = "oidc-geblokkeerd";

    /// <summary>Anything else (the provider refused, or its answer could not be checked).</summary>
    public const string Failed = "oidc-mislukt";

    /// <summary>The code for the sign-in page.</summary>
    public string Code { get; } = code;
}
