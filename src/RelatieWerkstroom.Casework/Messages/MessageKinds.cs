namespace RelatieWerkstroom.Casework.Messages;

/// <summary>Kinds of outbox messages (<c>OutboxMessage.Kind</c>, and <c>kind</c> in <c>MessageQueued</c>).</summary>
public static class MessageKinds
{
    /// <summary>A letter to the citizen or an organisation; the payload is a <see cref="Messages.Brief"/>.</summary>
    public const string Brief = "Brief";

    /// <summary>WMO301 toewijzing.</summary>
    public const string Wmo301 = "iWmo.WMO301";

    /// <summary>JW301 toewijzing.</summary>
    public const string Jw301 = "iJw.JW301";

    /// <summary>The eigen bijdrage notification to the CAK (iEb).</summary>
    public const string CakIeb = "CAK.iEb";

    /// <summary>A pgb toekenning to the SVB.</summary>
    public const string SvbPgb = "SVB.PgbToekenning";

    /// <summary>An aankondiging or invitation on TenderNed.</summary>
    public const string TenderNed = "TenderNed.Aankondiging";

    /// <summary>A payment order (e.g. a voorschot) to the uitkeringsadministratie.</summary>
    public const string Betaalopdracht = "Betaalopdracht";

    /// <summary>A gunningsbeslissing to one inschrijver.</summary>
    public const string Gunningsbericht = "Aanbesteding.Gunningsbericht";

    /// <summary>A standstill notice to one inschrijver.</summary>
    public const string Standstill = "Aanbesteding.Standstill";

    /// <summary>The kind of an iWmo/iJw message, e.g. <c>iJw.JW319</c>.</summary>
    public static string For(IStandaard standaard, string bericht) => IStandaarden.Name(standaard) + "." + bericht.ToUpperInvariant();
}
