namespace RelatieWerkstroom.Casework.Messages;

/// <summary>
/// Names, message codes (Vektis COD002) and the code lists of iWmo and iJw 3.2 that the messages here use
/// (WMO020/JZ020 productcategorie, WJ756 eenheid, WMO757 frequentie, WJ759 reden afwijzing verzoek, WJ760 verzoek
/// antwoord, COD327 code verwijzer, WJ001 retourcode, JZ002 reden wijziging toewijzing).
/// </summary>
public static class IStandaarden
{
    /// <summary>The release: major version 3 (<c>BerichtVersie</c>).</summary>
    public const int BerichtVersie = 3;

    /// <summary>The release: minor version 2 (<c>BerichtSubversie</c>).</summary>
    public const int BerichtSubversie = 2;

    /// <summary>
    /// The sender code used while the settings name no gemeentecode; the GGk refuses it (retourcode S300), so a
    /// deployment sets <c>municipality.cbsCode</c>.
    /// </summary>
    public const string GemeentecodeNietIngesteld = "0000";

    /// <summary>WJ001 retourcode: no remark on this message class (the message is accepted).</summary>
    public const string RetourcodeGoedgekeurd = "0200";

    /// <summary>WJ760: the verzoek is refused.</summary>
    public const string VerzoekAfgewezen = "1";

    /// <summary>WJ760: the aanvraag is being investigated.</summary>
    public const string AanvraagInOnderzoek = "2";

    /// <summary>JZ002 reden wijziging toewijzing: the change follows a request of the aanbieder.</summary>
    public const string WijzigingDoorAanbieder = "12";

