namespace RelatieWerkstroom.Casework.Messages;

/// <summary>What a toewijzing (WMO301/JW301) is built from: every field already decided, no personal data.</summary>
public sealed record ToewijzingOpdracht
{
    /// <summary>iWmo or iJw.</summary>
    public required IStandaard Standaard { get; init; }

    /// <summary>The sending gemeente (four digits).</summary>
    public required string Gemeentecode { get; init; }

    /// <summary>The receiving aanbieder (AGB code, eight digits).</summary>
    public required string AanbiederAgb { get; init; }

    /// <summary>The BerichtIdentificatie (at most 12 characters).</summary>
    public required string BerichtId { get; init; }

    /// <summary>When the gemeente fixes the toewijzing (Dutch local time).</summary>
    public required DateTime Moment { get; init; }

    /// <summary>The pseudonym of the client.</summary>
    public required string ClientReferentie { get; init; }

    /// <summary>The toewijzingnummer.</summary>
    public required string ToewijzingNummer { get; init; }

    /// <summary>WMO020/JZ020 productcategorie.</summary>
    public required string Productcategorie { get; init; }

    /// <summary>The first day of delivery.</summary>
    public required DateOnly Ingangsdatum { get; init; }

    /// <summary>The contract's uitvoeringsvariant.</summary>
    public required Uitvoeringsvariant Variant { get; init; }

    /// <summary>Productcode, or null for an aspecifieke toewijzing.</summary>
    public string? Productcode { get; init; }

    /// <summary>The last day of delivery, when limited.</summary>
    public DateOnly? Einddatum { get; init; }

    /// <summary>The amount of support (required for inspanningsgericht; stuks or euro's for outputgericht).</summary>
    public Omvang? Omvang { get; init; }

    /// <summary>A budget in eurocent (outputgericht).</summary>
    public long? Budget { get; init; }

    /// <summary>The aanbieder's reference of the verzoek om toewijzing or wijziging this answers.</summary>
    public string? ReferentieAanbieder { get; init; }

    /// <summary>JZ002/WMO002 reden wijziging, when this changes an earlier toewijzing.</summary>
    public string? RedenWijziging { get; init; }

    /// <summary>Free text for the aanbieder; no personal data.</summary>
    public string? Commentaar { get; init; }

    /// <summary>Who referred (iJw only).</summary>
    public Verwijzer? Verwijzer { get; init; }
}
