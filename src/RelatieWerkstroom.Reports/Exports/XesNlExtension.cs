namespace RelatieWerkstroom.Reports.Exports;

/// <summary>The custom <c>nl:</c> XES extension: attribute keys for rule origin, legal basis, discretion and clocks (see docs/reports/nl.xesext).</summary>
public static class XesNlExtension
{
    /// <summary>Extension name as declared in the log.</summary>
    public const string Name = "RelatieWerkstroom sociaal domein";

    /// <summary>Prefix.</summary>
    public const string Prefix = "nl";

    /// <summary>
    /// The extension's URI. It is a URN rather than a web address because the project publishes no web site; the
    /// definition file is docs/reports/nl.xesext in the repository. Tools that cannot fetch it keep the attributes anyway.
    /// </summary>
    public const string Uri = "urn:relatiewerkstroom:xes:nl:1.0";

    public const string RuleOrigin = "nl:regelHerkomst";
    public const string LegalBasis = "nl:wettelijkeGrondslag";
    public const string Purpose = "nl:doel";
    public const string Workflow = "nl:werkstroom";
    public const string Version = "nl:versie";
    public const string StepId = "nl:stapId";
    public const string Instance = "nl:instantie";
    public const string Sequence = "nl:volgnummer";
    public const string Team = "nl:team";
    public const string Intake = "nl:instroom";
    public const string DiscretionId = "nl:beslispunt";
    public const string Option = "nl:optie";
    public const string DefaultOption = "nl:standaardOptie";
    public const string Deviation = "nl:afwijking";
    public const string ReasonLength = "nl:motiveringLengte";
    public const string Clock = "nl:termijn";
    public const string ClockAction = "nl:termijnHandeling";
    public const string Term = "nl:termijnDuur";
    public const string Deadline = "nl:uitersteDatum";
    public const string ClockBasis = "nl:termijnGrondslag";
    public const string Reason = "nl:reden";
    public const string ReceivedOn = "nl:ontvangenOp";
    public const string TaskAction = "nl:actie";
    public const string WaitFor = "nl:wachtOp";
    public const string DecisionOption = "nl:besluitUitkomst";
    public const string Reassessment = "nl:herindicatie";
    public const string PreviousDecisionOption = "nl:vorigeUitkomst";
    public const string DocumentKind = "nl:soort";
    public const string Service = "nl:dienst";
    public const string ServiceMs = "nl:dienstDuurMs";
    public const string ProfessionalMinutes = "nl:professioneleMinuten";
    public const string CitizenMinutes = "nl:burgerMinuten";
    public const string OutOfPocket = "nl:burgerKosten";
    public const string Decision = "nl:besluit";
    public const string Toewijzing = "nl:toewijzing";
    public const string Provider = "nl:aanbieder";
    public const string Tender = "nl:aanbesteding";
}
