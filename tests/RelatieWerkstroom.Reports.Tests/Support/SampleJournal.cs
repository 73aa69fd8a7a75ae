using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Reports.Journal;
using RelatieWerkstroom.Reports.Options;
using RelatieWerkstroom.Reports.Privacy;
using RelatieWerkstroom.Casework.Journal;

namespace RelatieWerkstroom.Reports.Tests.Support;

/// <summary>A fixed journal of twelve Wmo cases in two teams and one aanbesteding, used by snapshot and export tests.</summary>
public static class SampleJournal
{
    /// <summary>Valid BSNs (they pass the 11-proof) and names that must never appear in an export.</summary>
    public static readonly string[] PersonalData = ["123456782", "111222333", "Fatima Pietersen", "Jan Jansen", "j.jansen@example.org"];

    public const string TestKey = "test-key-for-pseudonyms-0123456789abcdef";

    public static Pseudonymizer Pseudonymizer { get; } = Pseudonymizer.FromSecret(TestKey);

    public static ReportOptions Options { get; } = new() { AsOf = new DateOnly(2025, 3, 31), SmallGroupThreshold = 5 };

    /// <summary>The journal; with <paramref name="plantPersonalData"/>, BSNs and names are planted in ids, actors and payloads.</summary>
    public static List<JournalEntry> Build(bool plantPersonalData = false)
    {
        var intake = Friction.Of(RuleOrigin.National, "consulent", 45, citizenMinutes: 60, basis: "Wmo 2015 art. 2.3.2 lid 1", purpose: "Hulpvraag vaststellen");
        var onderzoek = Friction.Of(RuleOrigin.National, "consulent", 120, citizenMinutes: 90, basis: "Wmo 2015 art. 2.3.2 lid 4",
            purpose: "Onderzoek naar de situatie", alternative: "Eenvoudige melding zonder volledig onderzoek bij herindicatie");
        var bewijs = Friction.Of(RuleOrigin.Local, "backoffice", 15, citizenMinutes: 30, outOfPocket: 7.5m, basis: "Verordening maatschappelijke ondersteuning art. 6",
            purpose: "Inkomensbewijs voor eigen bijdrage");
        var toets = Friction.Of(RuleOrigin.Internal, "teamleider", 20, basis: "Werkinstructie vier-ogen", purpose: "Kwaliteitscontrole");
        var toewijzing = Friction.Of(RuleOrigin.Contract, "backoffice", 10, basis: "Raamovereenkomst Wmo 2024", purpose: "Toewijzing aan aanbieder");

        var journal = new JournalBuilder();
        for (var i = 0; i < 12; i++)
        {
            var team = i % 2 == 0 ? "noord" : "zuid";
            var caseId = plantPersonalData && i == 0 ? PersonalData[0] : $"zaak-{i + 1:00}";
            var actor = plantPersonalData && i == 1 ? PersonalData[4] : $"medewerker-{i % 3}";
            var start = JournalBuilder.DefaultStart.AddDays(i * 3);
            var c = journal.Case(caseId, team: team, start: start).Started()
                .Clock(CaseworkEvents.ClockStarted, start.AddDays(14).ToString("yyyy-MM-dd"))
                .Task("intake", "Intake", "consulent", intake, waitHours: 20 + i, touchHours: 1, actor: actor,
                    extraPayload: plantPersonalData ? new { bsn = PersonalData[1], naam = PersonalData[2] } : null)
                .Days(1).Task("onderzoek", "Onderzoek", "consulent", onderzoek, waitHours: 30, touchHours: 2, actor: actor);
            if (i % 3 == 0)
            {
                c.Clock(CaseworkEvents.ClockSuspended, start.AddDays(14).ToString("yyyy-MM-dd"), reason: plantPersonalData ? "Wacht op " + PersonalData[3] : "aanvulling gevraagd")
                    .Days(4).Clock(CaseworkEvents.ClockResumed, start.AddDays(18).ToString("yyyy-MM-dd"))
                    .Task("onderzoek", "Onderzoek", "consulent", onderzoek, waitHours: 10, touchHours: 1, actor: actor);
            }

            c.Step("bewijs", "Inkomensbewijs", bewijs)
                .Task("toets", "Vier-ogentoets", "teamleider", toets, waitHours: 8, touchHours: 0.5, actor: "teamleider-1")
                .Discretion("dp", "RW1-DP10", i % 4 == 0 ? "maatwerk" : "standaard", "standaard", reasonLength: i % 4 == 0 ? 140 : 0,
                    role: plantPersonalData && i == 2 ? PersonalData[3] : "consulent", actor: actor, waitHours: 4)
                .Decision(i % 5 == 0 ? "afwijzen" : "toekennen", reassessment: i >= 8, previous: i >= 8 ? "toekennen" : null);
            if (i == 5) c.On(2025, 3, 3).ClockSignal(CaseworkEvents.ClockBreached, start.AddDays(14).ToString("yyyy-MM-dd"));
            c.Days(i == 5 ? 30 : 8).Clock(CaseworkEvents.ClockStopped, start.AddDays(i % 3 == 0 ? 18 : 14).ToString("yyyy-MM-dd"));
            if (i % 5 != 0)
            {
                c.Step("toewijzen", "Toewijzing versturen", toewijzing)
                    .Add(CaseworkEvents.MessageQueued, "toewijzen", "Toewijzing versturen", "RelatieWerkstroom.ServiceStep", toewijzing,
                        payload: new JsonObject { ["kind"] = "WMO301", ["toewijzingId"] = $"tw-{i}", ["providerId"] = $"aanbieder-{i % 2}" });
            }

            if (i == 10) continue; // still open at the end of the journal
            if (i == 0) c.Bezwaar("afwijzen");
            c.Finished();
        }

        journal.Case("aanbesteding-1", team: "inkoop", workflow: "aanbesteding", start: JournalBuilder.DefaultStart).Started()
            .Task("uitvraag", "Uitvraag opstellen", "inkoper", Friction.Of(RuleOrigin.National, "inkoper", 600, basis: "Aanbestedingswet 2012 art. 1.4"))
            .Add(CaseworkEvents.DocumentGenerated, "uitvraag", "Uitvraag opstellen", "RelatieWerkstroom.HumanTask",
                payload: new JsonObject { ["kind"] = "offerteaanvraag", ["tenderId"] = "tender-1", ["providerId"] = "aanbieder-0" })
            .Finished();
        return journal.Build();
    }
}
