namespace RelatieWerkstroom.Persistence.Entities;

/// <summary>
/// One key of ASP.NET Core data protection (it signs and encrypts the sign-in cookie and the antiforgery token) as XML.
/// Kept in the application database so that every node of a cluster reads and writes the same key ring.
/// </summary>
public sealed class DataProtectionKeyRow
{
    public long Id { get; set; }

    /// <summary>The key's name as data protection gives it (e.g. <c>key-…</c>).</summary>
    public string? FriendlyName { get; set; }

    /// <summary>The key element as data protection wrote it.</summary>
    public required string Xml { get; set; }
}
