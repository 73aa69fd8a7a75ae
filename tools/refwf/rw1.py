"""RW-1 Wmo maatwerkvoorziening (domain brief §9, RW-1)."""

from collections import OrderedDict

from model import Flow, friction as F
from common import field, bezwaar_window, aanvulling_loop, verdaging_loop

ZT = "wmo-maatwerkvoorziening"
WMO = "Wmo 2015"


def build():
    f = Flow("rw1-wmo-maatwerkvoorziening", "RW-1 Wmo maatwerkvoorziening",
             "Van melding tot beschikking, toewijzing en heroverweging van een Wmo-maatwerkvoorziening "
             "(bijv. huishoudelijke hulp of begeleiding), met bezwaarfase via rw5-bezwaar.", ZT)
    f.var("Besluit", "String", "")
    f.var("Vorm", "String", "")
    f.var("BezwaarIngediend", "String", "nee")

    f.start()
    # --- 1. Melding
    f.service("MeldingRegistreren", "Melding registreren", "RegisterMelding",
              OrderedDict([("zaaktype", ZT), ("domein", WMO), ("soort", "melding"), ("kanaal", "wmo-loket")]),
              F("national", "Wmo 2015 art. 2.3.2 lid 1", "klantcontact", 10, 15, 0,
                "De melding en de meldingsdatum vastleggen; de meldingsdatum start de onderzoekstermijn."))
    f.clock("KlokOnderzoek", "Onderzoekstermijn starten (6 weken)", "start", "onderzoekstermijn", "Wmo 2015 art. 2.3.2 lid 1",
            F("national", "Wmo 2015 art. 2.3.2 lid 1", "systeem", 0, 0, 0,
              "Het onderzoek moet zo spoedig mogelijk, uiterlijk binnen zes weken na de melding klaar zijn."),
            term="6 weeks")
    f.service("OntvangstBevestigen", "Ontvangst van de melding bevestigen", "ConfirmReceipt",
              OrderedDict([("zaaktype", ZT), ("soort", "melding"), ("termijn", "6 weken"),
                           ("informatie", ["persoonlijk plan binnen 7 dagen na de melding (art. 2.3.2 lid 2)",
                                           "gratis cliëntondersteuning (art. 2.3.2 lid 3)"])]),
              F("national", "Wmo 2015 art. 2.3.2 lid 1, 2 en 3", "backoffice", 3, 5, 0,
                "De inwoner weet dat de melding binnen is, wat de termijn is en dat hij een persoonlijk plan kan indienen en gratis cliëntondersteuning kan krijgen."))
    f.dp("DpTriage", "RW1-DP1", "Hoe pakken we de melding op?",
         [("advies", "Informatie en advies", "De vraag is met informatie of advies beantwoord; de inwoner ziet af van een onderzoek."),
          ("algemeen", "Algemene voorziening", "Verwijzen naar een algemene voorziening; de inwoner ziet af van een onderzoek."),
          ("onderzoek", "Wmo-onderzoek", "Het gewone onderzoek naar de situatie (art. 2.3.2)."),
          ("anderdomein", "Ander domein", "De vraag hoort bij de Zvw, de Wlz of de Jeugdwet: warm doorverwijzen."),
          ("spoed", "Spoed", "Mogelijk spoedeisend: eerst beoordelen of een tijdelijke voorziening nodig is (art. 2.3.3).")],
         "onderzoek", "Wmo 2015 art. 2.3.2 lid 1, art. 2.3.3, art. 2.3.5 lid 3", ["consulent", "teamleider"],
         F("internal", "Werkwijze toegang (triage); Wmo 2015 art. 2.3.2 lid 1", "consulent", 15, 10, 0,
           "Snel de juiste route kiezen, zodat niet elke vraag een volledig onderzoek wordt."))

    # Early exit without onderzoek (only with the inwoner's consent).
    f.task("AfsluitenZonderOnderzoek", "Melding afsluiten zonder onderzoek", "consulent",
           "Leg vast welke informatie, algemene voorziening of doorverwijzing is afgesproken en dat de inwoner "
           "afziet van een onderzoek. Zonder die instemming gaat het onderzoek door (art. 2.3.2 lid 1).",
           F("internal", "Werkinstructie Wmo-toegang", "consulent", 20, 10, 0,
             "Afspraken vastleggen, zodat de inwoner later niet opnieuw hoeft te beginnen."),
           fields=[field("afspraak", "Wat is afgesproken?", "textarea", True),
                   field("inwonerStemtIn", "Inwoner ziet af van een onderzoek", "boolean", True),
                   field("doorverwezenNaar", "Doorverwezen naar", "choice", False,
                         ["Algemene voorziening", "Zvw (wijkverpleging)", "Wlz (CIZ)", "Jeugdwet", "Anders"])])
    f.clock("KlokOnderzoekStopVroeg", "Onderzoekstermijn stoppen", "stop", "onderzoekstermijn", "Wmo 2015 art. 2.3.2 lid 1",
            F("national", "Wmo 2015 art. 2.3.2 lid 1", "systeem", 0, 0, 0, "De melding is afgehandeld zonder onderzoek."),
            reason="Afgehandeld zonder onderzoek, met instemming van de inwoner")
    f.service("ZaakSluitenZonderOnderzoek", "Zaak sluiten", "CloseCase",
              OrderedDict([("zaaktype", ZT), ("resultaat", "afgehandeld-zonder-onderzoek")]),
              F("internal", "Zaakgericht werken (archivering)", "systeem", 1, 0, 0, "Zaak afsluiten met resultaat."))
    f.end("EindeZonderOnderzoek", "Einde (zonder onderzoek)")

    # --- 2. Spoed
    f.dp("DpSpoed", "RW1-DP2", "Is de situatie spoedeisend?",
         [("ja", "Ja, spoedeisend", "Onverwijld een tijdelijke maatwerkvoorziening treffen, in afwachting van onderzoek en aanvraag."),
          ("nee", "Nee", "Geen spoed: het gewone onderzoek volgt.")],
         "nee", "Wmo 2015 art. 2.3.3", ["consulent", "teamleider"],
         F("national", "Wmo 2015 art. 2.3.3", "consulent", 15, 10, 0, "Acute nood direct oplossen; de rest van de procedure volgt."))
    f.task("TijdelijkeVoorziening", "Tijdelijke maatwerkvoorziening bepalen", "consulent",
           "Bepaal de tijdelijke voorziening, de ingangsdatum en de einddatum (uiterlijk tot het besluit op de aanvraag).",
           F("national", "Wmo 2015 art. 2.3.3", "consulent", 30, 15, 0, "Direct hulp inzetten bij spoed."),
           fields=[field("voorziening", "Tijdelijke voorziening", "text", True),
                   field("ingangsdatum", "Ingangsdatum", "date", True),
                   field("einddatum", "Einddatum", "date", True)])
    f.service("BeschikkingSpoedOpstellen", "Beschikking tijdelijke voorziening opstellen", "DraftBeschikking",
              OrderedDict([("decision", "tijdelijk"), ("legalBasis", "Wmo 2015 art. 2.3.3"), ("zaaktype", ZT)]),
              F("national", "Wmo 2015 art. 2.3.3; Awb art. 3:46", "backoffice", 10, 5, 0, "Het spoedbesluit op schrift, met motivering."))
    f.service("ToewijzingSpoed", "Toewijzing spoed versturen (WMO301)", "SendToewijzing",
              OrderedDict([("standard", "iWmo"), ("bericht", "WMO301"), ("reden", "spoed"), ("zaaktype", ZT)]),
              F("national", "Wmo 2015 art. 2.6.7a; Uitvoeringsregeling Wmo 2015 (iWmo)", "systeem", 2, 0, 0,
                "De aanbieder krijgt de opdracht via het verplichte berichtenverkeer."))

    # --- 3-6. Informeren, registers, identiteit, onderzoek
    f.task("GesprekVoorbereiden", "Inwoner informeren en gesprek plannen", "consulent",
           "Wijs de inwoner op het persoonlijk plan (7 dagen na de melding), gratis cliëntondersteuning, de mogelijkheid "
           "van een pgb en de eigen bijdrage. Plan het gesprek niet binnen 7 dagen na de melding, tenzij de inwoner "
           "afziet van een persoonlijk plan.",
           F("national", "Wmo 2015 art. 2.3.2 lid 2, 3, 4 onder g en 6", "consulent", 20, 10, 0,
             "De inwoner kent zijn rechten voordat het onderzoek begint."),
           fields=[field("persoonlijkPlanBesproken", "Persoonlijk plan besproken", "boolean", True),
                   field("clientondersteuningAangeboden", "Gratis cliëntondersteuning aangeboden", "boolean", True),
                   field("pgbToegelicht", "Pgb toegelicht", "boolean", True),
                   field("eigenBijdrageToegelicht", "Eigen bijdrage toegelicht", "boolean", True),
                   field("gespreksdatum", "Datum gesprek", "date", True),
                   field("mantelzorgerAanwezig", "Mantelzorger aanwezig", "boolean")],
           due=5)
    f.service("RegistersRaadplegen", "Registers raadplegen (BRP, CAK, Wlz)", "CheckRegisters",
              OrderedDict([("registers", ["BRP", "CAK", "Wlz-register"]), ("zaaktype", ZT),
                           ("doel", "once-only: gegevens uit registers niet bij de inwoner opvragen (Wmo 2015 art. 2.3.8 lid 2)")]),
              F("national", "Wmo 2015 art. 2.3.8 lid 2", "systeem", 1, 0, 0,
                "Gegevens die al in een register staan, hoeft de inwoner niet zelf aan te leveren."))
    f.dp("DpGegevens", "RW1-DP3", "Welke gegevens vragen we nog bij de inwoner op?",
         [("register", "Alleen registers", "Gebruik wat in BRP, CAK en Wlz-register staat en vraag niets extra."),
          ("inwoner", "Ook bij de inwoner", "Vraag gegevens op die niet in een register staan (bijv. medische informatie). Vraag nooit iets wat al in een register staat.")],
         "register", "Wmo 2015 art. 2.3.2 lid 7, art. 2.3.8 lid 2", ["consulent"],
         F("national", "Wmo 2015 art. 2.3.2 lid 7, art. 2.3.8 lid 2", "consulent", 5, 0, 0,
           "Alleen opvragen wat nodig is en nergens anders te vinden is."))
    f.task("GegevensOpvragen", "Gegevens opvragen bij de inwoner", "consulent",
           "Vraag alleen gegevens op die niet in een register staan. Noteer wat u vraagt en waarom.",
           F("national", "Wmo 2015 art. 2.3.2 lid 7", "consulent", 10, 45, 0,
             "Informatieplicht van de inwoner; belastend als de gegevens al bij de overheid bekend zijn."),
           fields=[field("gevraagd", "Gevraagde gegevens en waarom", "textarea", True),
                   field("ontvangen", "Gegevens ontvangen", "boolean", True)])
    f.task("IdentiteitVaststellen", "Identiteit vaststellen", "consulent",
           "Stel de identiteit vast met een geldig identiteitsbewijs (WID).",
           F("national", "Wmo 2015 art. 2.3.4", "consulent", 5, 5, 0, "Zeker weten wie de voorziening krijgt."),
           fields=[field("document", "Identiteitsbewijs", "choice", True,
                         ["Paspoort", "Identiteitskaart", "Rijbewijs", "Verblijfsdocument"]),
                   field("vastgesteld", "Identiteit vastgesteld", "boolean", True)])
    f.task("Keukentafelgesprek", "Onderzoek (keukentafelgesprek)", "consulent",
           "Onderzoek samen met de inwoner (en waar mogelijk de mantelzorger) de punten a tot en met g van art. 2.3.2 lid 4: "
           "behoeften, eigen kracht en gebruikelijke hulp, mantelzorg en netwerk, ondersteuning van de mantelzorger, "
           "algemene voorzieningen, samenwerking met zorg en andere domeinen, en de verwachte eigen bijdrage. "
           "Betrek het persoonlijk plan als dat er is.",
           F("national", "Wmo 2015 art. 2.3.2 lid 4 a-g en lid 5; Verordening (art. 2.1.3 lid 2 onder a)", "consulent", 90, 90, 0,
             "Een zorgvuldig, individueel onderzoek als basis voor maatwerk."),
           fields=[field("hulpvraag", "Hulpvraag en behoeften", "textarea", True),
                   field("eigenKracht", "Eigen kracht en gebruikelijke hulp", "textarea", True),
                   field("mantelzorgNetwerk", "Mantelzorg en sociaal netwerk", "textarea", True),
                   field("algemeneVoorzieningen", "Algemene voorzieningen", "textarea", True),
                   field("samenwerking", "Samenwerking met zorg, jeugd, werk, wonen", "textarea"),
                   field("verwachteEigenBijdrage", "Verwachte eigen bijdrage besproken", "boolean", True)],
           due=20)
    f.dp("DpEigenKracht", "RW1-DP4", "In hoeverre verwachten we eigen kracht, gebruikelijke hulp, mantelzorg en netwerk?",
         [("volledig", "Volledig", "De inwoner en zijn omgeving kunnen dit zelf oplossen."),
          ("gedeeltelijk", "Gedeeltelijk", "Een deel kan zelf; voor de rest is ondersteuning nodig."),
          ("niet", "Niet (overbelasting)", "Van de omgeving kan niets extra worden verwacht, bijv. door overbelasting van de mantelzorger.")],
         "volledig", "Wmo 2015 art. 2.3.5 lid 3; beleidsregels gebruikelijke hulp", ["consulent"],
         F("local", "Verordening maatschappelijke ondersteuning; beleidsregels gebruikelijke hulp", "consulent", 10, 0, 0,
           "Wat de omgeving kan, gaat voor; maar niet ten koste van een overbelaste mantelzorger."))
    f.task("MantelzorgerOndersteunen", "Ondersteuning van de mantelzorger bespreken", "consulent",
           "Bespreek wat de mantelzorger nodig heeft om het vol te houden (respijtzorg, mantelzorgondersteuning).",
           F("national", "Wmo 2015 art. 2.3.2 lid 4 onder d", "consulent", 20, 20, 0, "Overbelasting van de mantelzorger voorkomen."),
           fields=[field("afspraken", "Afspraken met de mantelzorger", "textarea", True)])
    f.dp("DpAlgemeneVoorziening", "RW1-DP5", "Volstaat een algemene voorziening?",
         [("ja", "Ja", "Een algemene voorziening lost de hulpvraag op."),
          ("deels", "Deels", "Een algemene voorziening lost een deel op; maatwerk voor de rest."),
          ("nee", "Nee", "Geen passende algemene voorziening.")],
         "nee", "Wmo 2015 art. 2.3.5 lid 3 (algemene voorziening gaat voor)", ["consulent"],
         F("national", "Wmo 2015 art. 2.3.5 lid 3", "consulent", 5, 0, 0, "Algemene voorzieningen gaan voor maatwerk."))
    f.dp("DpExternAdvies", "RW1-DP6", "Is extern advies nodig (medisch, ergotherapie)?",
         [("geen", "Geen extern advies", "Het onderzoek geeft genoeg informatie."),
          ("aanvragen", "Advies aanvragen", "Vraag advies aan; dit kost wachttijd. De onderzoekstermijn is geen beslistermijn en wordt niet opgeschort.")],
         "geen", "Awb art. 3:2 (zorgvuldig onderzoek); Wmo 2015 art. 2.3.2 lid 4", ["consulent"],
         F("national", "Awb art. 3:2", "consulent", 5, 0, 0, "Genoeg kennis verzamelen voor een zorgvuldig besluit."))
    f.task("ExternAdvies", "Extern advies aanvragen en verwerken", "consulent",
           "Vraag het advies aan en verwerk het in het onderzoek. Let op: Awb 4:15-opschorting geldt niet voor de "
           "onderzoekstermijn van 6 weken [K]; bewaak die termijn.",
           F("national", "Awb art. 3:2", "consulent", 30, 30, 0, "Deskundig oordeel over beperkingen of hulpmiddelen."),
           fields=[field("adviseur", "Adviseur", "choice", True, ["Medisch adviseur", "Ergotherapeut", "Anders"]),
                   field("advies", "Samenvatting advies", "textarea", True)])
    f.dp("DpWlz", "RW1-DP7", "Gaat de Wlz voor?",
         [("nee", "Nee", "Geen aanwijzing voor blijvend, 24-uurs toezicht of zorg in de nabijheid."),
          ("ciz", "Verwijzen naar het CIZ", "Mogelijk Wlz-indicatie: de inwoner een aanvraag bij het CIZ laten doen.")],
         "nee", "Wmo 2015 art. 2.3.5 lid 6; Wet langdurige zorg", ["consulent"],
         F("national", "Wmo 2015 art. 2.3.5 lid 6", "consulent", 5, 0, 0, "De Wlz gaat voor de Wmo bij blijvende zware zorg."))
    f.task("CizVerwijzen", "Inwoner verwijzen naar het CIZ", "consulent",
           "Help de inwoner bij de Wlz-aanvraag bij het CIZ en leg de verwijzing vast.",
           F("national", "Wmo 2015 art. 2.3.5 lid 6; Wet langdurige zorg", "consulent", 20, 30, 0, "Zorg uit het juiste wettelijke kader."),
           fields=[field("aanvraagGedaan", "Wlz-aanvraag ingediend", "boolean", True)])
    f.task("Verslag", "Onderzoeksverslag opstellen en toesturen", "consulent",
           "Leg de uitkomsten van het onderzoek schriftelijk vast en stuur het verslag naar de inwoner.",
           F("national", "Wmo 2015 art. 2.3.2 lid 8", "consulent", 60, 20, 0, "De inwoner krijgt de uitkomsten op schrift en kan reageren."),
           fields=[field("verslag", "Samenvatting verslag", "textarea", True),
                   field("verstuurdOp", "Verstuurd op", "date", True)])
    f.clock("KlokOnderzoekStop", "Onderzoekstermijn stoppen", "stop", "onderzoekstermijn", "Wmo 2015 art. 2.3.2 lid 1",
            F("national", "Wmo 2015 art. 2.3.2 lid 1", "systeem", 0, 0, 0, "Het onderzoek is afgerond."))

    # --- 7-8. Aanvraag
    f.dp("DpVerslagAanvraag", "RW1-DP8", "Geldt het ondertekende verslag als aanvraag?",
         [("verslag", "Verslag is aanvraag", "De inwoner ondertekent het verslag; dat geldt als aanvraag."),
          ("apart", "Aparte aanvraag", "De inwoner dient een apart aanvraagformulier in.")],
         "verslag", "Wmo 2015 art. 2.3.2 lid 9; Awb art. 4:1", ["consulent"],
         F("local", "Werkwijze; Wmo 2015 art. 2.3.2 lid 9", "consulent", 2, 0, 0, "Geen dubbel formulier als het verslag al alles bevat."))
    f.task("AanvraagFormulier", "Aanvraagformulier ontvangen", "backoffice",
           "Registreer het aanvraagformulier en de datum van ontvangst.",
           F("local", "Awb art. 4:1; werkwijze aparte aanvraag", "backoffice", 10, 20, 0, "Formele aanvraag naast het verslag."),
           fields=[field("ontvangenOp", "Ontvangen op", "date", True)])
    f.clock("KlokBeschikking", "Beslistermijn starten (2 weken)", "start", "beslistermijn", "Wmo 2015 art. 2.3.5 lid 2",
            F("national", "Wmo 2015 art. 2.3.5 lid 2", "systeem", 0, 0, 0, "Binnen twee weken na de aanvraag beslissen."),
            term="2 weeks", warning=3)
    aanvulling_loop(f, "AanvraagCompleet", "Awb art. 4:2, 4:5", "backoffice", "BesluitVoorbereiden", "BesluitVoorbereiden")
    f.dp("DpAanvulling", "RW1-DP9", "Aanvulling vragen of beslissen op wat er is?",
         [("aanvullen", "Aanvulling vragen", "Vraag de ontbrekende gegevens op; de beslistermijn wordt opgeschort (Awb 4:15)."),
          ("beslissen", "Beslissen op de beschikbare gegevens", "Het ontbrekende is niet nodig voor een zorgvuldig besluit.")],
         "aanvullen", "Awb art. 4:5, art. 4:15 lid 1 onder a", ["consulent", "backoffice"],
         F("national", "Awb art. 4:5", "consulent", 5, 0, 0, "Alleen aanvullen wat echt nodig is voor het besluit."))

    # --- 9. Besluit
    f.task("BesluitVoorbereiden", "Besluit voorbereiden", "consulent",
           "Weeg de uitkomsten van het onderzoek en bereid het besluit voor. Lukt het niet binnen de termijn, kies "
           "'Verdagen' (Awb 4:14 lid 1: melden met een zo kort mogelijke nieuwe termijn).",
           F("national", "Wmo 2015 art. 2.3.5; Awb art. 3:2, 3:4, 3:46", "consulent", 30, 0, 0,
             "Een zorgvuldig en gemotiveerd besluit."),
           actions=("Gereed", "Verdagen"))
    verdaging_loop(f, "BesluitVoorbereiden", "2 weeks", "Awb art. 4:14 lid 1", "backoffice",
                   "Wettelijke termijn niet haalbaar; zo kort mogelijke nieuwe termijn (Awb 4:14 lid 1)")
    f.dp("DpBesluit", "RW1-DP10", "Welk besluit over de maatwerkvoorziening?",
         [("toekennen", "Toekennen", "De maatwerkvoorziening wordt toegekend."),
          ("gedeeltelijk", "Gedeeltelijk toekennen", "Een deel wordt toegekend; voor de rest gaat iets anders voor."),
          ("afwijzen", "Afwijzen", "Eigen kracht, netwerk of een algemene voorziening lost het op."),
          ("wlzweigering", "Weigeren: Wlz-aanspraak", "De inwoner heeft (of weigert mee te werken aan) een Wlz-indicatie (art. 2.3.5 lid 6).")],
         "toekennen", "Wmo 2015 art. 2.3.5 lid 3-6; Awb art. 3:46, 4:84", ["consulent", "teamleider"],
         F("national", "Wmo 2015 art. 2.3.5 lid 3", "consulent", 15, 0, 0,
           "Het college beslist 'naar zijn oordeel' of de inwoner een maatwerkvoorziening nodig heeft."),
         reason_required=True)
    f.setvar("ZetBesluitToekennen", "Besluit: toekennen", "Besluit", "toekennen")
    f.setvar("ZetBesluitGedeeltelijk", "Besluit: gedeeltelijk", "Besluit", "gedeeltelijk")
    f.dp("DpVorm", "RW1-DP11", "In natura of als pgb?",
         [("zin", "Zorg in natura", "De voorziening wordt geleverd door een gecontracteerde aanbieder."),
          ("pgb", "Persoonsgebonden budget", "De inwoner koopt de ondersteuning zelf in (voorwaarden art. 2.3.6 lid 2).")],
         "zin", "Wmo 2015 art. 2.3.6", ["consulent"],
         F("national", "Wmo 2015 art. 2.3.6", "consulent", 10, 10, 0, "Keuzevrijheid van de inwoner binnen de wettelijke voorwaarden."))
    f.setvar("ZetVormZin", "Vorm: in natura", "Vorm", "zin")
    f.task("PgbToets", "Pgb-voorwaarden toetsen", "consulent",
           "Toets de voorwaarden van art. 2.3.6 lid 2: (a) de inwoner kan het pgb beheren (eventueel met hulp), "
           "(b) hij heeft een gemotiveerd standpunt waarom hij een pgb wil, (c) de kwaliteit is gewaarborgd. "
           "Voldoet het niet, dan wordt de voorziening in natura geleverd; de weigering van het pgb staat in de beschikking.",
           F("national", "Wmo 2015 art. 2.3.6 lid 2 en 3", "consulent", 30, 45, 0,
             "Een pgb alleen als de inwoner het aankan en de kwaliteit goed is."),
           fields=[field("beheer", "Kan het pgb beheren", "boolean", True),
                   field("motivatie", "Gemotiveerd standpunt", "textarea", True),
                   field("kwaliteit", "Kwaliteit gewaarborgd", "boolean", True)],
           actions=("Voldoet", "Voldoet niet"))
    f.setvar("ZetVormPgb", "Vorm: pgb", "Vorm", "pgb")
    f.dp("DpAanbieder", "RW1-DP14", "Welke gecontracteerde aanbieder?",
         [("voorkeur", "Voorkeur van de inwoner", "De inwoner kiest uit de gecontracteerde aanbieders."),
          ("beschikbaar", "Eerst beschikbare aanbieder", "Geen voorkeur of de voorkeursaanbieder heeft een wachtlijst.")],
         "voorkeur", "Wmo 2015 art. 2.1.2 lid 4 onder c; contract", ["consulent"],
         F("contract", "Contract met aanbieders; Wmo 2015 art. 2.1.2 lid 4 onder c", "consulent", 10, 10, 0,
           "Keuzevrijheid binnen de gecontracteerde aanbieders."))
    f.dp("DpTariefInformeel", "RW1-DP16", "Welk pgb-tarief?",
         [("formeel", "Tarief professionele hulp", "De hulp wordt geleverd door een professional."),
          ("informeel", "Tarief informele hulp", "De hulp komt uit het sociaal netwerk (art. 2.3.6 lid 4).")],
         "formeel", "Wmo 2015 art. 2.3.6 lid 4; Verordening maatschappelijke ondersteuning", ["consulent"],
         F("local", "Verordening maatschappelijke ondersteuning (pgb-tarieven)", "consulent", 5, 0, 0,
           "Een toereikend budget zonder het netwerk als professional te betalen."))
    f.dp("DpOmvang", "RW1-DP12", "Omvang volgens het normenkader of individueel afwijken?",
         [("normenkader", "Volgens normenkader", "De omvang volgt het normenkader van de beleidsregels."),
          ("afwijking", "Individuele afwijking", "Het normenkader pakt hier onevenredig uit; afwijken met motivering (Awb 4:84).")],
         "normenkader", "Beleidsregels Wmo (normenkader); Awb art. 4:84", ["consulent", "teamleider"],
         F("local", "Beleidsregels Wmo (normenkader)", "consulent", 10, 0, 0, "Gelijke gevallen gelijk, met ruimte voor maatwerk."))
    f.dp("DpGeldigheid", "RW1-DP13", "Hoe lang geldt de voorziening?",
         [("kort", "Kort (1 jaar)", "Situatie kan snel veranderen; heroverweging na een jaar."),
          ("lang", "Lang (5 jaar)", "Stabiele situatie; heroverweging na vijf jaar."),
          ("onbepaald", "Onbepaalde tijd", "Blijvende, stabiele situatie; alleen heroverweging bij een melding van verandering.")],
         "kort", "Wmo 2015 art. 2.3.9 (periodiek onderzoek); beleidsregels", ["consulent"],
         F("local", "Beleidsregels Wmo (geldigheidsduur)", "consulent", 2, 0, 0,
           "Een korte duur betekent vaker herindicatie: belastend bij stabiele, chronische situaties."))
    f.decision("IsGedeeltelijk", "Gedeeltelijk toegekend?", "getBesluit() === 'gedeeltelijk'")
    f.service("BeschikkingToekenning", "Beschikking toekenning opstellen", "DraftBeschikking",
              OrderedDict([("decision", "toekennen"), ("legalBasis", "Wmo 2015 art. 2.3.5 lid 3"), ("zaaktype", ZT)]),
              F("national", "Wmo 2015 art. 2.3.5; Awb art. 3:46", "backoffice", 10, 0, 0, "Het besluit op schrift."))
    f.service("BeschikkingGedeeltelijk", "Beschikking gedeeltelijke toekenning opstellen", "DraftBeschikking",
              OrderedDict([("decision", "gedeeltelijk"), ("legalBasis", "Wmo 2015 art. 2.3.5 lid 3"), ("zaaktype", ZT)]),
              F("national", "Wmo 2015 art. 2.3.5; Awb art. 3:46", "backoffice", 15, 0, 0, "Het besluit op schrift, met motivering van het afgewezen deel."))
    f.service("BeschikkingAfwijzing", "Beschikking afwijzing opstellen", "DraftBeschikking",
              OrderedDict([("decision", "afwijzen"), ("legalBasis", "Wmo 2015 art. 2.3.5 lid 3"), ("zaaktype", ZT)]),
              F("national", "Wmo 2015 art. 2.3.5 lid 3; Awb art. 3:46", "backoffice", 15, 0, 0, "Het besluit op schrift, met deugdelijke motivering."))
    f.service("BeschikkingWlzWeigering", "Beschikking weigering (Wlz) opstellen", "DraftBeschikking",
              OrderedDict([("decision", "weigeren-wlz"), ("legalBasis", "Wmo 2015 art. 2.3.5 lid 6"), ("zaaktype", ZT)]),
              F("national", "Wmo 2015 art. 2.3.5 lid 6; Awb art. 3:46", "backoffice", 15, 0, 0, "Het besluit op schrift."))

    # --- 10. Verzenden
    f.task("BeschikkingVerzenden", "Beschikking controleren en verzenden", "backoffice",
           "Controleer de motivering (Awb 3:46) en de rechtsmiddelenclausule (Awb 3:45) en verzend de beschikking (Awb 3:41).",
           F("national", "Awb art. 3:41, 3:45, 3:46", "backoffice", 15, 10, 0,
             "Een besluit werkt pas na bekendmaking; de inwoner moet weten hoe hij bezwaar kan maken."))
    f.clock("KlokBeschikkingStop", "Beslistermijn stoppen", "stop", "beslistermijn", "Wmo 2015 art. 2.3.5 lid 2",
            F("national", "Wmo 2015 art. 2.3.5 lid 2", "systeem", 0, 0, 0, "Het besluit is bekendgemaakt."))
    f.fork("UitvoeringEnBezwaar", "Uitvoering en bezwaartermijn", ["uitvoering", "bezwaar"])

    # --- 11-14. Uitvoering (parallel to the bezwaartermijn: bezwaar does not suspend the beschikking, Awb 6:16)
    f.decision("IsToegekend", "Voorziening (deels) toegekend?", "getBesluit() === 'toekennen' || getBesluit() === 'gedeeltelijk'")
    f.decision("IsPgb", "Pgb?", "getVorm() === 'pgb'")
    f.service("Toewijzing", "Toewijzing versturen (WMO301)", "SendToewijzing",
              OrderedDict([("standard", "iWmo"), ("bericht", "WMO301"), ("reden", "regulier"), ("zaaktype", ZT)]),
              F("national", "Wmo 2015 art. 2.6.7a; Uitvoeringsregeling Wmo 2015 (iWmo)", "systeem", 2, 0, 0,
                "Uniform berichtenverkeer met aanbieders om administratieve lasten te beperken."))
    f.service("PgbSvb", "Pgb registreren bij de SVB", "RegisterPgbSvb",
              OrderedDict([("wet", WMO), ("zaaktype", ZT)]),
              F("national", "Wmo 2015 art. 2.6.2", "backoffice", 15, 60, 0,
                "De SVB betaalt het pgb uit (trekkingsrecht); de budgethouder levert zorgovereenkomst en budgetplan aan."))
    f.dp("DpEigenBijdrage", "RW1-DP17", "Eigen bijdrage: standaard of vrijstelling?",
         [("standaard", "Standaard (abonnementstarief)", "De CAK legt de eigen bijdrage op."),
          ("vrijstelling", "Vrijstelling", "De inwoner valt onder een vrijstelling uit de verordening.")],
         "standaard", "Wmo 2015 art. 2.1.4; Verordening maatschappelijke ondersteuning", ["consulent", "backoffice"],
         F("local", "Verordening maatschappelijke ondersteuning (eigen bijdrage)", "consulent", 2, 0, 0,
           "Eigen bijdrage volgens verordening; vrijstellingen voor groepen die de gemeente kiest."))
    f.service("CakMelden", "Eigen bijdrage melden aan het CAK", "NotifyCak",
              OrderedDict([("standard", "iEb"), ("zaaktype", ZT)]),
              F("national", "Wmo 2015 art. 2.1.4 lid 6", "systeem", 1, 10, 0,
                "Het CAK stelt de eigen bijdrage vast en int die; de inwoner krijgt een aparte brief van het CAK."))
    f.task("VrijstellingVastleggen", "Vrijstelling eigen bijdrage vastleggen", "backoffice",
           "Leg de vrijstelling en de grond uit de verordening vast.",
           F("local", "Verordening maatschappelijke ondersteuning", "backoffice", 5, 0, 0, "Geen eigen bijdrage voor vrijgestelde groepen."),
           fields=[field("grond", "Grond voor vrijstelling", "text", True)])
    f.task("LeveringVolgen", "Levering volgen (start, stop, verzoeken om wijziging)", "backoffice",
           "Volg de start- en stopberichten (WMO305/307). Komt er een verzoek om wijziging (WMO317), kies dan 'Verzoek om wijziging'.",
           F("contract", "iWmo (WMO305, WMO307, WMO317); contract", "backoffice", 10, 0, 0, "Weten of de hulp echt geleverd wordt."),
           actions=("Verzoek om wijziging", "Geen wijziging"))
    f.dp("DpVow", "RW1-DP18", "Verzoek om wijziging (WMO317) honoreren?",
         [("honoreren", "Honoreren", "De aanbieder krijgt de gevraagde wijziging toegewezen."),
          ("afwijzen", "Afwijzen", "Afwijzen met een reden uit de codelijst.")],
         "honoreren", "Wmo 2015 art. 2.6.7a; iWmo; contract", ["consulent"],
         F("contract", "Contract; iWmo", "consulent", 15, 0, 0, "Wijzigingen in de hulp gecontroleerd toewijzen."))
    f.service("VowHonoreren", "Antwoord op wijzigingsverzoek: gehonoreerd (WMO301)", "AnswerVerzoekOmToewijzing",
              OrderedDict([("standard", "iWmo"), ("antwoordbericht", "WMO319"), ("besluit", "toegewezen"), ("zaaktype", ZT)]),
              F("national", "Uitvoeringsregeling Wmo 2015 (iWmo)", "systeem", 2, 0, 0, "Antwoord aan de aanbieder via het berichtenverkeer."))
    f.service("VowAfwijzen", "Antwoord op wijzigingsverzoek: afgewezen (WMO319)", "AnswerVerzoekOmToewijzing",
              OrderedDict([("standard", "iWmo"), ("antwoordbericht", "WMO319"), ("besluit", "afgewezen"),
                           ("redenCodelijst", "WJ759"), ("zaaktype", ZT)]),
              F("national", "Uitvoeringsregeling Wmo 2015 (iWmo)", "systeem", 2, 0, 0, "Antwoord aan de aanbieder via het berichtenverkeer."))
    f.task("Heroverweging", "Heroverweging bij einddatum of gewijzigde situatie", "consulent",
           "Beoordeel bij de einddatum of na een melding van verandering (art. 2.3.8) of de voorziening nog past (art. 2.3.9, 2.3.10).",
           F("national", "Wmo 2015 art. 2.3.8, 2.3.9, 2.3.10", "consulent", 15, 10, 0, "De voorziening blijft passend."))
    f.dp("DpHerindicatie", "RW1-DP19", "Hoe verlengen we?",
         [("licht", "Lichte toets", "Bureaucheck of telefoontje; geen nieuw gesprek als er niets veranderd is."),
          ("volledig", "Volledig nieuw onderzoek", "Een nieuwe melding met onderzoek en aanvraag.")],
         "volledig", "Wmo 2015 art. 2.3.9 (periodiek onderzoek; geen vaste frequentie)", ["consulent", "teamleider"],
         F("local", "Beleidsregels Wmo (herindicatie)", "consulent", 5, 0, 0,
           "Herindicatie zonder verandering kost inwoner en consulent tijd zonder nieuwe uitkomst."))
    f.task("Bureaucheck", "Verlenging na bureaucheck vastleggen", "consulent",
           "Controleer of er iets veranderd is (registers, signalen van de aanbieder, kort contact) en leg de verlenging vast.",
           F("local", "Beleidsregels Wmo (herindicatie)", "consulent", 20, 10, 0, "Verlengen zonder onnodige belasting."),
           fields=[field("veranderd", "Iets veranderd?", "boolean", True)])
    f.service("HerindicatieStarten", "Herindicatie starten (nieuwe melding)", "RegisterMelding",
              OrderedDict([("zaaktype", ZT), ("domein", WMO), ("soort", "herindicatie"), ("kanaal", "intern")]),
              F("national", "Wmo 2015 art. 2.3.9 (lid 2-6 van art. 2.3.2 van overeenkomstige toepassing)", "consulent", 10, 0, 0,
                "Een nieuw onderzoek loopt als nieuwe zaak door dit proces."))
    f.node("UitvoeringKlaar", "Uitvoering afgerond")
    bezwaar_end = bezwaar_window(f, "", ZT, WMO, True, "UitvoeringEnBezwaar", "bezwaar")
    f.join("ZaakAfronden", "Uitvoering en bezwaar afgerond", "WaitAll")
    f.service("ZaakSluiten", "Zaak sluiten", "CloseCase", OrderedDict([("zaaktype", ZT), ("resultaat", "afgehandeld")]),
              F("internal", "Zaakgericht werken (archivering)", "systeem", 1, 0, 0, "Zaak afsluiten met resultaat."))
    f.end()

    # ---------- connections
    f.chain("Start", "MeldingRegistreren", "KlokOnderzoek", "OntvangstBevestigen", "DpTriage")
    for o in ("advies", "algemeen", "anderdomein"):
        f.c("DpTriage", "AfsluitenZonderOnderzoek", o)
    f.chain("AfsluitenZonderOnderzoek", "KlokOnderzoekStopVroeg", "ZaakSluitenZonderOnderzoek", "EindeZonderOnderzoek")
    f.c("DpTriage", "DpSpoed", "spoed")
    f.c("DpTriage", "GesprekVoorbereiden", "onderzoek")
    f.c("DpSpoed", "TijdelijkeVoorziening", "ja")
    f.chain("TijdelijkeVoorziening", "BeschikkingSpoedOpstellen", "ToewijzingSpoed", "GesprekVoorbereiden")
    f.c("DpSpoed", "GesprekVoorbereiden", "nee")
    f.chain("GesprekVoorbereiden", "RegistersRaadplegen", "DpGegevens")
    f.c("DpGegevens", "GegevensOpvragen", "inwoner")
    f.c("DpGegevens", "IdentiteitVaststellen", "register")
    f.chain("GegevensOpvragen", "IdentiteitVaststellen", "Keukentafelgesprek", "DpEigenKracht")
    f.c("DpEigenKracht", "DpAlgemeneVoorziening", "volledig")
    f.c("DpEigenKracht", "DpAlgemeneVoorziening", "gedeeltelijk")
    f.c("DpEigenKracht", "MantelzorgerOndersteunen", "niet")
    f.chain("MantelzorgerOndersteunen", "DpAlgemeneVoorziening")
    for o in ("ja", "deels", "nee"):
        f.c("DpAlgemeneVoorziening", "DpExternAdvies", o)
    f.c("DpExternAdvies", "ExternAdvies", "aanvragen")
    f.c("DpExternAdvies", "DpWlz", "geen")
    f.chain("ExternAdvies", "DpWlz")
    f.c("DpWlz", "CizVerwijzen", "ciz")
    f.c("DpWlz", "Verslag", "nee")
    f.chain("CizVerwijzen", "Verslag", "KlokOnderzoekStop", "DpVerslagAanvraag")
    f.c("DpVerslagAanvraag", "AanvraagFormulier", "apart")
    f.c("DpVerslagAanvraag", "KlokBeschikking", "verslag")
    f.chain("AanvraagFormulier", "KlokBeschikking", "AanvraagCompleet")
    f.c("AanvraagCompleet", "DpAanvulling", "Aanvulling nodig")
    f.c("DpAanvulling", "KlokOpschorten", "aanvullen")
    f.c("DpAanvulling", "BesluitVoorbereiden", "beslissen")
    f.c("BesluitVoorbereiden", "DpBesluit", "Gereed")
    f.c("DpBesluit", "ZetBesluitToekennen", "toekennen")
    f.c("DpBesluit", "ZetBesluitGedeeltelijk", "gedeeltelijk")
    f.c("DpBesluit", "BeschikkingAfwijzing", "afwijzen")
    f.c("DpBesluit", "BeschikkingWlzWeigering", "wlzweigering")
    f.chain("ZetBesluitToekennen", "DpVorm")
    f.chain("ZetBesluitGedeeltelijk", "DpVorm")
    f.c("DpVorm", "ZetVormZin", "zin")
    f.c("DpVorm", "PgbToets", "pgb")
    f.chain("ZetVormZin", "DpAanbieder")
    f.c("PgbToets", "ZetVormPgb", "Voldoet")
    f.c("PgbToets", "ZetVormZin", "Voldoet niet")  # pgb not possible: the voorziening is provided in natura
    f.chain("ZetVormPgb", "DpTariefInformeel")
    for o in ("voorkeur", "beschikbaar"):
        f.c("DpAanbieder", "DpOmvang", o)
    for o in ("formeel", "informeel"):
        f.c("DpTariefInformeel", "DpOmvang", o)
    for o in ("normenkader", "afwijking"):
        f.c("DpOmvang", "DpGeldigheid", o)
    for o in ("kort", "lang", "onbepaald"):
        f.c("DpGeldigheid", "IsGedeeltelijk", o)
    f.c("IsGedeeltelijk", "BeschikkingGedeeltelijk", "True")
    f.c("IsGedeeltelijk", "BeschikkingToekenning", "False")
    for d in ("BeschikkingToekenning", "BeschikkingGedeeltelijk", "BeschikkingAfwijzing", "BeschikkingWlzWeigering"):
        f.c(d, "BeschikkingVerzenden")
    f.chain("BeschikkingVerzenden", "KlokBeschikkingStop", "UitvoeringEnBezwaar")
    f.c("UitvoeringEnBezwaar", "IsToegekend", "uitvoering")
    f.c("IsToegekend", "IsPgb", "True")
    f.c("IsToegekend", "UitvoeringKlaar", "False")
    f.c("IsPgb", "PgbSvb", "True")
    f.c("IsPgb", "Toewijzing", "False")
    f.chain("PgbSvb", "DpEigenBijdrage")
    f.chain("Toewijzing", "DpEigenBijdrage")
    f.c("DpEigenBijdrage", "CakMelden", "standaard")
    f.c("DpEigenBijdrage", "VrijstellingVastleggen", "vrijstelling")
    f.chain("CakMelden", "LeveringVolgen")
    f.chain("VrijstellingVastleggen", "LeveringVolgen")
    f.c("LeveringVolgen", "DpVow", "Verzoek om wijziging")
    f.c("LeveringVolgen", "Heroverweging", "Geen wijziging")
    f.c("DpVow", "VowHonoreren", "honoreren")
    f.c("DpVow", "VowAfwijzen", "afwijzen")
    f.chain("VowHonoreren", "Heroverweging")
    f.chain("VowAfwijzen", "Heroverweging")
    f.chain("Heroverweging", "DpHerindicatie")
    f.c("DpHerindicatie", "Bureaucheck", "licht")
    f.c("DpHerindicatie", "HerindicatieStarten", "volledig")
    f.chain("Bureaucheck", "UitvoeringKlaar")
    f.chain("HerindicatieStarten", "UitvoeringKlaar")
    f.chain("UitvoeringKlaar", "ZaakAfronden")
    f.chain(bezwaar_end, "ZaakAfronden")
    f.chain("ZaakAfronden", "ZaakSluiten", "Einde")
    return f
