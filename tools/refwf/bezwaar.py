"""RW-5 B1-B4: the reusable bezwaar sub-flow (started with Elsa.ExecuteWorkflow from RW-1, RW-2 and RW-5)."""

from collections import OrderedDict

from model import Flow, friction as F
from common import field

ZT = "bezwaar"


def build():
    f = Flow("rw5-bezwaar", "RW-5 Bezwaar (deelproces)",
             "Behandeling van een bezwaarschrift tegen een beschikking, van ontvangst tot beslissing op bezwaar. "
             "Herbruikbaar deelproces: wordt gestart met Elsa.ExecuteWorkflow vanuit RW-1, RW-2 en RW-5 "
             "(input: primairZaaktype, domein, adviescommissie).", ZT)
    f.var("Behandelroute", "String", "ambtelijk")
    f.start()
    f.service("BezwaarRegistreren", "Bezwaarschrift registreren", "RegisterMelding",
              OrderedDict([("zaaktype", ZT), ("domein", "Awb"), ("soort", "bezwaarschrift"), ("kanaal", "post-of-digitaal")]),
              F("national", "Awb art. 6:4, 6:5", "backoffice", 10, 60, 0,
                "Bezwaar is verplicht vóór beroep; de inwoner schrijft en verstuurt een bezwaarschrift."))
    f.service("OntvangstBevestigen", "Ontvangst van het bezwaarschrift bevestigen", "ConfirmReceipt",
              OrderedDict([("zaaktype", ZT), ("soort", "bezwaarschrift")]),
              F("national", "Awb art. 6:14 lid 1 [K]", "backoffice", 2, 3, 0, "De indiener weet dat het bezwaar binnen is."))
    f.task("BehandelrouteKiezen", "Behandelroute kiezen", "jurist",
           "Kies de behandelroute die voor dit domein geldt: met een onafhankelijke adviescommissie (12 weken) of "
           "ambtelijk (6 weken).",
           F("local", "Awb art. 7:13, 7:10 lid 1; Verordening bezwaarcommissie (lokaal)", "jurist", 10, 0, 0,
             "De gemeente kiest per domein of een adviescommissie hoort en adviseert."),
           actions=("Adviescommissie", "Ambtelijk"))
    f.setvar("ZetRouteCommissie", "Route: adviescommissie", "Behandelroute", "commissie")
    f.setvar("ZetRouteAmbtelijk", "Route: ambtelijk", "Behandelroute", "ambtelijk")
    f.clock("KlokCommissie", "Beslistermijn bezwaar starten (12 weken)", "start", "beslistermijn-bezwaar",
            "Awb art. 7:10 lid 1 (met adviescommissie)",
            F("national", "Awb art. 7:10 lid 1", "systeem", 0, 0, 0,
              "Beslissen binnen 12 weken na afloop van de bezwaartermijn als een adviescommissie adviseert."),
            term="12 weeks")
    f.clock("KlokAmbtelijk", "Beslistermijn bezwaar starten (6 weken)", "start", "beslistermijn-bezwaar",
            "Awb art. 7:10 lid 1",
            F("national", "Awb art. 7:10 lid 1", "systeem", 0, 0, 0, "Beslissen binnen 6 weken na afloop van de bezwaartermijn."),
            term="6 weeks")
    f.task("Termijntoets", "Bezwaarschrift toetsen: termijn en vereisten", "jurist",
           "Toets of het bezwaar op tijd is (6:7, 6:9, 6:11) en aan de vereisten voldoet (6:5: naam, adres, datum, "
           "besluit, gronden, handtekening). Kies 'Verzuim' om de indiener een hersteltermijn te geven (6:6).",
           F("national", "Awb art. 6:5, 6:6, 6:7, 6:9, 6:11", "jurist", 20, 0, 0, "Een ontvankelijk bezwaar kan inhoudelijk worden behandeld."),
           actions=("Compleet", "Verzuim", "Kennelijk niet-ontvankelijk"))
    f.clock("KlokOpschorten", "Beslistermijn opschorten (verzuimherstel)", "suspend", "beslistermijn-bezwaar",
            "Awb art. 7:10 lid 2 [K]",
            F("national", "Awb art. 7:10 lid 2 [K]", "systeem", 0, 0, 0, "De termijn staat stil tot het verzuim is hersteld of de hersteltermijn verstreken is."),
            reason="Verzuimherstel (Awb 6:6)")
    f.task("VerzuimAfwachten", "Herstel van het verzuim afwachten", "jurist",
           "Geef de indiener een redelijke termijn om het verzuim te herstellen (6:6) en rond af als het hersteld is of de termijn verstreken is.",
           F("national", "Awb art. 6:6", "jurist", 10, 20, 0, "De indiener kan een gebrek herstellen voordat het bezwaar niet-ontvankelijk wordt."),
           fields=[field("hersteltermijnTot", "Hersteltermijn tot", "date", True)],
           actions=("Hersteld", "Niet hersteld"))
    f.clock("KlokHervatten", "Beslistermijn hervatten", "resume", "beslistermijn-bezwaar", "Awb art. 7:10 lid 2 [K]",
            F("national", "Awb art. 7:10 lid 2 [K]", "systeem", 0, 0, 0, "Het verzuim is hersteld."))
    f.clock("KlokHervattenNaTermijn", "Beslistermijn hervatten (hersteltermijn verstreken)", "resume", "beslistermijn-bezwaar",
            "Awb art. 7:10 lid 2 [K]",
            F("national", "Awb art. 7:10 lid 2 [K]", "systeem", 0, 0, 0, "De hersteltermijn is ongebruikt verstreken."),
            reason="Hersteltermijn ongebruikt verstreken")
    f.dp("DpInformeel", "RW5-B1", "Eerst informeel contact (bellen, mediation)?",
         [("formeel", "Formele behandeling", "Direct de formele bezwaarprocedure."),
          ("informeel", "Eerst informeel", "Bellen of een gesprek om het bezwaar samen op te lossen; de formele termijnen lopen door.")],
         "formeel", "Awb art. 7:2 (hoorplicht blijft gelden); beleid informele aanpak [K]", ["jurist"],
         F("local", "Beleid informele aanpak bezwaar", "jurist", 5, 0, 0, "Veel bezwaren zijn met een gesprek op te lossen."))
    f.task("InformeelContact", "Informeel contact met de indiener", "jurist",
           "Bel de indiener, luister naar het bezwaar en zoek samen met de behandelaar van het primaire besluit naar een oplossing.",
           F("local", "Beleid informele aanpak bezwaar", "jurist", 60, 45, 0, "Sneller duidelijkheid voor de inwoner en minder formele procedures."),
           fields=[field("uitkomst", "Uitkomst van het gesprek", "textarea", True)],
           actions=("Opgelost", "Niet opgelost"))
    f.task("IntrekkingVastleggen", "Intrekking of oplossing vastleggen", "jurist",
           "Leg de oplossing vast en bevestig de intrekking van het bezwaar schriftelijk.",
           F("local", "Beleid informele aanpak bezwaar", "jurist", 15, 5, 0, "Duidelijkheid over de afspraken."))
    f.clock("KlokStopIngetrokken", "Beslistermijn bezwaar stoppen", "stop", "beslistermijn-bezwaar", "Awb art. 6:21",
            F("national", "Awb art. 6:21", "systeem", 0, 0, 0, "Het bezwaar is ingetrokken."),
            reason="Bezwaar ingetrokken")
    f.service("ZaakSluitenIngetrokken", "Zaak sluiten", "CloseCase", OrderedDict([("zaaktype", ZT), ("resultaat", "ingetrokken")]),
              F("internal", "Zaakgericht werken (archivering)", "systeem", 1, 0, 0, "Zaak afsluiten met resultaat."))
    f.end("EindeIngetrokken", "Einde (ingetrokken)")
    f.dp("DpHoren", "RW5-B2", "Horen of afzien van horen?",
         [("horen", "Horen", "De indiener wordt gehoord (art. 7:2)."),
          ("afzien", "Afzien van horen", "Kennelijk niet-ontvankelijk of kennelijk ongegrond, afstand van horen, geen reactie, of volledig tegemoetgekomen (art. 7:3).")],
         "horen", "Awb art. 7:2, 7:3", ["jurist"],
         F("national", "Awb art. 7:2, 7:3", "jurist", 5, 0, 0, "De indiener kan zijn bezwaar toelichten; afzien mag alleen in de gevallen van art. 7:3."))
    f.decision("IsCommissie", "Adviescommissie?", "getBehandelroute() === 'commissie'")
    f.task("HoorzittingCommissie", "Hoorzitting adviescommissie en advies", "bezwaarcommissie",
           "De onafhankelijke commissie hoort de indiener en het bestuursorgaan en brengt advies uit (art. 7:13).",
           F("national", "Awb art. 7:13", "bezwaarcommissie", 180, 120, 0,
             "Onafhankelijk horen en adviseren (aanname: 3 leden en secretaris, 45 minuten per zaak, plus advies)."),
           fields=[field("advies", "Advies van de commissie", "textarea", True)])
    f.task("Hoorzitting", "Hoorzitting (ambtelijk horen)", "jurist",
           "Hoor de indiener (art. 7:2) en maak een verslag.",
           F("national", "Awb art. 7:2", "jurist", 90, 120, 0, "De indiener kan zijn bezwaar mondeling toelichten."),
           fields=[field("verslag", "Verslag van het horen", "textarea", True)])
    f.task("BobVoorbereiden", "Beslissing op bezwaar voorbereiden", "jurist",
           "Heroverweeg het besluit volledig (art. 7:11). Niet door degene die het primaire besluit in mandaat nam "
           "(art. 10:3 lid 3). Lukt het niet binnen de termijn, kies 'Verdagen' (eenmaal 6 weken; daarna alleen met instemming, art. 7:10 lid 3 en 4).",
           F("national", "Awb art. 7:11, 10:3 lid 3", "jurist", 120, 0, 0, "Een volledige heroverweging van het besluit."),
           actions=("Gereed", "Verdagen"))
    f.clock("KlokVerdagen", "Beslistermijn bezwaar verdagen (6 weken)", "extend", "beslistermijn-bezwaar", "Awb art. 7:10 lid 3",
            F("national", "Awb art. 7:10 lid 3 en 4", "systeem", 0, 0, 0, "Eenmaal 6 weken verdagen; verder uitstel alleen met instemming."),
            reason="Verdaging beslissing op bezwaar (Awb 7:10 lid 3)", extension="6 weeks")
    f.task("VerdagingMelden", "Verdaging melden aan de indiener", "jurist",
           "Meld de verdaging schriftelijk aan de indiener (art. 7:10 lid 3). Een tweede verdaging alleen met diens instemming (lid 4).",
           F("national", "Awb art. 7:10 lid 3", "jurist", 10, 5, 0, "De indiener weet wanneer de beslissing komt."),
           fields=[field("instemming", "Instemming indiener (bij verder uitstel)", "boolean")])
    f.dp("DpBeslissing", "RW5-B3", "Wat is de beslissing op bezwaar?",
         [("gegrond", "Gegrond", "Het primaire besluit wordt herroepen en zo nodig vervangen door een nieuw besluit."),
          ("deels", "Deels gegrond", "Het besluit wordt deels herroepen."),
          ("ongegrond", "Ongegrond", "Het primaire besluit blijft in stand."),
          ("nietontvankelijk", "Niet-ontvankelijk", "Het bezwaar kan niet inhoudelijk worden behandeld (bijv. te laat, verzuim niet hersteld).")],
         "ongegrond", "Awb art. 7:11, 7:12; art. 6:6; art. 10:3 lid 3", ["jurist", "teamleider"],
         F("national", "Awb art. 7:11, 7:12", "jurist", 15, 0, 0, "Beslissen na volledige heroverweging, met motivering."),
         reason_required=True)
    f.service("BobGegrond", "Beslissing op bezwaar opstellen: gegrond", "DraftBeschikking",
              OrderedDict([("decision", "gegrond"), ("legalBasis", "Awb art. 7:11, 7:12"), ("zaaktype", ZT)]),
              F("national", "Awb art. 7:11, 7:12", "jurist", 30, 0, 0, "De beslissing op schrift, met motivering."))
    f.service("BobDeels", "Beslissing op bezwaar opstellen: deels gegrond", "DraftBeschikking",
              OrderedDict([("decision", "deels-gegrond"), ("legalBasis", "Awb art. 7:11, 7:12"), ("zaaktype", ZT)]),
              F("national", "Awb art. 7:11, 7:12", "jurist", 30, 0, 0, "De beslissing op schrift, met motivering."))
    f.service("BobOngegrond", "Beslissing op bezwaar opstellen: ongegrond", "DraftBeschikking",
              OrderedDict([("decision", "ongegrond"), ("legalBasis", "Awb art. 7:11, 7:12"), ("zaaktype", ZT)]),
              F("national", "Awb art. 7:11, 7:12", "jurist", 30, 0, 0, "De beslissing op schrift, met motivering."))
    f.service("BobNietOntvankelijk", "Beslissing op bezwaar opstellen: niet-ontvankelijk", "DraftBeschikking",
              OrderedDict([("decision", "niet-ontvankelijk"), ("legalBasis", "Awb art. 6:6, 7:12"), ("zaaktype", ZT)]),
              F("national", "Awb art. 6:6, 7:12", "jurist", 20, 0, 0, "De beslissing op schrift, met motivering."))
    f.task("Herroepen", "Primair besluit herroepen en nieuw besluit nemen", "consulent",
           "Herroep het primaire besluit en neem voor zover nodig een nieuw besluit (art. 7:11 lid 2). Een andere "
           "medewerker dan de beslisser van het primaire besluit beoordeelt.",
           F("national", "Awb art. 7:11 lid 2", "consulent", 60, 0, 0, "De inwoner krijgt waar hij recht op heeft."),
           fields=[field("nieuwBesluit", "Inhoud van het nieuwe besluit", "textarea", True)])
    f.task("BobVerzenden", "Beslissing op bezwaar verzenden", "jurist",
           "Verzend de beslissing op bezwaar met de beroepsclausule (beroep binnen 6 weken bij de rechtbank, Awb 3:45, 6:7).",
           F("national", "Awb art. 7:12, 3:45", "jurist", 15, 15, 0, "De indiener weet hoe hij in beroep kan gaan."))
    f.clock("KlokStop", "Beslistermijn bezwaar stoppen", "stop", "beslistermijn-bezwaar", "Awb art. 7:10",
            F("national", "Awb art. 7:10", "systeem", 0, 0, 0, "De beslissing op bezwaar is bekendgemaakt."))
    f.service("ZaakSluiten", "Zaak sluiten", "CloseCase", OrderedDict([("zaaktype", ZT), ("resultaat", "beslist")]),
              F("internal", "Zaakgericht werken (archivering)", "systeem", 1, 0, 0, "Zaak afsluiten met resultaat."))
    f.end()

    # ---------- connections
    f.chain("Start", "BezwaarRegistreren", "OntvangstBevestigen", "BehandelrouteKiezen")
    f.c("BehandelrouteKiezen", "ZetRouteCommissie", "Adviescommissie")
    f.c("BehandelrouteKiezen", "ZetRouteAmbtelijk", "Ambtelijk")
    f.chain("ZetRouteCommissie", "KlokCommissie", "Termijntoets")
    f.chain("ZetRouteAmbtelijk", "KlokAmbtelijk", "Termijntoets")
    f.c("Termijntoets", "DpInformeel", "Compleet")
    f.c("Termijntoets", "KlokOpschorten", "Verzuim")
    f.c("Termijntoets", "DpHoren", "Kennelijk niet-ontvankelijk")
    f.chain("KlokOpschorten", "VerzuimAfwachten")
    f.c("VerzuimAfwachten", "KlokHervatten", "Hersteld")
    f.back("KlokHervatten", "Termijntoets")
    f.c("VerzuimAfwachten", "KlokHervattenNaTermijn", "Niet hersteld")
    f.chain("KlokHervattenNaTermijn", "DpHoren")
    f.c("DpInformeel", "InformeelContact", "informeel")
    f.c("DpInformeel", "DpHoren", "formeel")
    f.c("InformeelContact", "IntrekkingVastleggen", "Opgelost")
    f.c("InformeelContact", "DpHoren", "Niet opgelost")
    f.chain("IntrekkingVastleggen", "KlokStopIngetrokken", "ZaakSluitenIngetrokken", "EindeIngetrokken")
    f.c("DpHoren", "IsCommissie", "horen")
    f.c("DpHoren", "BobVoorbereiden", "afzien")
    f.c("IsCommissie", "HoorzittingCommissie", "True")
    f.c("IsCommissie", "Hoorzitting", "False")
    f.chain("HoorzittingCommissie", "BobVoorbereiden")
    f.chain("Hoorzitting", "BobVoorbereiden")
    f.c("BobVoorbereiden", "KlokVerdagen", "Verdagen")
    f.chain("KlokVerdagen", "VerdagingMelden")
    f.back("VerdagingMelden", "BobVoorbereiden")
    f.c("BobVoorbereiden", "DpBeslissing", "Gereed")
    f.c("DpBeslissing", "BobGegrond", "gegrond")
    f.c("DpBeslissing", "BobDeels", "deels")
    f.c("DpBeslissing", "BobOngegrond", "ongegrond")
    f.c("DpBeslissing", "BobNietOntvankelijk", "nietontvankelijk")
    f.chain("BobGegrond", "Herroepen")
    f.chain("BobDeels", "Herroepen")
    f.chain("Herroepen", "BobVerzenden")
    f.chain("BobOngegrond", "BobVerzenden")
    f.chain("BobNietOntvankelijk", "BobVerzenden")
    f.chain("BobVerzenden", "KlokStop", "ZaakSluiten", "Einde")
    return f
