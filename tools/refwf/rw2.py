"""RW-2 Jeugdwet toegang with three entry routes (domain brief §9, RW-2).

Start the workflow with the variable Route = "melding" (wijkteam, the default), "verwijzing" (huisarts,
jeugdarts or medisch specialist; the provider sent a JW315 verzoek om toewijzing) or "maatregel" (GI or court).
"""

from collections import OrderedDict

from model import Flow, friction as F
from common import field, bezwaar_window, aanvulling_loop, verdaging_loop

ZT = "jeugdwet-toegang"
JW = "Jeugdwet"


def woonplaats(f, suffix, role="backoffice"):
    f.service("Woonplaats" + suffix, "Woonplaats vaststellen (BRP)", "CheckRegisters",
              OrderedDict([("registers", ["BRP"]), ("zaaktype", ZT),
                           ("doel", "woonplaatsbeginsel: BRP-adres van de jeugdige, bij verblijf het adres direct daarvoor (Jeugdwet art. 1.1, sinds 2022)")]),
              F("national", "Jeugdwet art. 1.1 (woonplaats, sinds 1-1-2022)", "systeem", 1, 0, 0,
                "Vaststellen welke gemeente verantwoordelijk is en betaalt."))
    f.dp("DpWoonplaats" + suffix, "RW2-DP4", "Is deze gemeente verantwoordelijk (woonplaatsbeginsel)?",
         [("eigen", "Ja, deze gemeente", "De jeugdige woont (of woonde direct voor het verblijf) in deze gemeente."),
          ("overdragen", "Nee, andere gemeente", "Overdragen aan de woonplaatsgemeente; bij een geschil de interbestuurlijke route volgen.")],
         "eigen", "Jeugdwet art. 1.1 (woonplaats)", [role, "jeugdconsulent"],
         F("national", "Jeugdwet art. 1.1", role, 10, 0, 0,
           "Toewijzingen aan de verkeerde gemeente leiden tot herstelwerk en verrekening tussen gemeenten."))


