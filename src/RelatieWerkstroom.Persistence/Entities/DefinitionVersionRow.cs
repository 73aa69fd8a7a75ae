namespace RelatieWerkstroom.Persistence.Entities;

/// <summary>One stored version of a workflow definition, kept as the Elsa 3 JSON text it was saved as.</summary>
public sealed class DefinitionVersionRow
{
    /// <summary>Version id (the definition's <c>id</c>).</summary>
    public required string VersionId { get; set; }

    /// <summary>Stable id over all versions.</summary>
    public required string DefinitionId { get; set; }

    /// <summary>Version number.</summary>
    public int Version { get; set; }

    /// <summary>Whether this is the latest version.</summary>
    public bool IsLatest { get; set; }

    /// <summary>Whether this is the published version.</summary>
    public bool IsPublished { get; set; }

    /// <summary>Display name.</summary>
    public required string Name { get; set; }

    /// <summary>The whole definition as JSON text.</summary>
    public required string Json { get; set; }

    /// <summary>When this version was first stored.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When this version was last stored.</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Who last saved, published or imported this version (the designer's display name); null when unknown (files, the CLI).</summary>
    public string? ChangedBy { get; set; }
}
