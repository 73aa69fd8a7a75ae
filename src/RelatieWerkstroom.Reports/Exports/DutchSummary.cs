using RelatieWerkstroom.Reports.Analysis;
using RelatieWerkstroom.Reports.Journal;

namespace RelatieWerkstroom.Reports.Exports;

/// <summary>The one-page summary in Dutch that every people-facing export shows first.</summary>
public static class DutchSummary
{
    /// <summary>The report title.</summary>
    public const string Title = "Frictierapport RelatieWerkstroom";

    /// <summary>Introductory sentences: scope, where figures come from, suppression.</summary>
    public static IReadOnlyList<string> Introduction(FrictionReport report)
    {
        var m = report.Manifest;
        var s = report.Summary;
        var period = s.FirstPeriod is null ? "geen zaken"
            : s.FirstPeriod == s.LastPeriod ? CellFormat.Month(s.FirstPeriod)
            : $"{CellFormat.Month(s.FirstPeriod)} t/m {CellFormat.Month(s.LastPeriod!)}";
        return
        [
            $"Dit rapport beschrijft {CellFormat.Count(s.Cases)} zaken ({CellFormat.Count(s.Instances)} werkstroominstanties) met instroom in {period}, " +
            $"berekend uit {CellFormat.Count(m.EventsInScope)} journaalgebeurtenissen (volgnummers {CellFormat.Count(m.FirstSequence)}–{CellFormat.Count(m.LastSequence)}).",
            "Elk getal is herleidbaar tot journaalgebeurtenissen en tot de herkomst van de regel die de stap voorschrijft: " +
            "landelijk, lokaal, contract of intern. De tabellen noemen per maat de gebruikte gebeurtenissen.",
            $"Groepen met minder dan {m.SmallGroupThreshold} zaken zijn onderdrukt: de rij staat er, de cijfers niet. " +
            "Zaak- en gebruikersnummers zijn gepseudonimiseerd; namen, BSN's en vrije tekst komen niet in dit rapport.",
            $"Uurtarieven: {m.TariffSource}. " + (m.TariffsAreExample
                ? "Let op: dit zijn voorbeeldtarieven, geen vastgestelde loonkosten of tarieven uit het Handboek meting regeldrukkosten; de eurobedragen illustreren de methode. "
                : "") +
            "Tijd van eigen medewerkers telt als uitvoeringskosten van de gemeente, niet als regeldruk; regeldruk is de tijd en de kosten " +
            "van inwoners en van bedrijven (aanbieders, inschrijvers). Geautomatiseerde stappen kosten geen menselijke tijd.",
            $"Peildatum open termijnen: {CellFormat.Date(m.AsOf)}.",
        ];
    }

    /// <summary>Headline figures as label/value pairs.</summary>
    public static IReadOnlyList<(string Label, string Value)> KeyFigures(FrictionReport report)
    {
        var s = report.Summary;
        if (s.Suppressed)
        {
            return [("Kerncijfers", $"onderdrukt: minder dan {report.Manifest.SmallGroupThreshold} zaken in de selectie")];
        }

        return
        [
            ("Zaken in de selectie", CellFormat.ForPeople(s.Cases)),
            ("Besluiten binnen de wettelijke termijn", s.PercentWithinTerm is { } p ? $"{p.ToString("0.0", CellFormat.Dutch)}% van {CellFormat.ForPeople(s.ClocksDecided)} beslissingen" : "–"),
            ("Termijnoverschrijdingen (wettelijke termijnen van de gemeente)", CellFormat.ForPeople(s.Breaches)),
            ("Lokale, contract- en interne normen niet gehaald (geen overschrijding)", CellFormat.ForPeople(s.NormsMissed)),
            ("Termijnen van inwoners ongebruikt verstreken (bezwaar-, hersteltermijn)", CellFormat.ForPeople(s.CitizenTermsExpired)),
            ("Dwangsom verschuldigd (na tijdige ingebrekestelling)", Euro(s.DwangsomOwed)),
            ("Potentiële dwangsom: theoretisch maximum als elke overschrijding een ingebrekestelling kreeg", Euro(s.PotentialExposure)),
            ("Uitvoeringskosten gemeente: tijd van eigen medewerkers tegen de uurtarieven (geen regeldruk)", Euro(s.ExecutionEuros)),
            ("Regeldruk bedrijven: tijd van aanbieders en inschrijvers plus hun out-of-pocketkosten", Euro(s.BusinessEuros)),
            ("Regeldruk inwoners: tijd", s.CitizenHours is { } h ? $"{h.ToString("#,##0.0", CellFormat.Dutch)} uur" : "–"),
            ("Regeldruk inwoners: out-of-pocketkosten", Euro(s.CitizenOutOfPocket)),
            ($"Aandeel landelijke regels in de totale last (euro's plus uren van inwoners à {Euro(report.Manifest.CitizenHourValue)})", Percent(s.NationalShareOfBurden)),
            ("Afwijking van de standaardoptie bij beslispunten", Percent(s.DeviationRate)),
            ("Bezwaren per besluit", Percent(s.BezwaarRate)),
            ("Stappen die binnen een zaak opnieuw moesten", Percent(s.ReworkRate)),
            ("Gemiddeld aantal overdrachten tussen rollen per zaak", CellFormat.ForPeople(s.MeanRoleHandovers)),
        ];
    }

    /// <summary>The top hotspots as short Dutch sentences, in rank order (the export numbers them).</summary>
    public static IReadOnlyList<string> TopHotspots(FrictionReport report, int count = 3) =>
    [
        .. report.Hotspots.Take(count).Select(h => h.Suppressed
            ? $"{h.StepName} ({report.Manifest.WorkflowName(h.Workflow)}): onderdrukt, minder dan {report.Manifest.SmallGroupThreshold} zaken."
            : $"{h.StepName} ({report.Manifest.WorkflowName(h.Workflow)}) – {RuleOrigin.DutchLabel(h.Origin).ToLowerInvariant()}, {h.Basis ?? "grondslag onbekend"}: " +
              $"{Percent(h.ShareOfTotal)} van de totale last ({Euro(h.TotalCost)}). Alternatief: {h.Alternative} ({h.AlternativeChannel})."),
    ];

    internal static string Euro(decimal? value) => value is { } v ? "€ " + v.ToString("#,##0.00", CellFormat.Dutch) : "–";

    internal static string Percent(double? fraction) => fraction is { } f ? (f * 100).ToString("0.#", CellFormat.Dutch) + "%" : "–";
}
