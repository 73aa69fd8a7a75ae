namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>Who owes the act a legal clock measures: only a bestuursorgaan's statutory deadline can be a municipal breach.</summary>
public static class ClockOwedBy
{
    /// <summary>The bestuursorgaan (college, burgemeester): beslistermijnen, onderzoekstermijn, voorschot.</summary>
    public const string Bestuursorgaan = "bestuursorgaan";

    /// <summary>The inwoner: bezwaartermijn (Awb 6:7), hersteltermijn (4:5, 6:6); expiry is the citizen's loss, not a breach.</summary>
    public const string Inwoner = "inwoner";

    /// <summary>The aanbieder (provider, bidder): contract and procurement terms it must meet.</summary>
    public const string Aanbieder = "aanbieder";

    /// <summary>The gemeente as a party to a contract (toewijzing within a week, beoordelingstermijn of an open house).</summary>
    public const string GemeenteAlsContractpartij = "gemeente-contractpartij";

    /// <summary>The values in documentation order.</summary>
    public static IReadOnlyList<string> All { get; } = [Bestuursorgaan, Inwoner, Aanbieder, GemeenteAlsContractpartij];
}
