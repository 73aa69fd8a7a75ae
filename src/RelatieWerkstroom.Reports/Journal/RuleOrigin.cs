namespace RelatieWerkstroom.Reports.Journal;

/// <summary>Where the rule behind a step comes from: the attribution that separates national law from local habit.</summary>
public static class RuleOrigin
{
    public const string National = "national";
    public const string Local = "local";
    public const string Contract = "contract";
    public const string Internal = "internal";

    /// <summary>Used when a step carries no (valid) friction annotation.</summary>
    public const string Unknown = "unknown";

    /// <summary>The origins in report order.</summary>
    public static IReadOnlyList<string> All { get; } = [National, Local, Contract, Internal, Unknown];

    /// <summary>Normalises an annotation value; anything unrecognised becomes <see cref="Unknown"/>.</summary>
    public static string Normalize(string? origin) => origin?.Trim().ToLowerInvariant() switch
    {
        National or "n" or "landelijk" or "nationaal" => National,
        Local or "l" or "lokaal" or "verordening" => Local,
        Contract or "c" => Contract,
        Internal or "i" or "intern" => Internal,
        _ => Unknown,
    };

    /// <summary>Dutch label for reports.</summary>
    public static string DutchLabel(string origin) => origin switch
    {
        National => "Landelijke regel",
        Local => "Lokale regel (verordening/beleidsregel)",
        Contract => "Contractafspraak",
        Internal => "Interne werkwijze",
        _ => "Niet geannoteerd",
    };

    /// <summary>Who can make a less burdensome alternative happen, in Dutch (ATR classification).</summary>
    public static string AlternativeChannel(string origin) => origin switch
    {
        National => "landelijke regelwijziging",
        Local => "wijziging lokale verordening of beleidsregel",
        Contract => "wijziging contract of inkoopafspraak",
        Internal => "wijziging interne werkwijze",
        _ => "eerst annoteren",
    };
}
