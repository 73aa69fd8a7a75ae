using System.Collections;
using System.Reflection;
using RelatieWerkstroom.Reports.Analysis;

namespace RelatieWerkstroom.Reports.Exports;

/// <summary>Projects a <see cref="FrictionReport"/> onto <see cref="ReportTable"/>s with Dutch headers and the journal source of each metric.</summary>
public static class ReportTables
{
    /// <summary>Sheet names, in workbook order (after the summary sheet).</summary>
    public static IReadOnlyList<string> Groups { get; } = ["Termijnen", "Doorlooptijd", "Regeldruk", "Kwaliteit", "Beleidsruimte", "Verantwoording"];

    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["Workflow"] = "Werkstroom", ["Version"] = "Versie", ["Team"] = "Team", ["Period"] = "Instroommaand", ["Clock"] = "Termijn",
        ["LegalBasis"] = "Wettelijke grondslag", ["Term"] = "Termijnduur", ["Cases"] = "Zaken", ["Suppressed"] = "Onderdrukt (< drempel)",
        ["Decided"] = "Beslist", ["Open"] = "Open", ["WithinTerm"] = "Binnen termijn", ["PercentWithinTerm"] = "% binnen termijn",
        ["MeanLeadTimeDays"] = "Gem. doorlooptijd (dagen)", ["MedianLeadTimeDays"] = "Mediaan doorlooptijd (dagen)",
        ["MarginMinDays"] = "Marge min (dagen)", ["MarginP10Days"] = "Marge P10", ["MarginMedianDays"] = "Marge mediaan",
        ["MarginP90Days"] = "Marge P90", ["MarginMaxDays"] = "Marge max", ["Events"] = "Journaalgebeurtenissen",
        ["Warnings"] = "Waarschuwingen", ["Breached"] = "Overschreden", ["BreachRate"] = "Aandeel overschreden",
        ["Ingebrekestellingen"] = "Ingebrekestellingen", ["DwangsomOwed"] = "Dwangsom verschuldigd (€)",
        ["PotentialExposure"] = "Potentiële dwangsom, theoretisch maximum (€)", ["TariffSource"] = "Bron dwangsomtarief",
        ["PrematureIngebrekestellingen"] = "Ingebrekestellingen te vroeg (zonder gevolg)", ["OwedBy"] = "Handeling verschuldigd door",
        ["TermKind"] = "Soort termijn", ["Missed"] = "Norm niet gehaald", ["MissRate"] = "Aandeel niet gehaald",
        ["Running"] = "Lopend", ["UsedInTime"] = "Gebruikt binnen termijn", ["UsedInPostalWeek"] = "Ontvangen in postweek (Awb 6:9 lid 2)",
        ["UsedLate"] = "Te laat (Awb 6:11)", ["ExpiredUnused"] = "Ongebruikt verstreken",
        ["CasesSuspended"] = "Zaken opgeschort", ["Suspensions"] = "Opschortingen", ["SuspendedDays"] = "Dagen opgeschort",
        ["MeanSuspensionDays"] = "Gem. dagen per opschorting", ["CasesExtended"] = "Zaken verdaagd", ["Extensions"] = "Verdagingen",
        ["Action"] = "Handeling", ["Reason"] = "Reden", ["Count"] = "Aantal",
        ["StepId"] = "Stap-id", ["StepName"] = "Stap", ["Origin"] = "Regelherkomst", ["Executions"] = "Uitvoeringen",
        ["ObservedTouchHours"] = "Bewerkingstijd gemeten (uur)", ["NominalTouchHours"] = "Bewerkingstijd norm (uur)",
        ["WaitHours"] = "Wachttijd (uur)", ["WaitForStaffHours"] = "Wachten op medewerker (uur)", ["WaitForDecisionHours"] = "Wachten op besluit (uur)",
        ["WaitForTimerHours"] = "Wachten op termijn/timer (uur)", ["WaitExternalHours"] = "Wachten extern (uur)", ["WaitShare"] = "Aandeel wachttijd",
        ["Basis"] = "Grondslag", ["Actor"] = "Actor", ["ProfessionalHours"] = "Professionele uren", ["HourlyTariff"] = "Uurtarief (€)",
        ["TariffFromTable"] = "Tarief uit tabel", ["ProfessionalEuros"] = "Professionele tijd gewaardeerd, gemeente en bedrijven (€)",
        ["CostBearer"] = "Kostendrager", ["ExecutionEuros"] = "Uitvoeringskosten gemeente (€)", ["BusinessEuros"] = "Regeldruk bedrijven (€)",
        ["BusinessOutOfPocket"] = "Out-of-pocket bedrijven (€)", ["CitizenHours"] = "Uren inwoner",
        ["CitizenOutOfPocket"] = "Out-of-pocket inwoner (€)", ["ShareOfProfessionalEuros"] = "Aandeel professionele kosten",
        ["ShareOfCitizenHours"] = "Aandeel uren inwoner", ["Instances"] = "Instanties", ["InstancesWithRework"] = "Instanties met herhaling",
        ["ReworkRate"] = "Aandeel herhaling", ["ExtraExecutions"] = "Extra uitvoeringen", ["RoleHandovers"] = "Overdrachten tussen rollen",
        ["ActorHandovers"] = "Overdrachten tussen personen", ["PingPongs"] = "Heen-en-weer", ["MeanRoleHandovers"] = "Gem. roloverdrachten per zaak",
        ["MeanActorHandovers"] = "Gem. persoonsoverdrachten per zaak", ["Rank"] = "Rang", ["Variant"] = "Variant", ["Steps"] = "Stappen",
        ["Share"] = "Aandeel", ["DistinctVariants"] = "Verschillende varianten", ["InstancesInSmallVariants"] = "Instanties in kleine varianten",
        ["InstancesBeyondVariantLimit"] = "Instanties boven variantlimiet", ["DiscretionId"] = "Beslispunt", ["Decisions"] = "Besluiten",
        ["Deviations"] = "Afwijkingen van standaard", ["DeviationRate"] = "Aandeel afwijking", ["ReasonsGiven"] = "Motiveringen gegeven",
        ["MeanReasonLength"] = "Gem. lengte motivering (tekens)", ["Option"] = "Optie", ["IsDefault"] = "Standaardoptie",
        ["TeamsCompared"] = "Teams vergeleken", ["TeamsSuppressed"] = "Teams onderdrukt", ["MinDeviationRate"] = "Laagste afwijking",
        ["MaxDeviationRate"] = "Hoogste afwijking", ["Spread"] = "Spreiding", ["DecisionOption"] = "Besluituitkomst", ["Bezwaren"] = "Bezwaren",
        ["BezwaarRate"] = "Bezwaarpercentage", ["Reassessments"] = "Herindicaties", ["Unchanged"] = "Ongewijzigd", ["UnchangedRate"] = "Aandeel ongewijzigd",
        ["Purpose"] = "Doel (nut en noodzaak)", ["Alternative"] = "Minder belastend alternatief", ["AlternativeChannel"] = "Via",
        ["TotalCost"] = "Totale last (€, rangschikking)", ["ShareOfTotal"] = "Aandeel totale last", ["MeanWaitDays"] = "Gem. wachttijd (dagen)",
        ["WorkflowBreachRate"] = "Termijnoverschrijding proces", ["Evidence"] = "Werkbaarheid (uit gebeurtenissen)",
    };

    /// <summary>All tables of the report, grouped as in the workbook.</summary>
    public static IReadOnlyList<ReportTable> From(FrictionReport report) =>
    [
        Table("doorlooptijd-termijn", "Doorlooptijd t.o.v. wettelijke termijn", "Termijnen",
            "ClockStarted, ClockSuspended/Resumed, ClockExtended, ClockStopped (payload deadline, term); marge = deadline − besluitdatum", report.LeadTimes),
        Table("termijnnaleving-werkstroom", "Termijnnaleving per werkstroom", "Termijnen",
            "Som van de termijnrijen per werkstroom en termijn", report.DeadlineCompliance),
        Table("overschrijdingen-dwangsom", "Termijnoverschrijdingen van de gemeente en dwangsom (Awb 4:17)", "Termijnen",
            "Alleen wettelijke termijnen die het bestuursorgaan verschuldigd is (owedBy bestuursorgaan, termKind deadline, origin national): " +
            "ClockBreached, ClockWarning, IngebrekestellingReceived, ClockStopped; bedragen met DwangsomCalculator, tarief naar ontvangstdatum ingebrekestelling", report.Breaches),
        Table("normen-niet-gehaald", "Lokale, contract- en interne normen: norm niet gehaald", "Termijnen",
            "Termijnen met origin local, contract of internal, termijnen van aanbieders en wachttermijnen; geen termijnoverschrijding", report.NormMisses),
        Table("inwonertermijnen", "Termijnen van inwoners (bezwaar-, hersteltermijn)", "Termijnen",
            "Termijnen met owedBy inwoner: ClockStopped (gebruikt, op de ontvangstdatum), ClockExpired (ongebruikt verstreken op de laatste dag)", report.CitizenTerms),
        Table("opschortingen-verdagingen", "Opschortingen (Awb 4:15) en verdagingen (Awb 4:14)", "Termijnen",
            "ClockSuspended, ClockResumed, ClockExtended", report.Suspensions),
        Table("redenen-opschorting", "Redenen van opschorting en verdaging", "Termijnen",
            "ClockSuspended/ClockExtended payload reason; alleen teksten uit de werkstroomdefinitie worden getoond", report.SuspensionReasons),
        Table("bewerkings-wachttijd", "Bewerkingstijd en wachttijd per stap", "Doorlooptijd",
            "ActivityStarted, ActivitySuspended (bookmark kind), TaskClaimed, ActivityResumed, StepCompleted (durationMs), ActivityCompleted; norm = friction.minutes", report.TouchWait),
        Table("regeldruk-stap", "Uitvoeringskosten en regeldruk per stap en actor", "Regeldruk",
            "ActivityCompleted × friction (minutes, citizenMinutes, outOfPocket, businessOutOfPocket, actor, origin, basis) × uurtarief; " +
            "tijd van eigen medewerkers = uitvoeringskosten gemeente, tijd van aanbieders en inschrijvers = regeldruk bedrijven, " +
            "geautomatiseerde stappen kosten geen menselijke tijd", report.Burden),
        Table("regeldruk-herkomst", "Uitvoeringskosten en regeldruk per regelherkomst", "Regeldruk", "Som van de rijen per stap", report.BurdenByOrigin),
        Table("hotspots", "Hotspots (ATR-opzet)", "Regeldruk",
            "Regeldruk per stap, herhaling, wachttijd en termijnoverschrijding; doel en alternatief uit de friction-annotatie", report.Hotspots),
        Table("herhaling", "Herhaalde stappen (rework)", "Kwaliteit", "ActivityStarted per stap per instantie (> 1 = herhaling)", report.Rework),
        Table("overdrachten", "Overdrachten per zaak", "Kwaliteit", "TaskCompleted en DiscretionDecided: rol (payload role) en actor", report.Handovers),
        Table("varianten-overzicht", "Procesvarianten per werkstroom", "Kwaliteit", "Volgorde van ActivityCompleted per instantie", report.VariantSummaries),
        Table("varianten", "Meest voorkomende procesvarianten", "Kwaliteit", "Volgorde van ActivityCompleted per instantie", report.Variants),
        Table("beleidsruimte", "Gebruik van beleidsruimte", "Beleidsruimte",
            "DiscretionDecided (discretionId, option, defaultOption, deviation, reasonLength)", report.Discretion),
        Table("beleidsruimte-opties", "Gekozen opties per beslispunt en team", "Beleidsruimte", "DiscretionDecided (option)", report.DiscretionOptions),
        Table("beleidsruimte-teams", "Verschil tussen teams", "Beleidsruimte", "DiscretionDecided per team", report.DiscretionTeamVariation),
        Table("bezwaar", "Bezwaar per besluituitkomst", "Beleidsruimte",
            "BezwaarReceived (decisionOption) / DecisionTaken (anders DiscretionDecided) per uitkomst", report.Bezwaar),
        Table("herindicatie", "Herindicaties met ongewijzigde uitkomst", "Beleidsruimte",
            "DecisionTaken met reassessment = true; ongewijzigd als decisionOption = previousDecisionOption", report.Reassessments),
        Manifest(report.Manifest),
    ];

    private static ReportTable Table<T>(string id, string title, string group, string source, IReadOnlyList<T> rows)
    {
        var properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != "EqualityContract").ToArray();
        return new ReportTable(id, title, group, source,
            [.. properties.Select(p => Labels.GetValueOrDefault(p.Name, p.Name))],
            [.. rows.Select(r => properties.Select(p => p.GetValue(r)).ToArray())]);
    }

    private static ReportTable Manifest(ReportManifest m)
    {
        var rows = new List<object?[]>();
        foreach (var p in typeof(ReportManifest).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var value = p.GetValue(m);
            switch (value)
            {
                case IDictionary dictionary:
                    foreach (DictionaryEntry e in dictionary) rows.Add([$"{p.Name}.{e.Key}", e.Value]);
                    break;
                case IEnumerable<string> list:
                    rows.Add([p.Name, string.Join(", ", list)]);
                    break;
                default:
                    rows.Add([p.Name, value]);
                    break;
            }
        }

        return new ReportTable("verantwoording", "Verantwoording (manifest)", "Verantwoording",
            "Filters, tarieven, journaalbereik, aantallen en SHA-256 over de geanalyseerde gebeurtenissen", ["Eigenschap", "Waarde"], rows);
    }
}