def build():
    f = Flow("rw2-jeugdwet-toegang", "RW-2 Jeugdwet toegang",
             "Toegang tot jeugdhulp via het wijkteam (melding), via een verwijzing door huisarts, jeugdarts of medisch "
             "specialist (JW315 verzoek om toewijzing) of via een gecertificeerde instelling of rechter. "
             "Start met variabele Route = melding | verwijzing | maatregel.", ZT)
    f.var("Route", "String", "melding")
    f.var("Besluit", "String", "")
    f.var("Vorm", "String", "")
    f.var("BezwaarIngediend", "String", "nee")

    f.start()
    f.switch("Toegangsroute", "Binnenkomstroute",
             [("Verwijzing", "getRoute() === 'verwijzing'"), ("Maatregel", "getRoute() === 'maatregel'")])

    # ---------- Route A: melding bij het wijkteam
    f.service("MeldingRegistreren", "Melding registreren (wijkteam)", "RegisterMelding",
              OrderedDict([("zaaktype", ZT), ("domein", JW), ("soort", "melding"), ("kanaal", "wijkteam")]),
              F("local", "Jeugdwet art. 2.3 lid 1; Verordening jeugdhulp (art. 2.9)", "jeugdconsulent", 10, 20, 0,
                "De hulpvraag vastleggen; de verordening bepaalt de procedure."))
    f.service("OntvangstBevestigen", "Ontvangst van de melding bevestigen", "ConfirmReceipt",
              OrderedDict([("zaaktype", ZT), ("soort", "melding"), ("termijn", "volgens verordening")]),
              F("local", "Verordening jeugdhulp", "backoffice", 3, 5, 0, "De ouders weten dat de vraag binnen is en wat er gaat gebeuren."))
    woonplaats(f, "A")
    f.dp("DpTriage", "RW2-DP1", "Welke hulp past bij deze vraag?",
         [("lichthulp", "Lichte hulp door het wijkteam", "Het wijkteam helpt zelf, zonder individuele voorziening."),
          ("overig", "Overige voorziening", "Een vrij toegankelijke (algemene) voorziening."),
          ("individueel", "Individuele voorziening", "Onderzoek naar een individuele voorziening."),
          ("spoed", "Spoed", "Direct jeugdhulp inzetten; het onderzoek volgt.")],
         "individueel", "Jeugdwet art. 2.3 lid 1; Verordening jeugdhulp", ["jeugdconsulent", "teamleider"],
         F("local", "Verordening jeugdhulp; werkwijze wijkteam", "jeugdconsulent", 20, 20, 0,
           "De lichtst passende hulp eerst, zonder onnodige procedure."))
    f.task("LichteHulp", "Lichte hulp of overige voorziening inzetten", "jeugdconsulent",
           "Leg vast welke hulp het wijkteam zelf biedt of naar welke overige voorziening is verwezen.",
           F("local", "Verordening jeugdhulp", "jeugdconsulent", 30, 30, 0, "Hulp dichtbij, zonder beschikking."),
           fields=[field("hulp", "Ingezette hulp", "textarea", True)])
    f.service("ZaakSluitenLicht", "Zaak sluiten", "CloseCase", OrderedDict([("zaaktype", ZT), ("resultaat", "lichte-hulp")]),
              F("internal", "Zaakgericht werken (archivering)", "systeem", 1, 0, 0, "Zaak afsluiten met resultaat."))
    f.end("EindeLicht", "Einde (lichte hulp)")
    f.task("SpoedHulp", "Spoedeisende jeugdhulp direct inzetten", "jeugdconsulent",
           "Zet de hulp direct in en leg vast waarom het niet kan wachten.",
           F("local", "Jeugdwet art. 2.3 lid 1; Verordening jeugdhulp (spoed)", "jeugdconsulent", 45, 30, 0, "Veiligheid van het kind eerst."),
           fields=[field("reden", "Waarom spoed", "textarea", True)])
    f.service("ToewijzingSpoed", "Toewijzing spoed versturen (JW301)", "SendToewijzing",
              OrderedDict([("standard", "iJw"), ("bericht", "JW301"), ("reden", "spoed"), ("zaaktype", ZT)]),
              F("national", "Jeugdwet art. 2.15; Regeling Jeugdwet §6c (iJw)", "systeem", 2, 0, 0,
                "De aanbieder krijgt de opdracht via het verplichte berichtenverkeer."))
    f.clock("KlokOnderzoek", "Onderzoekstermijn starten (verordening)", "start", "onderzoekstermijn",
            "Verordening jeugdhulp (lokale termijn; de Jeugdwet kent geen onderzoekstermijn)",
            F("local", "Verordening jeugdhulp", "systeem", 0, 0, 0, "Lokale termijn voor het onderzoek."),
            term="6 weeks")
    f.task("Onderzoek", "Onderzoek: eigen mogelijkheden en probleemoplossend vermogen", "jeugdconsulent",
           "Onderzoek samen met jeugdige en ouders de hulpvraag, de eigen mogelijkheden en het probleemoplossend "
           "vermogen, en houd rekening met behoeften, persoonskenmerken, godsdienst en cultuur. Bied de mogelijkheid "
           "van een familiegroepsplan aan.",
           F("national", "Jeugdwet art. 2.3 lid 1 en 4, art. 4.1.2; Verordening jeugdhulp", "jeugdconsulent", 120, 120, 0,
             "Een zorgvuldig beeld van wat het gezin zelf kan en wat nodig is."),
           fields=[field("hulpvraag", "Hulpvraag", "textarea", True),
                   field("eigenMogelijkheden", "Eigen mogelijkheden en netwerk", "textarea", True),
                   field("familiegroepsplanAangeboden", "Familiegroepsplan aangeboden", "boolean", True),
                   field("familiegroepsplanGemaakt", "Familiegroepsplan gemaakt", "boolean")],
           due=25)
    f.dp("DpGebruikelijkeZorg", "RW2-DP6", "Wat verwachten we van de ouders aan gebruikelijke zorg?",
         [("volledig", "Volledig", "Wat ouders normaal voor een kind van deze leeftijd doen, blijft bij de ouders."),
          ("gedeeltelijk", "Gedeeltelijk", "Ouders kunnen een deel; overbelasting of beperkingen spelen mee."),
          ("niet", "Niet", "Van de ouders kan nu geen extra zorg worden verwacht.")],
         "volledig", "Verordening jeugdhulp; beleidsregels gebruikelijke zorg", ["jeugdconsulent"],
         F("local", "Beleidsregels jeugdhulp (gebruikelijke zorg)", "jeugdconsulent", 10, 0, 0, "Gelijke gevallen gelijk; ruimte voor de gezinssituatie."))
    f.dp("DpSchool", "RW2-DP7", "Is overleg met de school nodig?",
         [("nee", "Nee", "De school speelt geen rol in de hulpvraag."),
          ("ja", "Ja, school raadplegen", "Afstemming met school of samenwerkingsverband (met toestemming).")],
         "nee", "Jeugdwet art. 2.7 lid 1 ('zo nodig')", ["jeugdconsulent"],
         F("national", "Jeugdwet art. 2.7 lid 1", "jeugdconsulent", 5, 0, 0, "Hulp thuis en op school sluiten op elkaar aan."))
    f.task("SchoolOverleg", "Overleg met de school", "jeugdconsulent",
           "Overleg met school of samenwerkingsverband passend onderwijs, met toestemming van ouders.",
           F("national", "Jeugdwet art. 2.7 lid 1", "jeugdconsulent", 45, 15, 0, "Afstemming tussen jeugdhulp en onderwijs."),
           fields=[field("afspraken", "Afspraken met school", "textarea", True)])
    f.clock("KlokOnderzoekStop", "Onderzoekstermijn stoppen", "stop", "onderzoekstermijn", "Verordening jeugdhulp",
            F("local", "Verordening jeugdhulp", "systeem", 0, 0, 0, "Het onderzoek is afgerond."))
    f.task("Verslag", "Verslag of gezinsplan opstellen en delen", "jeugdconsulent",
           "Leg de uitkomsten vast (verslag of gezinsplan) en deel het met jeugdige en ouders.",
           F("local", "Verordening jeugdhulp (verslag)", "jeugdconsulent", 60, 30, 0, "Ouders krijgen de uitkomst op schrift."),
           fields=[field("verstuurdOp", "Gedeeld op", "date", True)])
    f.dp("DpVerslagAanvraag", "RW2-DP8", "Geldt het verslag als aanvraag?",
         [("verslag", "Verslag is aanvraag", "Ouders ondertekenen het verslag; dat geldt als aanvraag."),
          ("apart", "Aparte aanvraag", "Ouders dienen een apart aanvraagformulier in.")],
         "verslag", "Awb art. 4:1; Verordening jeugdhulp", ["jeugdconsulent"],
         F("local", "Verordening jeugdhulp", "jeugdconsulent", 2, 0, 0, "Geen dubbel formulier als het verslag al alles bevat."))
    f.task("AanvraagFormulier", "Aanvraagformulier ontvangen", "backoffice",
           "Registreer het aanvraagformulier en de datum van ontvangst.",
           F("local", "Awb art. 4:1; Verordening jeugdhulp", "backoffice", 10, 20, 0, "Formele aanvraag naast het verslag."),
           fields=[field("ontvangenOp", "Ontvangen op", "date", True)])
    f.clock("KlokBeslis", "Beslistermijn starten (8 weken)", "start", "beslistermijn", "Awb art. 4:13",
            F("national", "Awb art. 4:13", "systeem", 0, 0, 0, "Geen termijn in de Jeugdwet: uiterlijk 8 weken (Awb 4:13)."),
            term="8 weeks")
    aanvulling_loop(f, "AanvraagCompleet", "Awb art. 4:2, 4:5", "backoffice", "BesluitVoorbereiden", "BesluitVoorbereiden")
    f.task("BesluitVoorbereiden", "Besluit voorbereiden", "jeugdconsulent",
           "Bereid het besluit voor. Lukt het niet binnen 8 weken, kies 'Verdagen' en meld dat binnen de 8 weken met een redelijke termijn (Awb 4:14 lid 3).",
           F("national", "Jeugdwet art. 2.3; Awb art. 3:2, 3:46", "jeugdconsulent", 30, 0, 0, "Een zorgvuldig en gemotiveerd besluit."),
           actions=("Gereed", "Verdagen"))
    verdaging_loop(f, "BesluitVoorbereiden", "4 weeks", "Awb art. 4:14 lid 3", "backoffice",
                   "Niet binnen 8 weken te beslissen; redelijke termijn gemeld binnen de 8 weken (Awb 4:14 lid 3)")
    f.dp("DpNodig", "RW2-DP5", "Is jeugdhulp nodig?",
         [("ja", "Ja", "Eigen mogelijkheden en probleemoplossend vermogen zijn ontoereikend."),
          ("nee", "Nee", "Het gezin kan het met eigen mogelijkheden, netwerk of een overige voorziening.")],
         "ja", "Jeugdwet art. 2.3 lid 1 ('naar het oordeel van het college')", ["jeugdconsulent", "teamleider"],
         F("national", "Jeugdwet art. 2.3 lid 1", "jeugdconsulent", 15, 0, 0, "Het college beoordeelt of een individuele voorziening nodig is."),
         reason_required=True)
    f.setvar("ZetBesluitToekennen", "Besluit: toekennen", "Besluit", "toekennen")
    f.dp("DpSoortHulp", "RW2-DP9", "Welke soort en intensiteit jeugdhulp?",
         [("ambulant", "Ambulant", "Hulp thuis of op een locatie, zonder verblijf."),
          ("dagbehandeling", "Dagbehandeling", "Behandeling overdag op een locatie."),
          ("verblijf", "Verblijf", "Het kind verblijft (deels) buiten het gezin.")],
         "ambulant", "Jeugdwet art. 2.3 lid 1, 4 en 5", ["jeugdconsulent"],
         F("national", "Jeugdwet art. 2.3 lid 1, 4 en 5", "jeugdconsulent", 20, 0, 0, "Passende hulp, met keuzevrijheid waar redelijk mogelijk."))
    f.dp("DpVerblijf", "RW2-DP12", "Welke vorm van verblijf?",
         [("pleegzorg", "Pleegzorg", "Verblijf bij een pleegouder (wettelijke voorkeur)."),
          ("gezinshuis", "Gezinshuis", "Verblijf in een gezinshuis (wettelijke voorkeur)."),
          ("residentieel", "Residentieel", "Verblijf in een instelling; motiveer waarom pleegzorg of gezinshuis niet passend is.")],
         "pleegzorg", "Jeugdwet art. 2.3 lid 6", ["jeugdconsulent", "teamleider"],
         F("national", "Jeugdwet art. 2.3 lid 6", "jeugdconsulent", 15, 0, 0, "Een kind groeit zo veel mogelijk op in een gezin."))
    f.dp("DpVorm", "RW2-DP10", "In natura of als pgb?",
         [("zin", "Jeugdhulp in natura", "De hulp wordt geleverd door een gecontracteerde aanbieder."),
          ("pgb", "Persoonsgebonden budget", "Alleen als de hulp in natura niet passend is (art. 8.1.1 lid 2 onder b).")],
         "zin", "Jeugdwet art. 8.1.1", ["jeugdconsulent"],
         F("national", "Jeugdwet art. 8.1.1", "jeugdconsulent", 10, 10, 0, "Keuzevrijheid binnen strengere pgb-voorwaarden dan de Wmo."))
    f.setvar("ZetVormZin", "Vorm: in natura", "Vorm", "zin")
    f.task("PgbToets", "Pgb-voorwaarden toetsen", "jeugdconsulent",
           "Toets art. 8.1.1 lid 2: (a) beheer, eventueel met hulp; (b) een gemotiveerd standpunt waarom hulp in natura "
           "niet passend is; (c) kwaliteit gewaarborgd. Voldoet het niet, dan wordt de jeugdhulp in natura geleverd; de weigering van het pgb staat in de beschikking.",
           F("national", "Jeugdwet art. 8.1.1 lid 2, art. 8.1.6", "jeugdconsulent", 30, 60, 0, "Een pgb alleen als het verantwoord is."),
           fields=[field("beheer", "Kan het pgb beheren", "boolean", True),
                   field("nietPassend", "Waarom is zorg in natura niet passend?", "textarea", True),
                   field("kwaliteit", "Kwaliteit gewaarborgd", "boolean", True)],
           actions=("Voldoet", "Voldoet niet"))
    f.setvar("ZetVormPgb", "Vorm: pgb", "Vorm", "pgb")
    f.dp("DpVervoer", "RW2-DP11", "Is vervoer nodig?",
         [("geen", "Geen vervoer", "Ouders of netwerk zorgen voor vervoer."),
          ("vervoer", "Vervoer toekennen", "Vervoer is naar het oordeel van het college noodzakelijk.")],
         "geen", "Jeugdwet art. 2.3 lid 2", ["jeugdconsulent"],
         F("national", "Jeugdwet art. 2.3 lid 2", "jeugdconsulent", 5, 0, 0, "Vervoer alleen als het noodzakelijk is."))
    f.dp("DpDuur", "RW2-DP13", "Hoe lang geldt de voorziening?",
         [("kort", "Kort (6 maanden)", "Evaluatie na een half jaar."),
          ("standaard", "Standaard (1 jaar)", "Evaluatie na een jaar."),
          ("lang", "Lang (tot 3 jaar)", "Stabiele, langdurige hulpvraag.")],
         "standaard", "Verordening jeugdhulp; beleidsregels", ["jeugdconsulent"],
         F("local", "Beleidsregels jeugdhulp (duur)", "jeugdconsulent", 2, 0, 0, "Een korte duur betekent vaker opnieuw beoordelen."))
    f.service("BeschikkingToekenning", "Beschikking toekenning opstellen", "DraftBeschikking",
              OrderedDict([("decision", "toekennen"), ("legalBasis", "Jeugdwet art. 2.3, art. 8.1.1"), ("zaaktype", ZT)]),
              F("national", "Jeugdwet art. 2.3; Awb art. 3:46", "backoffice", 10, 0, 0, "Het besluit op schrift."))
    f.service("BeschikkingAfwijzing", "Beschikking afwijzing opstellen", "DraftBeschikking",
              OrderedDict([("decision", "afwijzen"), ("legalBasis", "Jeugdwet art. 2.3 lid 1"), ("zaaktype", ZT)]),
              F("national", "Jeugdwet art. 2.3 lid 1; Awb art. 3:46", "backoffice", 15, 0, 0, "Het besluit op schrift, met deugdelijke motivering."))
    f.task("BeschikkingVerzenden", "Beschikking controleren en verzenden", "backoffice",
           "Controleer motivering (Awb 3:46) en rechtsmiddelenclausule (Awb 3:45) en verzend de beschikking (Awb 3:41).",
           F("national", "Awb art. 3:41, 3:45, 3:46", "backoffice", 15, 10, 0, "Een besluit werkt pas na bekendmaking."))
    f.clock("KlokBeslisStop", "Beslistermijn stoppen", "stop", "beslistermijn", "Awb art. 4:13",
            F("national", "Awb art. 4:13", "systeem", 0, 0, 0, "Het besluit is bekendgemaakt."))
    f.fork("UitvoeringEnBezwaar", "Uitvoering en bezwaartermijn", ["uitvoering", "bezwaar"])
    f.decision("IsToegekend", "Jeugdhulp toegekend?", "getBesluit() === 'toekennen'")
    f.decision("IsPgb", "Pgb?", "getVorm() === 'pgb'")
    f.service("Toewijzing", "Toewijzing versturen (JW301)", "SendToewijzing",
              OrderedDict([("standard", "iJw"), ("bericht", "JW301"), ("reden", "regulier"), ("zaaktype", ZT)]),
              F("national", "Jeugdwet art. 2.15; Regeling Jeugdwet §6c (iJw)", "systeem", 2, 0, 0, "Uniform berichtenverkeer met aanbieders."))
    f.service("PgbSvb", "Pgb registreren bij de SVB", "RegisterPgbSvb", OrderedDict([("wet", JW), ("zaaktype", ZT)]),
              F("national", "Jeugdwet art. 8.1.8", "backoffice", 15, 60, 0, "De SVB betaalt het pgb uit; ouders leveren zorgovereenkomst en budgetplan."))
    f.task("LeveringVolgen", "Levering volgen (start, stop, verzoeken om wijziging)", "backoffice",
           "Volg de start- en stopberichten (JW305/307). Komt er een verzoek om wijziging (JW317), kies dan 'Verzoek om wijziging'.",
           F("contract", "iJw (JW305, JW307, JW317); contract", "backoffice", 10, 0, 0, "Weten of de hulp geleverd wordt."),
           actions=("Verzoek om wijziging", "Geen wijziging"))
    f.dp("DpVow", "RW2-DP16", "Verzoek om wijziging (JW317) honoreren?",
         [("honoreren", "Honoreren", "De gevraagde wijziging wordt toegewezen."),
          ("afwijzen", "Afwijzen", "Afwijzen met een reden uit codelijst WJ759.")],
         "honoreren", "Jeugdwet art. 2.15; iJw; contract", ["jeugdconsulent"],
         F("contract", "Contract; iJw", "jeugdconsulent", 15, 0, 0, "Wijzigingen in de hulp gecontroleerd toewijzen."))
    f.service("VowHonoreren", "Antwoord op wijzigingsverzoek: gehonoreerd (JW301)", "AnswerVerzoekOmToewijzing",
              OrderedDict([("standard", "iJw"), ("antwoordbericht", "JW319"), ("besluit", "toegewezen"), ("zaaktype", ZT)]),
              F("national", "Regeling Jeugdwet §6c (iJw)", "systeem", 2, 0, 0, "Antwoord aan de aanbieder via het berichtenverkeer."))
    f.service("VowAfwijzen", "Antwoord op wijzigingsverzoek: afgewezen (JW319)", "AnswerVerzoekOmToewijzing",
              OrderedDict([("standard", "iJw"), ("antwoordbericht", "JW319"), ("besluit", "afgewezen"),
                           ("redenCodelijst", "WJ759"), ("zaaktype", ZT)]),
              F("national", "Regeling Jeugdwet §6c (iJw)", "systeem", 2, 0, 0, "Antwoord aan de aanbieder via het berichtenverkeer."))
    f.task("Evaluatie", "Evaluatie en herziening", "jeugdconsulent",
           "Evalueer de hulp bij de einddatum of bij signalen (art. 8.1.3; voor pgb ook art. 8.1.4).",
           F("national", "Jeugdwet art. 8.1.3, 8.1.4; Verordening jeugdhulp", "jeugdconsulent", 30, 30, 0, "De hulp blijft passend."))
    f.dp("DpVerlenging", "RW2-DP18", "Hoe verlengen we?",
         [("licht", "Lichte toets", "Korte check met gezin en aanbieder; geen nieuw onderzoek als er niets veranderd is."),
          ("volledig", "Volledig nieuw onderzoek", "Een nieuwe melding met onderzoek en aanvraag.")],
         "volledig", "Verordening jeugdhulp; beleidsregels", ["jeugdconsulent", "teamleider"],
         F("local", "Beleidsregels jeugdhulp (verlenging)", "jeugdconsulent", 5, 0, 0, "Verlengen zonder onnodige belasting voor het gezin."))
    f.task("Bureaucheck", "Verlenging na lichte toets vastleggen", "jeugdconsulent",
           "Controleer kort met gezin en aanbieder of er iets veranderd is en leg de verlenging vast.",
           F("local", "Beleidsregels jeugdhulp (verlenging)", "jeugdconsulent", 20, 15, 0, "Verlengen zonder onnodige belasting."),
           fields=[field("veranderd", "Iets veranderd?", "boolean", True)])
    f.service("HerindicatieStarten", "Nieuw onderzoek starten (nieuwe melding)", "RegisterMelding",
              OrderedDict([("zaaktype", ZT), ("domein", JW), ("soort", "herindicatie"), ("kanaal", "intern")]),
              F("local", "Verordening jeugdhulp", "jeugdconsulent", 10, 0, 0, "Een nieuw onderzoek loopt als nieuwe zaak door dit proces."))
    f.node("UitvoeringKlaar", "Uitvoering afgerond")
    bezwaar_end = bezwaar_window(f, "", ZT, JW, True, "UitvoeringEnBezwaar", "bezwaar")
    f.join("ZaakAfronden", "Uitvoering en bezwaar afgerond", "WaitAll")
    f.service("ZaakSluiten", "Zaak sluiten", "CloseCase", OrderedDict([("zaaktype", ZT), ("resultaat", "afgehandeld")]),
              F("internal", "Zaakgericht werken (archivering)", "systeem", 1, 0, 0, "Zaak afsluiten met resultaat."))
    f.end()

    # ---------- Route B: verwijzing (JW315 verzoek om toewijzing)
    f.node("VotOpstellen", "Verwijzing en JW315 door verwijzer en aanbieder",
           F("national", "Jeugdwet art. 2.6 lid 1 onder g; Regeling Jeugdwet §6c (iJw JW315)", "aanbieder", 15, 10, 0,
             "Huisarts, jeugdarts of medisch specialist verwijst; de aanbieder stuurt een verzoek om toewijzing."))
    f.service("VotRegistreren", "Verzoek om toewijzing registreren (JW315)", "RegisterMelding",
              OrderedDict([("zaaktype", ZT), ("domein", JW), ("soort", "verzoek-om-toewijzing"), ("kanaal", "JW315")]),
              F("national", "Jeugdwet art. 2.6 lid 1 onder g; iJw", "systeem", 1, 0, 0, "Het verzoek van de aanbieder vastleggen."))
    woonplaats(f, "B")
    f.dp("DpVot", "RW2-DP2", "Hoe handelen we het verzoek om toewijzing (JW315) af?",
         [("toewijzen", "Toewijzen binnen contract", "De verwijzing past binnen de afspraken met verwijzers en het contract: direct toewijzen."),
          ("beoordelen", "Inhoudelijk beoordelen", "Een jeugdconsulent onderzoekt eerst (reikwijdte van die toets is omstreden [?])."),
          ("afwijzen", "Afwijzen", "Afwijzen met een reden uit codelijst WJ759, bijv. geen contract voor dit product.")],
         "toewijzen", "Jeugdwet art. 2.6 lid 1 onder g, art. 2.7 lid 4; iJw", ["jeugdconsulent", "backoffice"],
         F("national", "Jeugdwet art. 2.6 lid 1 onder g, art. 2.7 lid 4", "backoffice", 10, 0, 0,
           "De verwijsroute is wettelijk; hoe de gemeente verwijzingen toetst, is afgesproken met verwijzers."))
    # An honoured verzoek om toewijzing is answered with the toewijzing itself (JW301, after the JW316 retourbericht);
    # a JW319 only answers a refusal or "in onderzoek". No separate SendToewijzing follows, or the aanbieder gets two.
    f.service("VotToewijzen", "Antwoord op VOT: toewijzing (JW316, JW301)", "AnswerVerzoekOmToewijzing",
              OrderedDict([("standard", "iJw"), ("antwoordbericht", "JW319"), ("retourbericht", "JW316"),
                           ("besluit", "toegewezen"), ("zaaktype", ZT)]),
              F("national", "Regeling Jeugdwet §6c (iJw)", "systeem", 2, 0, 0, "Antwoord aan de aanbieder via het berichtenverkeer."))
    f.service("VotAfwijzen", "Antwoord op VOT: afgewezen (JW319)", "AnswerVerzoekOmToewijzing",
              OrderedDict([("standard", "iJw"), ("antwoordbericht", "JW319"), ("retourbericht", "JW316"),
                           ("besluit", "afgewezen"), ("redenCodelijst", "WJ759"), ("zaaktype", ZT)]),
              F("national", "Regeling Jeugdwet §6c (iJw)", "systeem", 2, 0, 0, "Antwoord aan de aanbieder via het berichtenverkeer."))
    f.task("VerwijzerInformeren", "Ouders en verwijzer informeren", "jeugdconsulent",
           "Leg ouders en verwijzer uit waarom het verzoek is afgewezen en bied een gesprek met het wijkteam aan.",
           F("internal", "Werkwijze; Jeugdwet art. 2.7 lid 4 (afspraken met verwijzers)", "jeugdconsulent", 20, 15, 0,
             "Het gezin valt niet tussen wal en schip."))
    f.service("ZaakSluitenVotAfgewezen", "Zaak sluiten", "CloseCase", OrderedDict([("zaaktype", ZT), ("resultaat", "vot-afgewezen")]),
              F("internal", "Zaakgericht werken (archivering)", "systeem", 1, 0, 0, "Zaak afsluiten met resultaat."))
    f.end("EindeVotAfgewezen", "Einde (VOT afgewezen)")
    f.dp("DpBeschikkingVerwijzing", "RW2-DP14", "Geven we na de verwijzing een beschikking af?",
         [("nee", "Nee", "Toewijzing zonder aparte beschikking (gangbare praktijk bij verwijzingen)."),
          ("ja", "Ja", "Wel een beschikking, bijv. omdat de verordening dat eist of de ouders erom vragen.")],
         "nee", "Jeugdwet art. 2.6 lid 1 onder g; Verordening jeugdhulp; rechtspraak CRvB [?]", ["jeugdconsulent", "jurist"],
         F("local", "Verordening jeugdhulp; juridisch omstreden [?]", "jeugdconsulent", 5, 0, 0,
           "Een beschikking geeft rechtszekerheid, maar kost tijd; of hij verplicht is, is omstreden."))
    f.service("BeschikkingVerwijzing", "Beschikking na verwijzing opstellen", "DraftBeschikking",
              OrderedDict([("decision", "toekennen"), ("legalBasis", "Jeugdwet art. 2.3, art. 2.6 lid 1 onder g"), ("zaaktype", ZT)]),
              F("local", "Verordening jeugdhulp; Awb art. 3:46", "backoffice", 10, 0, 0, "Het besluit op schrift."))
    f.task("BeschikkingVerwijzingVerzenden", "Beschikking controleren en verzenden", "backoffice",
           "Controleer motivering en rechtsmiddelenclausule (Awb 3:45, 3:46) en verzend de beschikking.",
           F("national", "Awb art. 3:41, 3:45", "backoffice", 10, 10, 0, "Een besluit werkt pas na bekendmaking."))
    f.service("ZaakSluitenVerwijzing", "Zaak sluiten", "CloseCase", OrderedDict([("zaaktype", ZT), ("resultaat", "toegewezen-na-verwijzing")]),
              F("internal", "Zaakgericht werken (archivering)", "systeem", 1, 0, 0, "Zaak afsluiten met resultaat."))
    f.end("EindeVerwijzing", "Einde (verwijzing)")

    # ---------- Route C: gecertificeerde instelling of rechter
    f.service("MaatregelRegistreren", "Indicatie GI of rechter registreren", "RegisterMelding",
              OrderedDict([("zaaktype", ZT), ("domein", JW), ("soort", "maatregel"), ("kanaal", "GI")]),
              F("national", "Jeugdwet art. 2.4 lid 2 onder b, art. 3.5", "backoffice", 10, 0, 0,
                "Bij een kinderbeschermingsmaatregel of jeugdreclassering bepaalt de GI welke jeugdhulp nodig is."))
    woonplaats(f, "C")
    f.dp("DpGiOverleg", "RW2-DP3", "Hoe verloopt het overleg tussen GI en college?",
         [("protocol", "Overleg vooraf volgens protocol", "De GI overlegt vooraf met het college, zoals het protocol voorschrijft."),
          ("achteraf", "Direct inzetten, overleg achteraf", "Bij spoed zet de GI de hulp direct in; het overleg wordt achteraf vastgelegd.")],
         "protocol", "Jeugdwet art. 3.5 (protocol verplicht; inhoud lokaal)", ["jeugdconsulent", "teamleider"],
         F("local", "Protocol GI - gemeente (Jeugdwet art. 3.5)", "jeugdconsulent", 5, 0, 0,
           "Afstemming tussen GI en gemeente, zonder de hulp aan het kind te vertragen."))
    f.task("GiOverleg", "Overleg met de GI", "jeugdconsulent",
           "Overleg met de GI over de ingeschatte jeugdhulp (art. 3.5) en leg de afspraken vast.",
           F("national", "Jeugdwet art. 3.5", "jeugdconsulent", 45, 0, 0, "De gemeente weet welke hulp wordt ingezet en kan meedenken."),
           fields=[field("afspraken", "Afspraken", "textarea", True)])
    f.service("ToewijzingMaatregel", "Toewijzing versturen (JW301)", "SendToewijzing",
              OrderedDict([("standard", "iJw"), ("bericht", "JW301"), ("reden", "maatregel"), ("zaaktype", ZT)]),
              F("national", "Jeugdwet art. 2.15; Regeling Jeugdwet §6c (iJw)", "systeem", 2, 0, 0, "Uniform berichtenverkeer met aanbieders."))
    f.service("ZaakSluitenMaatregel", "Zaak sluiten", "CloseCase", OrderedDict([("zaaktype", ZT), ("resultaat", "toegewezen-gi")]),
              F("internal", "Zaakgericht werken (archivering)", "systeem", 1, 0, 0, "Zaak afsluiten met resultaat."))
    f.end("EindeMaatregel", "Einde (GI of rechter)")

    # ---------- shared: overdracht aan andere woonplaatsgemeente
    f.task("Overdragen", "Overdragen aan de woonplaatsgemeente", "backoffice",
           "Draag de zaak over aan de verantwoordelijke gemeente en informeer ouders en aanbieder. Bij een geschil: "
           "volg de afspraken tussen gemeenten (onderzoeks- en informatieplicht).",
           F("national", "Jeugdwet art. 1.1 (woonplaats); afspraken tussen gemeenten", "backoffice", 30, 5, 0,
             "De juiste gemeente neemt de zaak over."),
           fields=[field("gemeente", "Woonplaatsgemeente", "text", True)])
    f.service("ZaakSluitenOverdracht", "Zaak sluiten", "CloseCase", OrderedDict([("zaaktype", ZT), ("resultaat", "overgedragen")]),
              F("internal", "Zaakgericht werken (archivering)", "systeem", 1, 0, 0, "Zaak afsluiten met resultaat."))
    f.end("EindeOverdracht", "Einde (overgedragen)")

    # ---------- connections
    f.chain("Start", "Toegangsroute")
    f.c("Toegangsroute", "MeldingRegistreren", "Default")
    f.c("Toegangsroute", "VotOpstellen", "Verwijzing")
    f.c("Toegangsroute", "MaatregelRegistreren", "Maatregel")
    # route A
    f.chain("MeldingRegistreren", "OntvangstBevestigen", "WoonplaatsA", "DpWoonplaatsA")
    f.c("DpWoonplaatsA", "DpTriage", "eigen")
    f.c("DpWoonplaatsA", "Overdragen", "overdragen")
    f.c("DpTriage", "LichteHulp", "lichthulp")
    f.c("DpTriage", "LichteHulp", "overig")
    f.chain("LichteHulp", "ZaakSluitenLicht", "EindeLicht")
    f.c("DpTriage", "SpoedHulp", "spoed")
    f.chain("SpoedHulp", "ToewijzingSpoed", "KlokOnderzoek")
    f.c("DpTriage", "KlokOnderzoek", "individueel")
    f.chain("KlokOnderzoek", "Onderzoek", "DpGebruikelijkeZorg")
    for o in ("volledig", "gedeeltelijk", "niet"):
        f.c("DpGebruikelijkeZorg", "DpSchool", o)
    f.c("DpSchool", "SchoolOverleg", "ja")
    f.c("DpSchool", "KlokOnderzoekStop", "nee")
    f.chain("SchoolOverleg", "KlokOnderzoekStop", "Verslag", "DpVerslagAanvraag")
    f.c("DpVerslagAanvraag", "AanvraagFormulier", "apart")
    f.c("DpVerslagAanvraag", "KlokBeslis", "verslag")
    f.chain("AanvraagFormulier", "KlokBeslis", "AanvraagCompleet")
    f.c("AanvraagCompleet", "KlokOpschorten", "Aanvulling nodig")
    f.c("BesluitVoorbereiden", "DpNodig", "Gereed")
    f.c("DpNodig", "BeschikkingAfwijzing", "nee")
    f.c("DpNodig", "ZetBesluitToekennen", "ja")
    f.chain("ZetBesluitToekennen", "DpSoortHulp")
    f.c("DpSoortHulp", "DpVerblijf", "verblijf")
    f.c("DpSoortHulp", "DpVorm", "ambulant")
    f.c("DpSoortHulp", "DpVorm", "dagbehandeling")
    for o in ("pleegzorg", "gezinshuis", "residentieel"):
        f.c("DpVerblijf", "DpVorm", o)
    f.c("DpVorm", "ZetVormZin", "zin")
    f.c("DpVorm", "PgbToets", "pgb")
    f.chain("ZetVormZin", "DpVervoer")
    f.c("PgbToets", "ZetVormPgb", "Voldoet")
    f.c("PgbToets", "ZetVormZin", "Voldoet niet")  # pgb not possible: the voorziening is provided in natura
    f.chain("ZetVormPgb", "DpVervoer")
    for o in ("geen", "vervoer"):
        f.c("DpVervoer", "DpDuur", o)
    for o in ("kort", "standaard", "lang"):
        f.c("DpDuur", "BeschikkingToekenning", o)
    f.chain("BeschikkingToekenning", "BeschikkingVerzenden")
    f.chain("BeschikkingAfwijzing", "BeschikkingVerzenden")
    f.chain("BeschikkingVerzenden", "KlokBeslisStop", "UitvoeringEnBezwaar")
    f.c("UitvoeringEnBezwaar", "IsToegekend", "uitvoering")
    f.c("IsToegekend", "IsPgb", "True")
    f.c("IsToegekend", "UitvoeringKlaar", "False")
    f.c("IsPgb", "PgbSvb", "True")
    f.c("IsPgb", "Toewijzing", "False")
    f.chain("PgbSvb", "LeveringVolgen")
    f.chain("Toewijzing", "LeveringVolgen")
    f.c("LeveringVolgen", "DpVow", "Verzoek om wijziging")
    f.c("LeveringVolgen", "Evaluatie", "Geen wijziging")
    f.c("DpVow", "VowHonoreren", "honoreren")
    f.c("DpVow", "VowAfwijzen", "afwijzen")
    f.chain("VowHonoreren", "Evaluatie")
    f.chain("VowAfwijzen", "Evaluatie")
    f.chain("Evaluatie", "DpVerlenging")
    f.c("DpVerlenging", "Bureaucheck", "licht")
    f.c("DpVerlenging", "HerindicatieStarten", "volledig")
    f.chain("Bureaucheck", "UitvoeringKlaar")
    f.chain("HerindicatieStarten", "UitvoeringKlaar")
    f.chain("UitvoeringKlaar", "ZaakAfronden")
    f.chain(bezwaar_end, "ZaakAfronden")
    f.chain("ZaakAfronden", "ZaakSluiten", "Einde")
    # route B
    f.chain("VotOpstellen", "VotRegistreren", "WoonplaatsB", "DpWoonplaatsB")
    f.c("DpWoonplaatsB", "DpVot", "eigen")
    f.c("DpWoonplaatsB", "Overdragen", "overdragen")
    f.c("DpVot", "VotToewijzen", "toewijzen")
    f.c("DpVot", "KlokOnderzoek", "beoordelen")
    f.c("DpVot", "VotAfwijzen", "afwijzen")
    f.chain("VotAfwijzen", "VerwijzerInformeren", "ZaakSluitenVotAfgewezen", "EindeVotAfgewezen")
    f.chain("VotToewijzen", "DpBeschikkingVerwijzing")
    f.c("DpBeschikkingVerwijzing", "BeschikkingVerwijzing", "ja")
    f.c("DpBeschikkingVerwijzing", "ZaakSluitenVerwijzing", "nee")
    f.chain("BeschikkingVerwijzing", "BeschikkingVerwijzingVerzenden", "ZaakSluitenVerwijzing")
    f.chain("ZaakSluitenVerwijzing", "EindeVerwijzing")
    # route C
    f.chain("MaatregelRegistreren", "WoonplaatsC", "DpWoonplaatsC")
    f.c("DpWoonplaatsC", "DpGiOverleg", "eigen")
    f.c("DpWoonplaatsC", "Overdragen", "overdragen")
    f.c("DpGiOverleg", "GiOverleg", "protocol")
    f.c("DpGiOverleg", "ToewijzingMaatregel", "achteraf")
    f.chain("GiOverleg", "ToewijzingMaatregel", "ZaakSluitenMaatregel", "EindeMaatregel")
    # shared
    f.chain("Overdragen", "ZaakSluitenOverdracht", "EindeOverdracht")
    return f
