"""RW-5 Bijstand aanvraag under the Participatiewet (domain brief §9, RW-5). The bezwaar sub-flow is bezwaar.py."""

from collections import OrderedDict

from model import Flow, friction as F
from common import field, bezwaar_window, aanvulling_loop

ZT = "participatiewet-bijstand"
PW = "Participatiewet"


def build():
    f = Flow("rw5-bijstand", "RW-5 Bijstand (Participatiewet)",
             "Van melding tot beschikking over algemene bijstand, met zoektermijn, voorschot, plan van aanpak en "
             "bezwaarfase via rw5-bezwaar.", ZT)
    f.var("BezwaarIngediend", "String", "nee")
    f.start()
    f.service("MeldingRegistreren", "Melding registreren", "RegisterMelding",
              OrderedDict([("zaaktype", ZT), ("domein", PW), ("soort", "melding"), ("kanaal", "werk-en-inkomen")]),
              F("national", PW + " art. 44 lid 1 en 2", "klantcontact", 10, 15, 0,
                "De meldingsdatum bepaalt de vroegste ingangsdatum van de bijstand."))
    f.service("OntvangstBevestigen", "Ontvangst van de melding bevestigen", "ConfirmReceipt",
              OrderedDict([("zaaktype", ZT), ("soort", "melding")]),
              F("internal", "Werkwijze; Awb art. 2:17 bij elektronische berichten [K]", "backoffice", 2, 3, 0,
                "De inwoner weet dat de melding binnen is en wat de volgende stap is."))
    f.dp("DpZoektermijn", "RW5-DP1", "Passen we de zoektermijn van 4 weken toe?",
         [("toepassen", "Toepassen", "Jonger dan 27: eerst 4 weken zelf werk of opleiding zoeken (2015-tekst)."),
          ("afzien", "Niet toepassen", "27 jaar of ouder, of een uitzondering (onder Participatiewet in balans mogelijk maatwerk [?]).")],
         "toepassen", PW + " art. 41 lid 4 (2015-tekst); Participatiewet in balans per 1-1-2026 [?]", ["consulent"],
         F("national", PW + " art. 41 lid 4", "consulent", 5, 0, 0, "Jongeren eerst zelf laten zoeken naar werk of opleiding."))
    f.task("ZoekopdrachtGeven", "Zoektermijn: informeren en zoekopdracht geven", "consulent",
           "Leg uit wat de zoektermijn inhoudt, welke inspanningen verwacht worden en hoe die worden vastgelegd.",
           F("national", PW + " art. 41 lid 4, art. 43 lid 4 en 5", "consulent", 30, 30, 0, "Duidelijke verwachtingen voor de zoekperiode."),
           fields=[field("afspraken", "Afspraken over zoekinspanning", "textarea", True)])
    f.delay("Zoektermijn", "Zoektermijn (4 weken)", "28.00:00:00",
            F("national", PW + " art. 41 lid 4", "inwoner", 0, 60, 0,
              "Pas na 4 weken kan de aanvraag worden ingediend; de inwoner legt zijn zoekinspanningen vast (aanname 1 uur administratie)."))
    f.task("ZoekinspanningBeoordelen", "Zoekinspanning beoordelen", "consulent",
           "Beoordeel de houding en inspanningen tijdens de zoektermijn (art. 43 lid 4 en 5).",
           F("national", PW + " art. 43 lid 4 en 5", "consulent", 20, 20, 0, "Vaststellen of de jongere voldoende heeft gezocht."),
           fields=[field("oordeel", "Oordeel zoekinspanning", "textarea", True)])
    f.task("AanvraagOntvangen", "Aanvraag ontvangen", "backoffice",
           "Registreer de aanvraag en de datum van ontvangst; die datum start de beslistermijn en de voorschottermijn.",
           F("national", PW + " art. 43; Awb art. 4:1", "backoffice", 10, 45, 0, "Formele aanvraag; de inwoner vult het aanvraagformulier in."),
           fields=[field("ontvangenOp", "Ontvangen op", "date", True)])
    f.clock("KlokBeslis", "Beslistermijn starten (8 weken)", "start", "beslistermijn", "Awb art. 4:13",
            F("national", "Awb art. 4:13", "systeem", 0, 0, 0, "Geen termijn in de Participatiewet: uiterlijk 8 weken (Awb 4:13)."),
            term="8 weeks")
    f.clock("KlokVoorschot", "Voorschottermijn starten (4 weken)", "start", "voorschottermijn", PW + " art. 52 lid 1",
            F("national", PW + " art. 52 lid 1", "systeem", 0, 0, 0, "Binnen 4 weken na de aanvraag een voorschot als het recht nog niet vaststaat."),
            term="4 weeks")
    f.service("RegistersRaadplegen", "Registers raadplegen (BRP, Suwinet, RDW, Kadaster)", "CheckRegisters",
              OrderedDict([("registers", ["BRP", "Suwinet", "RDW", "Kadaster"]), ("zaaktype", ZT),
                           ("doel", "gegevens die in registers staan niet bij de aanvrager opvragen")]),
              F("national", PW + " art. 53a; Wet SUWI [K]", "systeem", 2, 0, 0, "Gegevens uit registers in plaats van bewijsstukken van de inwoner."))
    f.dp("DpBewijsstukken", "RW5-DP2", "Welke bewijsstukken vragen we op?",
         [("volledig", "Standaardlijst", "De standaardlijst van bewijsstukken (bankafschriften, huurcontract, enz.)."),
          ("suwinet", "Alleen wat ontbreekt", "Alleen wat niet in Suwinet of andere registers staat.")],
         "volledig", PW + " art. 53a lid 1 ('bepaalt het college')", ["consulent"],
         F("local", "Beleidsregels bijstand (bewijsstukken); " + PW + " art. 53a lid 1", "consulent", 5, 0, 0,
           "Alleen vragen wat nodig is; elk extra stuk kost de inwoner tijd en soms geld."))
    f.task("BewijsstukkenOpvragen", "Bewijsstukken opvragen", "backoffice",
           "Vraag de bewijsstukken op met een redelijke termijn.",
           F("local", "Beleidsregels bijstand (bewijsstukken)", "backoffice", 10, 120, 0,
             "Stukken verzamelen kost de inwoner veel tijd; een deel staat ook in registers."),
           fields=[field("lijst", "Opgevraagde stukken", "textarea", True)])
    f.dp("DpVoorschot", "RW5-DP4", "Verlenen we een voorschot?",
         [("verlenen", "Verlenen", "Ten minste 90% van de norm, binnen 4 weken na de aanvraag en daarna elke 4 weken tot het besluit."),
          ("nietnodig", "Niet nodig", "Het besluit volgt binnen 4 weken na de aanvraag."),
          ("weigeren", "Weigeren", "De aanvrager werkt verwijtbaar niet mee of heeft kennelijk geen recht.")],
         "verlenen", PW + " art. 52", ["consulent", "teamleider"],
         F("national", PW + " art. 52", "consulent", 10, 0, 0, "Niemand zonder inkomen laten wachten op het besluit."))
    f.service("VoorschotVerlenen", "Voorschot verlenen", "GrantVoorschot",
              OrderedDict([("percentageVanNorm", 90), ("herhalen", "elke 4 weken tot het besluit"),
                           ("legalBasis", PW + " art. 52 lid 1"), ("zaaktype", ZT)]),
              F("national", PW + " art. 52 lid 1", "backoffice", 10, 0, 0, "Inkomen tijdens de behandeling van de aanvraag."))
    f.task("VoorschotWeigeren", "Weigering voorschot motiveren en bekendmaken", "consulent",
           "Motiveer de weigering (geen medewerking of kennelijk geen recht) en maak die bekend.",
           F("national", PW + " art. 52; Awb art. 3:46", "consulent", 20, 5, 0, "Ook een weigering is een besluit waartegen bezwaar mogelijk is."),
           fields=[field("motivering", "Motivering", "textarea", True)])
    f.clock("KlokVoorschotStop", "Voorschottermijn stoppen", "stop", "voorschottermijn", PW + " art. 52 lid 1",
            F("national", PW + " art. 52 lid 1", "systeem", 0, 0, 0, "Over het voorschot is beslist."))
    aanvulling_loop(f, "AanvraagCompleet", "Awb art. 4:2, 4:5; " + PW + " art. 53a", "backoffice", "Onderzoek", "RechtVaststellen")
    f.task("Onderzoek", "Onderzoek recht op bijstand", "consulent",
           "Voer het gesprek en beoordeel woonsituatie, inkomen en vermogen met de gegevens uit Suwinet en de aangeleverde stukken.",
           F("national", PW + " art. 53a lid 2", "consulent", 90, 60, 0, "Vaststellen of er recht op bijstand is en hoeveel."),
           fields=[field("bevindingen", "Bevindingen", "textarea", True)])
    f.dp("DpHuisbezoek", "RW5-DP3", "Leggen we een huisbezoek af?",
         [("geen", "Geen huisbezoek", "De woonsituatie is voldoende duidelijk."),
          ("huisbezoek", "Huisbezoek (met toestemming)", "Twijfel over de woonsituatie: huisbezoek, alleen met toestemming.")],
         "geen", PW + " art. 53a lid 2 en 6", ["consulent", "handhaving"],
         F("national", PW + " art. 53a lid 2", "consulent", 5, 0, 0, "Alleen bij gerede twijfel; een huisbezoek is ingrijpend."))
    f.task("Huisbezoek", "Huisbezoek afleggen", "handhaving",
           "Leg het huisbezoek af na toestemming van de aanvrager en maak een rapport.",
           F("national", PW + " art. 53a lid 2", "handhaving", 90, 60, 0, "De woonsituatie vaststellen."),
           fields=[field("toestemming", "Toestemming gegeven", "boolean", True),
                   field("rapport", "Rapport", "textarea", True)])
    f.task("RechtVaststellen", "Recht op bijstand vaststellen", "consulent",
           "Stel vast of er recht op bijstand is. Kies 'Buiten behandeling' als de aanvraag onvolledig bleef (Awb 4:5) "
           "en 'Verdagen' als het besluit niet binnen 8 weken lukt (Awb 4:14 lid 3).",
           F("national", PW + " art. 11, 43; Awb art. 3:2", "consulent", 30, 0, 0, "Een zorgvuldig besluit over het recht op bijstand."),
           actions=("Recht", "Geen recht", "Buiten behandeling", "Verdagen"))
    f.clock("KlokVerdagen", "Beslistermijn verdagen", "extend", "beslistermijn", "Awb art. 4:14 lid 3",
            F("national", "Awb art. 4:14 lid 3", "systeem", 0, 0, 0, "Verdaging binnen de 8 weken melden met een redelijke termijn."),
            reason="Niet binnen 8 weken te beslissen; redelijke termijn gemeld (Awb 4:14 lid 3)", extension="4 weeks")
    f.task("VerdagingMelden", "Verdaging melden aan de inwoner", "backoffice",
           "Meld de verdaging schriftelijk, met de reden en de nieuwe termijn, binnen de 8 weken.",
           F("national", "Awb art. 4:14 lid 3", "backoffice", 10, 5, 0, "De inwoner weet waarom het besluit later komt."),
           fields=[field("nieuweDatum", "Nieuwe uiterste beslisdatum", "date", True)])
    f.dp("DpAfstemming", "RW5-DP5", "Stemmen we de bijstand af op de omstandigheden?",
         [("norm", "Volgens de norm", "De bijstandsnorm zonder afstemming."),
          ("lager", "Lager", "Lagere bijstand, bijv. door lage woonkosten of een andere omstandigheid."),
          ("hoger", "Hoger", "Hogere bijstand door bijzondere omstandigheden.")],
         "norm", PW + " art. 18 lid 1", ["consulent", "teamleider"],
         F("national", PW + " art. 18 lid 1", "consulent", 10, 0, 0, "Bijstand die past bij de situatie van de inwoner."))
    f.dp("DpIngangsdatum", "RW5-DP6", "Vanaf welke datum?",
         [("melddatum", "Meldingsdatum", "Bijstand vanaf de dag van de melding (art. 44 lid 1)."),
          ("later", "Later", "De aanvraag is verwijtbaar te laat ingediend (art. 44 lid 3)."),
          ("eerder", "Eerder", "Bijzondere omstandigheden rechtvaardigen een eerdere datum.")],
         "melddatum", PW + " art. 44 lid 1 en 3", ["consulent", "teamleider"],
         F("national", PW + " art. 44", "consulent", 5, 0, 0, "De ingangsdatum volgt de melding, tenzij er reden is om af te wijken."))
    f.dp("DpVoorziening", "RW5-DP7", "Welke ondersteuning bij arbeidsinschakeling?",
         [("traject", "Re-integratietraject", "Een traject naar werk."),
          ("participatie", "Maatschappelijk nuttige werkzaamheden", "Activiteiten naar vermogen."),
          ("geen", "Nu geen voorziening", "Ondersteuning is nu niet nodig of niet mogelijk.")],
         "traject", PW + " art. 7 lid 1 onder a, art. 9 lid 1", ["consulent"],
         F("national", PW + " art. 7, 9", "consulent", 15, 0, 0, "Zo snel mogelijk (weer) aan het werk."))
    f.dp("DpOntheffing", "RW5-DP8", "Geven we ontheffing van de arbeidsverplichtingen?",
         [("geen", "Geen ontheffing", "De verplichtingen gelden volledig."),
          ("tijdelijk", "Tijdelijke ontheffing", "Tijdelijk, bij dringende redenen."),
          ("volledig", "Volledige ontheffing", "Volledig, bij dringende redenen (bijv. medisch).")],
         "geen", PW + " art. 9 lid 2 ('dringende redenen')", ["consulent", "teamleider"],
         F("national", PW + " art. 9 lid 2", "consulent", 10, 0, 0, "Verplichtingen die iemand kan nakomen."))
    f.dp("DpMaatregel", "RW5-DP9", "Is er aanleiding voor een maatregel?",
         [("geen", "Geen maatregel", "Geen verwijtbare gedraging."),
          ("waarschuwing", "Schriftelijke waarschuwing", "Eerste lichte overtreding, als de afstemmingsverordening dat toelaat."),
          ("verlaging", "Verlaging", "Verlaging volgens de afstemmingsverordening (bijv. na onvoldoende zoekinspanning).")],
         "geen", PW + " art. 18 lid 2 en 4; Afstemmingsverordening", ["consulent", "teamleider"],
         F("local", "Afstemmingsverordening Participatiewet", "consulent", 10, 0, 0, "Een maatregel die past bij de ernst en de verwijtbaarheid."),
         reason_required=True)
    f.task("PlanVanAanpak", "Plan van aanpak opstellen", "consulent",
           "Stel samen met de inwoner het plan van aanpak op (verplicht bij de beschikking voor 18 tot 27 jaar).",
           F("national", PW + " art. 44a", "consulent", 45, 45, 0, "Afspraken over de weg naar werk."),
           fields=[field("plan", "Plan van aanpak", "textarea", True)])
    f.service("BeschikkingToekenning", "Beschikking toekenning opstellen", "DraftBeschikking",
              OrderedDict([("decision", "toekennen"), ("legalBasis", PW + " art. 11, 18, 43, 44"), ("zaaktype", ZT)]),
              F("national", PW + " art. 43, 44; Awb art. 3:46", "backoffice", 10, 0, 0, "Het besluit op schrift."))
    f.service("BeschikkingAfwijzing", "Beschikking afwijzing opstellen", "DraftBeschikking",
              OrderedDict([("decision", "afwijzen"), ("legalBasis", PW + " art. 11, 13"), ("zaaktype", ZT)]),
              F("national", PW + " art. 11, 13; Awb art. 3:46", "backoffice", 15, 0, 0, "Het besluit op schrift, met deugdelijke motivering."))
    f.service("BeschikkingBuitenBehandeling", "Besluit buiten behandeling opstellen", "DraftBeschikking",
              OrderedDict([("decision", "buiten-behandeling"), ("legalBasis", "Awb art. 4:5"), ("zaaktype", ZT)]),
              F("national", "Awb art. 4:5", "backoffice", 10, 0, 0, "Besluit om een onvolledige aanvraag niet te behandelen."))
    f.task("BeschikkingVerzenden", "Beschikking controleren en verzenden", "backoffice",
           "Controleer motivering (Awb 3:46) en rechtsmiddelenclausule (Awb 3:45) en verzend de beschikking (Awb 3:41).",
           F("national", "Awb art. 3:41, 3:45, 3:46", "backoffice", 15, 10, 0, "Een besluit werkt pas na bekendmaking."))
    f.clock("KlokBeslisStop", "Beslistermijn stoppen", "stop", "beslistermijn", "Awb art. 4:13",
            F("national", "Awb art. 4:13", "systeem", 0, 0, 0, "Het besluit is bekendgemaakt."))
    bezwaar_end = bezwaar_window(f, "", ZT, PW, False, "KlokBeslisStop")
    f.service("ZaakSluiten", "Zaak sluiten", "CloseCase", OrderedDict([("zaaktype", ZT), ("resultaat", "afgehandeld")]),
              F("internal", "Zaakgericht werken (archivering)", "systeem", 1, 0, 0, "Zaak afsluiten met resultaat."))
    f.end()

    # ---------- connections
    f.chain("Start", "MeldingRegistreren", "OntvangstBevestigen", "DpZoektermijn")
    f.c("DpZoektermijn", "ZoekopdrachtGeven", "toepassen")
    f.c("DpZoektermijn", "AanvraagOntvangen", "afzien")
    f.chain("ZoekopdrachtGeven", "Zoektermijn", "ZoekinspanningBeoordelen", "AanvraagOntvangen")
    f.chain("AanvraagOntvangen", "KlokBeslis", "KlokVoorschot", "RegistersRaadplegen", "DpBewijsstukken")
    f.c("DpBewijsstukken", "BewijsstukkenOpvragen", "volledig")
    f.c("DpBewijsstukken", "DpVoorschot", "suwinet")
    f.chain("BewijsstukkenOpvragen", "DpVoorschot")
    f.c("DpVoorschot", "VoorschotVerlenen", "verlenen")
    f.c("DpVoorschot", "KlokVoorschotStop", "nietnodig")
    f.c("DpVoorschot", "VoorschotWeigeren", "weigeren")
    f.chain("VoorschotVerlenen", "KlokVoorschotStop")
    f.chain("VoorschotWeigeren", "KlokVoorschotStop")
    f.chain("KlokVoorschotStop", "AanvraagCompleet")
    f.c("AanvraagCompleet", "KlokOpschorten", "Aanvulling nodig")
    f.chain("Onderzoek", "DpHuisbezoek")
    f.c("DpHuisbezoek", "Huisbezoek", "huisbezoek")
    f.c("DpHuisbezoek", "RechtVaststellen", "geen")
    f.chain("Huisbezoek", "RechtVaststellen")
    f.c("RechtVaststellen", "KlokVerdagen", "Verdagen")
    f.chain("KlokVerdagen", "VerdagingMelden")
    f.back("VerdagingMelden", "RechtVaststellen")
    f.c("RechtVaststellen", "BeschikkingAfwijzing", "Geen recht")
    f.c("RechtVaststellen", "BeschikkingBuitenBehandeling", "Buiten behandeling")
    f.c("RechtVaststellen", "DpAfstemming", "Recht")
    for o in ("norm", "lager", "hoger"):
        f.c("DpAfstemming", "DpIngangsdatum", o)
    for o in ("melddatum", "later", "eerder"):
        f.c("DpIngangsdatum", "DpVoorziening", o)
    for o in ("traject", "participatie", "geen"):
        f.c("DpVoorziening", "DpOntheffing", o)
    for o in ("geen", "tijdelijk", "volledig"):
        f.c("DpOntheffing", "DpMaatregel", o)
    for o in ("geen", "waarschuwing", "verlaging"):
        f.c("DpMaatregel", "PlanVanAanpak", o)
    f.chain("PlanVanAanpak", "BeschikkingToekenning", "BeschikkingVerzenden")
    f.chain("BeschikkingAfwijzing", "BeschikkingVerzenden")
    f.chain("BeschikkingBuitenBehandeling", "BeschikkingVerzenden")
    f.chain("BeschikkingVerzenden", "KlokBeslisStop")
    f.chain(bezwaar_end, "ZaakSluiten", "Einde")
    return f