    private static readonly Dictionary<string, int> BerichtCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["WMO301"] = 414, ["WMO302"] = 415, ["WMO315"] = 444, ["WMO316"] = 445, ["WMO317"] = 480, ["WMO318"] = 481, ["WMO319"] = 482, ["WMO320"] = 483,
        ["JW301"] = 436, ["JW302"] = 437, ["JW315"] = 446, ["JW316"] = 447, ["JW317"] = 486, ["JW318"] = 487, ["JW319"] = 488, ["JW320"] = 489,
    };

    /// <summary>WMO020 productcategorie (iWmo).</summary>
    public static IReadOnlyDictionary<string, string> WmoProductcategorieen { get; } = new Dictionary<string, string>
    {
        ["01"] = "Hulp bij het huishouden", ["02"] = "Begeleiding", ["03"] = "Persoonlijke verzorging", ["04"] = "Kortdurend verblijf",
        ["05"] = "Woondiensten", ["06"] = "Overige ondersteuning gericht op het individu of huishouden/gezin", ["07"] = "Dagbesteding",
        ["08"] = "Vervoerdiensten", ["09"] = "Overige groepsgerichte ondersteuning", ["10"] = "Overige maatwerk arrangementen",
        ["11"] = "Rolstoelen", ["12"] = "Vervoervoorzieningen", ["13"] = "Woonvoorzieningen", ["14"] = "Overige hulpmiddelen",
        ["15"] = "Beschermd wonen", ["16"] = "Opvang", ["17"] = "Spoedopvang", ["18"] = "Overige beschermd wonen en opvang",
    };

    /// <summary>JZ020 productcategorie (iJw), current categories.</summary>
    public static IReadOnlyDictionary<string, string> JwProductcategorieen { get; } = new Dictionary<string, string>
    {
        ["40"] = "Persoonlijke verzorging", ["41"] = "Dagbehandeling", ["42"] = "Vervoerdiensten", ["43"] = "Jeugdhulp verblijf (incl. behandeling)",
        ["44"] = "Jeugdhulp verblijf (excl. behandeling)", ["45"] = "Jeugdhulp ambulant", ["46"] = "Jeugdhulp crisis", ["47"] = "Jeugdreclassering",
        ["48"] = "Jeugdbescherming", ["49"] = "Activiteiten in het preventief justitieel kader", ["50"] = "Maatwerkarrangementen jeugd",
        ["51"] = "Generalistische basis-ggz", ["52"] = "Specialistische ggz", ["53"] = "Kindergeneeskunde", ["54"] = "Jeugd-ggz",
        ["55"] = "Landelijk ingekochte zorg",
    };

    /// <summary>WJ756 eenheid.</summary>
    public static IReadOnlyDictionary<string, string> Eenheden { get; } = new Dictionary<string, string>
    {
        ["01"] = "Minuut", ["04"] = "Uur", ["14"] = "Etmaal", ["16"] = "Dagdeel (4 uur)", ["82"] = "Stuks (output)", ["83"] = "Euro's", ["84"] = "Stuks (inspanning)",
    };

    /// <summary>WMO757 frequentie.</summary>
    public static IReadOnlyDictionary<string, string> Frequenties { get; } = new Dictionary<string, string>
    {
        ["1"] = "Per dag", ["2"] = "Per week", ["4"] = "Per maand", ["6"] = "Totaal binnen geldigheidsduur toewijzing",
    };

    /// <summary>WJ759 reden afwijzing verzoek.</summary>
    public static IReadOnlyDictionary<string, string> RedenenAfwijzingVerzoek { get; } = new Dictionary<string, string>
    {
        ["1"] = "Geen wijziging, maar nieuwe aanvraag", ["2"] = "Past niet binnen budget", ["3"] = "Geen contract", ["4"] = "Past niet binnen contract",
        ["5"] = "Andere gemeente", ["6"] = "Stapeling", ["7"] = "Zorginhoudelijke afkeur", ["8"] = "Woonplaatsbeginsel", ["9"] = "Leeftijdsgrens is bereikt",
    };

    /// <summary>COD327 code verwijzer (iJw).</summary>
    public static IReadOnlyDictionary<string, string> Verwijzers { get; } = new Dictionary<string, string>
    {
        ["01"] = "Gemeente", ["02"] = "Huisarts", ["03"] = "Jeugdarts", ["04"] = "Gecertificeerde instelling", ["05"] = "Medisch specialist",
        ["06"] = "Zelfverwijzer/geen verwijzer", ["08"] = "Rechter, Officier van Justitie, functionaris Justitiële jeugdinrichting",
    };

    /// <summary>Reads <c>iWmo</c> or <c>iJw</c> (any case); throws an <see cref="ArgumentException"/> naming the allowed values.</summary>
    public static IStandaard Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "iwmo" => IStandaard.IWmo,
        "ijw" => IStandaard.IJw,
        _ => throw new ArgumentException($"'{text}' is not an iStandaard; use iWmo or iJw"),
    };

    /// <summary><c>iWmo</c> or <c>iJw</c>.</summary>
    public static string Name(IStandaard standaard) => standaard == IStandaard.IWmo ? "iWmo" : "iJw";

    /// <summary>The law the standard serves: <c>Wmo 2015</c> or <c>Jeugdwet</c>.</summary>
    public static string Wet(IStandaard standaard) => standaard == IStandaard.IWmo ? "Wmo 2015" : "Jeugdwet";

    /// <summary>The message name, e.g. <c>WMO301</c> or <c>JW301</c> for number 301.</summary>
    public static string Bericht(IStandaard standaard, int number) => (standaard == IStandaard.IWmo ? "WMO" : "JW") + number;

    /// <summary>The Vektis message code (COD002) of a message name, e.g. 414 for WMO301.</summary>
    public static int BerichtCode(string bericht) =>
        BerichtCodes.TryGetValue(bericht, out var code) ? code : throw new ArgumentException($"'{bericht}' is not an iWmo or iJw message this system sends");

    /// <summary>
    /// A header sent by the gemeente; collects every format problem (gemeentecode of four digits, AGB code of eight,
    /// an identificatie of at most 12 characters) into one <see cref="ArgumentException"/>.
    /// </summary>
    public static BerichtHeader Header(string bericht, string gemeentecode, string agbCode, string identificatie, DateOnly dagtekening)
    {
        var problems = new List<string>();
        var code = BerichtCodes.TryGetValue(bericht, out var c) ? c : 0;
        if (code == 0) problems.Add($"'{bericht}' is not an iWmo or iJw message this system sends");
        if (!IsDigits(gemeentecode, 4)) problems.Add($"gemeentecode '{gemeentecode}' must be four digits (CBS code without GM)");
        if (!IsDigits(agbCode, 8)) problems.Add($"AGB code '{agbCode}' of the aanbieder must be eight digits");
        if (string.IsNullOrWhiteSpace(identificatie) || identificatie.Length > 12) problems.Add($"BerichtIdentificatie '{identificatie}' must have 1 to 12 characters");
        if (problems.Count > 0) throw new ArgumentException(string.Join("; ", problems));
        return new BerichtHeader(bericht.ToUpperInvariant(), code, BerichtVersie, BerichtSubversie, gemeentecode, agbCode,
            new BerichtIdentificatie(identificatie, dagtekening));
    }

    /// <summary>Whether <paramref name="text"/> is exactly <paramref name="length"/> ASCII digits.</summary>
    public static bool IsDigits(string? text, int length) => text is not null && text.Length == length && text.All(char.IsAsciiDigit);

    /// <summary>The productcategorie code list of the standard.</summary>
    public static IReadOnlyDictionary<string, string> Productcategorieen(IStandaard standaard) =>
        standaard == IStandaard.IWmo ? WmoProductcategorieen : JwProductcategorieen;
}
