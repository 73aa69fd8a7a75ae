namespace RelatieWerkstroom.Web.AccessLog;

/// <summary>
/// One opening of a case file with personal data (NEN 7513 style): who, in which role, when, which case, why and
/// through which endpoint. Rows are only ever added; <see cref="Identity.WebDbContext"/> refuses changes and deletions.
/// </summary>
public sealed class AccessLogEntry
{
    /// <summary>Sequence number (increasing).</summary>
    public long Id { get; set; }

    /// <summary>When (UTC).</summary>
    public DateTime AtUtc { get; set; }

    /// <summary>The user name of who opened it.</summary>
    public string UserName { get; set; } = "";

    /// <summary>The roles the user held.</summary>
    public string Roles { get; set; } = "";

    /// <summary>The case file.</summary>
    public string CaseFileId { get; set; } = "";

    /// <summary>Why the person opened it, as they said (default <see cref="AccessLogWriter.DefaultPurpose"/>); what they opened is in <see cref="Request"/>.</summary>
    public string Purpose { get; set; } = "";

    /// <summary>The request, e.g. <c>GET /api/cases/z-12345678</c>.</summary>
    public string Request { get; set; } = "";
}
