"""RW-4 Toelatingsprocedure ("open house") for Wmo and Jeugd (domain brief §9, RW-4)."""

from collections import OrderedDict

from model import Flow, friction as F
from common import field

ZT = "toelatingsprocedure"
CS = "Contractstandaard Toelatingsprocedure (Ketenbureau i-Sociaal Domein)"


def build():
    f = Flow("rw4-toelatingsprocedure", "RW-4 Toelatingsprocedure (open house)",
             "Iedere aanbieder die aan vooraf bekende eisen voldoet, wordt toegelaten tot de raamovereenkomst "
             "(zonder selectie of rangorde). Van inkoopstrategie via aanmeldingen tot contractmanagement en verantwoording.", ZT)
    f.start()
    f.task("Inkoopstrategie", "Inkoopstrategie bepalen", "inkoper",
           "Bepaal met beleid en financiën het inkoopmodel en de schaal (lokaal of regionaal).",
           F("local", "Inkoopbeleid sociaal domein; regionale samenwerking (Jeugdwet regiovisie [?])", "inkoper", 960, 0, 0,
             "Een bewuste keuze van het inkoopmodel, afgestemd met de regio."),
           fields=[field("schaal", "Schaal", "choice", True, ["Lokaal", "Regionaal"]),
                   field("looptijd", "Looptijd raamovereenkomst in jaren", "number", True)])
    f.dp("DpModel", "RW4-DP1", "Welk inkoopmodel?",
         [("toelating", "Toelatingsprocedure", "Iedere geschikte aanbieder wordt toegelaten (dit proces)."),
          ("sas", "SAS-aanbesteding", "Aanbesteden onder het lichte regime, met of zonder beste prijs-kwaliteit."),
          ("subsidie", "Subsidie", "Subsidiëren op grond van de subsidieverordening."),
          ("inbesteden", "Quasi-inbesteden", "Opdragen aan een eigen rechtspersoon (zeggenschap- en activiteitencriterium)."),
          ("pgb", "Alleen pgb", "Geen contracten; inwoners kopen zelf in met een pgb.")],
         "toelating", "Aanbestedingswet 2012 (SAS-regime) [K]; HvJ EU C-410/14 Falk Pharma en C-9/17 Tirkkonen [K]; Awb titel 4.2",
         ["teamleider", "inkoper"],
         F("local", "Inkoopbeleid sociaal domein", "inkoper", 60, 0, 0, "Het model bepaalt de lasten voor gemeente en aanbieders."),
         reason_required=True)
    f.task("AnderModel", "Ander inkoopmodel uitwerken", "inkoper",
           "Start het gekozen model als eigen zaak (bijv. RW-3 of een subsidieregeling).",
           F("local", "Inkoopbeleid sociaal domein", "inkoper", 60, 0, 0, "Doorzetten naar het gekozen model."))
    f.service("ZaakSluitenAnders", "Zaak sluiten", "CloseCase", OrderedDict([("zaaktype", ZT), ("resultaat", "ander-model")]),
              F("internal", "Zaakgericht werken (archivering)", "systeem", 1, 0, 0, "Zaak afsluiten met resultaat."))
    f.end("EindeAnders", "Einde (ander model)")
    f.task("ContractstandaardKiezen", "Contractstandaard en uitvoeringsvariant kiezen", "inkoper",
           "Kies het contractmodel (bij voorkeur de landelijke contractstandaard) en de uitvoeringsvariant.",
           F("contract", CS, "inkoper", 240, 0, 0, "Minder verschillende contracten voor aanbieders die in meer regio's werken."))
    f.dp("DpContractstandaard", "RW4-DP2", "Standaardcontract of regionale afwijkingen?",
         [("standaard", "Landelijke standaard", "De contractstandaard ongewijzigd gebruiken."),
          ("regionaal", "Regionale afwijkingen", "Eigen bepalingen toevoegen; iedere afwijking is extra werk voor aanbieders.")],
         "standaard", CS, ["inkoper", "teamleider"],
         F("contract", CS, "inkoper", 30, 0, 0, "Elke regionale afwijking kost aanbieders tijd."))
    f.dp("DpUitvoeringsvariant", "RW4-DP3", "Welke uitvoeringsvariant?",
         [("inspanning", "Inspanningsgericht", "Bekostiging per tijdseenheid; iWmo/iJw verplicht."),
          ("output", "Outputgericht", "Bekostiging per product of traject; iWmo/iJw verplicht."),
          ("taak", "Taakgericht", "Budget per aanbieder of opdracht; iWmo/iJw-plicht twijfelachtig [?].")],
         "inspanning", "Uitvoeringsregeling Wmo 2015; Regeling Jeugdwet §6c (Stcrt. 2019, 41519) [S]", ["inkoper"],
         F("national", "Uitvoeringsregeling Wmo 2015; Regeling Jeugdwet §6c", "inkoper", 30, 0, 0,
           "De variant bepaalt berichtenverkeer, declaratie en verantwoording."))
    f.task("Tarieven", "Tarieven vaststellen (reële prijs)", "inkoper",
           "Stel met financiën de tarieven vast op basis van een reële kostprijs (loonkosten, overhead) en leg de indexatie vast.",
           F("national", "Wmo 2015 art. 2.6.6; Uitvoeringsbesluit Wmo 2015 art. 5.4 [S]; Jeugdwet art. 2.12", "inkoper", 960, 0, 0,
             "Een reële prijs borgt kwaliteit en continuïteit."))
    f.dp("DpTariefmethode", "RW4-DP4", "Hoe stellen we tarieven en indexatie vast?",
         [("kostprijs", "Kostprijsonderzoek", "Eigen kostprijsonderzoek met jaarlijkse indexatie (OVA)."),
          ("regionaal", "Regionale tarieven overnemen", "Tarieven van de regio of een buurgemeente overnemen."),
          ("markt", "Marktconsultatie", "Tarieven bepalen na consultatie van aanbieders.")],
         "kostprijs", "Wmo 2015 art. 2.6.6; Jeugdwet art. 2.12; Uitvoeringsbesluit Wmo 2015 art. 5.4 [S]", ["inkoper", "teamleider"],
         F("local", "Inkoopbeleid sociaal domein (tariefbeleid)", "inkoper", 30, 0, 0, "Jaarlijkse tariefdiscussies beperken."))
    f.dp("DpInstroom", "RW4-DP5", "Hoe kunnen aanbieders instromen?",
         [("doorlopend", "Doorlopend", "Aanbieders kunnen zich op elk moment aanmelden."),
          ("periodiek", "Periodiek", "Vaste instroommomenten, bijv. twee keer per jaar.")],
         "doorlopend", CS + "; transparantie (HvJ EU C-410/14) [K]", ["inkoper"],
         F("local", "Inkoopbeleid sociaal domein", "inkoper", 10, 0, 0, "Nieuwe aanbieders kunnen meedoen zonder lang te wachten."))
    f.service("Aankondigen", "Toelatingsprocedure aankondigen (TenderNed)", "PublishTenderNotice",
              OrderedDict([("procedure", "toelating"), ("kanaal", "TenderNed"), ("zaaktype", ZT),
                           ("sasAankondigingVanaf", 750000)]),
              F("national", "Transparantie bij grensoverschrijdend belang (HvJ EU C-410/14) [K]; Aanbestedingswet 2012 (SAS-regime) [K]",
                "inkoper", 60, 0, 0, "Iedere geïnteresseerde aanbieder kan ervan weten."))
    f.task("Aanmeldingen", "Aanmeldingen verwerken", "inkoper",
           "Kies 'Aanmelding ontvangen' voor elke nieuwe aanmelding; kies 'Instroom sluiten' als de instroomperiode voorbij is.",
           F("internal", "Werkwijze inkoop", "inkoper", 5, 0, 0, "Overzicht van binnengekomen aanmeldingen."),
           actions=("Aanmelding ontvangen", "Instroom sluiten"))
    f.node("AanmeldingOpstellen", "Aanbieder stelt aanmelding op",
           F("national", "Wmo 2015 art. 3.1-3.5; Jeugdwet hoofdstuk 4; " + CS, "aanbieder", 480, 0, 0,
             "Tijd van de aanbieder voor UEA of eigen verklaring, kwaliteitseisen, VOG en registraties (aanname 8 uur)."))
    f.clock("KlokBeoordeling", "Beoordelingstermijn starten", "start", "beoordelingstermijn-aanmelding",
            CS + " (contractuele termijn)",
            F("contract", CS, "systeem", 0, 0, 0, "De aanbieder weet binnen welke termijn hij uitsluitsel krijgt."),
            term="6 weeks")
    f.service("RegistersToetsen", "Registers raadplegen (KvK, Wbsrz, AGB)", "CheckRegisters",
              OrderedDict([("registers", ["KvK", "Waarschuwingsregister zorgfraude (Wbsrz)", "AGB"]),
                           ("doel", "toelating aanbieder"), ("zaaktype", ZT)]),
              F("national", "Wet bevorderen samenwerking en rechtmatige zorg (2025) [S]", "systeem", 2, 0, 0,
                "Geen fraudeurs of onbevoegden toelaten."))
    f.dp("DpBewijsToelating", "RW4-DP6", "Bewijsstukken vooraf of op verzoek?",
         [("opverzoek", "Op verzoek", "Eigen verklaring bij aanmelding; bewijs alleen op verzoek of steekproefsgewijs."),
          ("vooraf", "Vooraf", "Alle bewijsstukken bij de aanmelding.")],
         "opverzoek", CS + "; Aanbestedingswet 2012 art. 1.6 (geest)", ["inkoper"],
         F("local", "Inkoopbeleid sociaal domein", "inkoper", 5, 0, 0, "Alles vooraf is veel werk voor aanbieder en beoordelaar."))
    f.task("BewijsControleren", "Bewijsstukken controleren", "inkoper",
           "Controleer VOG, registraties (SKJ/BIG), verzekeringen en de andere gevraagde stukken.",
           F("local", "Inkoopbeleid sociaal domein; " + CS, "inkoper", 60, 0, 0, "Zekerheid over kwaliteit en betrouwbaarheid."))
    f.task("Toetsen", "Toetsen aan de toelatingseisen", "beoordelingscommissie",
           "Toets of de aanbieder aan elke eis voldoet (geschikt of ongeschikt). Geen scores en geen rangorde. "
           "Twijfelt u over de uitleg van een eis, kies 'Twijfel'.",
           F("national", "HvJ EU C-410/14 Falk Pharma, C-9/17 Tirkkonen [K] (geen selectie); " + CS, "beoordelingscommissie", 120, 0, 0,
             "Objectief toetsen; een rangorde zou er een aanbesteding van maken."),
           actions=("Voldoet", "Voldoet niet", "Twijfel"))
    f.dp("DpInterpretatie", "RW4-DP7", "Voldoet de aanbieder bij objectieve uitleg van de eis?",
         [("toelaten", "Toelaten", "Bij objectieve uitleg voldoet de aanbieder."),
          ("afwijzen", "Afwijzen", "Bij objectieve uitleg voldoet de aanbieder niet.")],
         "toelaten", "Objectieve, vooraf bekende eisen zonder rangorde (HvJ EU C-410/14) [K]; " + CS, ["beoordelingscommissie", "jurist"],
         F("national", "HvJ EU C-410/14 [K]", "beoordelingscommissie", 30, 0, 0, "Dezelfde uitleg voor iedere aanbieder."),
         reason_required=True)
    f.service("Toelaten", "Toelatingsbesluit versturen", "SendAdmissionDecision",
              OrderedDict([("decision", "toegelaten"), ("procedure", "toelating"), ("zaaktype", ZT)]),
              F("contract", CS, "inkoper", 15, 0, 0, "De aanbieder wordt partij bij de raamovereenkomst (zonder volumegarantie)."))
    f.service("Afwijzen", "Afwijzing versturen", "SendAdmissionDecision",
              OrderedDict([("decision", "afgewezen"), ("procedure", "toelating"), ("zaaktype", ZT)]),
              F("contract", CS, "inkoper", 20, 0, 0, "De aanbieder weet waarom hij niet is toegelaten."))
    f.task("Onboarding", "Onboarding: AGB, VECOZO, iStandaarden, productcodes", "contractmanager",
           "Regel met de aanbieder de AGB-code, de VECOZO-aansluiting, de testberichten iWmo/iJw en de productcodes.",
           F("contract", "iStandaarden iWmo/iJw; " + CS, "contractmanager", 240, 0, 0,
             "De aanbieder kan toewijzingen ontvangen en declareren (aanbieder besteedt hier naar schatting 8 uur aan)."))
    f.dp("DpProductcodes", "RW4-DP8", "Landelijke of regionale productcodes?",
         [("landelijk", "Landelijke productcodes", "De landelijke productcodelijst gebruiken."),
          ("regionaal", "Regionale productcodes", "Een eigen regionale lijst; extra vertaalwerk voor aanbieders.")],
         "landelijk", "iStandaarden (landelijke productcodes); " + CS, ["contractmanager"],
         F("contract", "iStandaarden; " + CS, "contractmanager", 10, 0, 0, "Eén codelijst scheelt aanbieders en gemeenten werk."))
    f.node("AanmeldingAfgehandeld", "Aanmelding afgehandeld")
    f.clock("KlokBeoordelingStop", "Beoordelingstermijn stoppen", "stop", "beoordelingstermijn-aanmelding", CS,
            F("contract", CS, "systeem", 0, 0, 0, "De aanmelding is afgehandeld."))
    f.task("Contractmanagement", "Contractmanagement: gesprekken en signalen", "contractmanager",
           "Voer de periodieke contractgesprekken. Kies 'Signaal' bij een klacht, een kwaliteitsprobleem of een "
           "vermoeden van onrechtmatigheid; kies 'Periode afgesloten' aan het eind van het contractjaar.",
           F("contract", "Raamovereenkomst", "contractmanager", 60, 0, 0, "Kwaliteit en rechtmatigheid bewaken."),
           actions=("Signaal", "Periode afgesloten"))
    f.dp("DpSanctie", "RW4-DP9", "Welke maatregel bij dit signaal?",
         [("waarschuwing", "Waarschuwing", "Een schriftelijke waarschuwing met verbeterafspraken."),
          ("opschorting", "Opschorting", "Tijdelijk geen nieuwe toewijzingen."),
          ("beeindiging", "Beëindiging", "De overeenkomst met deze aanbieder beëindigen.")],
         "waarschuwing", "Raamovereenkomst (sanctiebepalingen)", ["contractmanager", "teamleider"],
         F("contract", "Raamovereenkomst", "contractmanager", 30, 0, 0, "Een maatregel die past bij de ernst."),
         reason_required=True)
    f.task("SanctieUitvoeren", "Maatregel uitvoeren en vastleggen", "contractmanager",
           "Voer de maatregel uit, informeer de aanbieder en leg de afspraken vast.",
           F("contract", "Raamovereenkomst", "contractmanager", 60, 0, 0, "Afspraken worden nagekomen."))
    f.task("Productieverantwoording", "Productieverantwoording en controleverklaring beoordelen", "controller",
           "Beoordeel de productieverantwoording van de aanbieders over het afgelopen jaar (vaak vóór 1 april).",
           F("contract", "Landelijk controleprotocol; contract; rechtmatigheidsverantwoording [K]", "controller", 480, 0, 0,
             "Rechtmatige besteding aantonen; een accountantsverklaring kost kleine aanbieders relatief veel."))
    f.dp("DpControle", "RW4-DP10", "Welke controle-aanpak?",
         [("controleverklaring", "Controleverklaring", "Productieverantwoording met accountantsverklaring volgens het controleprotocol."),
          ("vrijstelling", "Vrijstelling onder de drempel", "Kleine aanbieders zonder accountantsverklaring; steekproef door de gemeente."),
          ("data", "Eigen data-analyse", "Controle op basis van berichtenverkeer en declaraties, met gerichte steekproeven.")],
         "controleverklaring", "Landelijk controleprotocol; contract", ["controller", "contractmanager"],
         F("contract", "Landelijk controleprotocol; contract", "controller", 30, 0, 0, "Zekerheid in verhouding tot de omvang."))
    f.service("ZaakSluiten", "Zaak sluiten", "CloseCase", OrderedDict([("zaaktype", ZT), ("resultaat", "contractperiode-afgesloten")]),
              F("internal", "Zaakgericht werken (archivering)", "systeem", 1, 0, 0, "Zaak afsluiten met resultaat."))
    f.end()

    # ---------- connections
    f.chain("Start", "Inkoopstrategie", "DpModel")
    for o in ("sas", "subsidie", "inbesteden", "pgb"):
        f.c("DpModel", "AnderModel", o)
    f.chain("AnderModel", "ZaakSluitenAnders", "EindeAnders")
    f.c("DpModel", "ContractstandaardKiezen", "toelating")
    f.chain("ContractstandaardKiezen", "DpContractstandaard")
    for o in ("standaard", "regionaal"):
        f.c("DpContractstandaard", "DpUitvoeringsvariant", o)
    for o in ("inspanning", "output", "taak"):
        f.c("DpUitvoeringsvariant", "Tarieven", o)
    f.chain("Tarieven", "DpTariefmethode")
    for o in ("kostprijs", "regionaal", "markt"):
        f.c("DpTariefmethode", "DpInstroom", o)
    for o in ("doorlopend", "periodiek"):
        f.c("DpInstroom", "Aankondigen", o)
    f.chain("Aankondigen", "Aanmeldingen")
    f.c("Aanmeldingen", "AanmeldingOpstellen", "Aanmelding ontvangen")
    f.chain("AanmeldingOpstellen", "KlokBeoordeling", "RegistersToetsen", "DpBewijsToelating")
    f.c("DpBewijsToelating", "BewijsControleren", "vooraf")
    f.c("DpBewijsToelating", "Toetsen", "opverzoek")
    f.chain("BewijsControleren", "Toetsen")
    f.c("Toetsen", "Toelaten", "Voldoet")
    f.c("Toetsen", "Afwijzen", "Voldoet niet")
    f.c("Toetsen", "DpInterpretatie", "Twijfel")
    f.c("DpInterpretatie", "Toelaten", "toelaten")
    f.c("DpInterpretatie", "Afwijzen", "afwijzen")
    f.chain("Toelaten", "Onboarding", "DpProductcodes")
    for o in ("landelijk", "regionaal"):
        f.c("DpProductcodes", "AanmeldingAfgehandeld", o)
    f.chain("Afwijzen", "AanmeldingAfgehandeld")
    f.chain("AanmeldingAfgehandeld", "KlokBeoordelingStop")
    f.back("KlokBeoordelingStop", "Aanmeldingen")
    f.c("Aanmeldingen", "Contractmanagement", "Instroom sluiten")
    f.c("Contractmanagement", "DpSanctie", "Signaal")
    for o in ("waarschuwing", "opschorting", "beeindiging"):
        f.c("DpSanctie", "SanctieUitvoeren", o)
    f.back("SanctieUitvoeren", "Contractmanagement")
    f.c("Contractmanagement", "Productieverantwoording", "Periode afgesloten")
    f.chain("Productieverantwoording", "DpControle")
    for o in ("controleverklaring", "vrijstelling", "data"):
        f.c("DpControle", "ZaakSluiten", o)
    f.chain("ZaakSluiten", "Einde")
    return f
