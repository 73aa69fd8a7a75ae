namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>A document on a case file, typically an artefact a service step generated (beschikking, onderzoeksverslag, toewijzing).</summary>
public sealed record CaseDocument
{
    /// <summary>Document id.</summary>
    public required string Id { get; init; }

    /// <summary>What it is, e.g. <c>beschikking</c>, <c>onderzoeksverslag</c>, <c>ontvangstbevestiging</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>Title shown in the case file.</summary>
    public required string Title { get; init; }

    /// <summary>MIME type of <see cref="Content"/>: <c>application/json</c>, <c>text/plain</c>, <c>text/html</c>, <c>text/markdown</c>.</summary>
    public string ContentType { get; init; } = "text/plain";

    /// <summary>The content.</summary>
    public string Content { get; init; } = "";

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Who created it (user id or <c>system</c>).</summary>
    public string? CreatedBy { get; init; }

    /// <summary>The workflow instance that produced it, if any.</summary>
    public string? InstanceId { get; init; }

    /// <summary>The activity that produced it, if any.</summary>
    public string? ActivityId { get; init; }
}
