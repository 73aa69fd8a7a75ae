"""RW-3 Meervoudig onderhandse aanbesteding below the EU threshold (domain brief §9, RW-3)."""

from collections import OrderedDict

from model import Flow, friction as F
from common import field

ZT = "meervoudig-onderhandse-aanbesteding"
AW = "Aanbestedingswet 2012"


def close(f, suffix, result, name="Zaak sluiten"):
    f.service("ZaakSluiten" + suffix, name, "CloseCase", OrderedDict([("zaaktype", ZT), ("resultaat", result)]),
              F("internal", "Zaakgericht werken (archivering); contractregister", "systeem", 1, 0, 0, "Zaak afsluiten met resultaat."))


def build():
    f = Flow("rw3-meervoudig-onderhandse-aanbesteding", "RW-3 Meervoudig onderhandse aanbesteding",
             "Inkoop van een dienst onder de Europese drempel (bijv. welzijn of training) door twee of meer "
             "ondernemers uit te nodigen, van raming tot contractmanagement.", ZT)
    f.start()
    f.task("BehoefteRaming", "Behoefte en raming opstellen", "inkoper",
           "Beschrijf samen met de budgethouder de behoefte en raam de totale waarde van de opdracht, inclusief opties "
           "en verlengingen. Splits een opdracht niet op om onder een drempel te blijven.",
           F("national", "Aanbestedingswet 2012 art. 1.5; ramingsregels [K]", "inkoper", 240, 0, 0,
             "De raming bepaalt welke procedure verplicht is; samenvoegen of splitsen mag niet zomaar."),
           fields=[field("omschrijving", "Omschrijving van de behoefte", "textarea", True),
                   field("raming", "Geraamde waarde in euro (excl. btw, incl. opties en verlengingen)", "number", True),
                   field("looptijd", "Looptijd in maanden", "number", True)])
    f.dp("DpPercelen", "RW3-DP1", "Verdelen we de opdracht in percelen?",
         [("percelen", "In percelen", "Verdelen, zodat ook kleinere ondernemers kunnen inschrijven."),
          ("geheel", "Eén opdracht", "Niet verdelen; de reden staat in de aanbestedingsstukken.")],
         "percelen", AW + " art. 1.5 lid 3", ["inkoper"],
         F("national", AW + " art. 1.5 lid 3", "inkoper", 30, 0, 0, "Kansen voor het mkb; niet verdelen moet gemotiveerd worden."))
    f.dp("DpProcedure", "RW3-DP2", "Welke procedure of welk instrument?",
         [("enkelvoudig", "Enkelvoudig onderhands", "Eén ondernemer uitnodigen (onder de lokale drempel)."),
          ("meervoudig", "Meervoudig onderhands", "Twee tot vijf ondernemers uitnodigen (dit proces)."),
          ("openbaar", "Openbaar (nationaal of Europees)", "Boven de lokale of Europese drempel."),
          ("sas", "Sociale en andere specifieke diensten", "Het lichte regime voor SAS-diensten."),
          ("subsidie", "Subsidie", "Subsidiëren op grond van de subsidieverordening in plaats van inkopen."),
          ("toelating", "Toelatingsprocedure", "Iedere geschikte aanbieder toelaten (zie RW-4)."),
          ("inbesteden", "(Quasi-)inbesteden", "Laten uitvoeren door een eigen organisatie.")],
         "meervoudig", AW + " art. 1.4, 1.16; Gids Proportionaliteit; inkoopbeleid (drempels)", ["inkoper", "teamleider"],
         F("local", "Inkoop- en aanbestedingsbeleid (drempels); " + AW + " art. 1.4", "inkoper", 60, 0, 0,
           "Een procedure die past bij de omvang en de markt; de motivering geven we op verzoek."),
         reason_required=True)
    f.task("EnkelvoudigGunnen", "Enkelvoudig onderhands gunnen", "inkoper",
           "Vraag één offerte op, beoordeel die en gun de opdracht.",
           F("local", "Inkoop- en aanbestedingsbeleid", "inkoper", 240, 0, 0, "Snelle inkoop bij een kleine opdracht."))
    close(f, "Enkelvoudig", "enkelvoudig-gegund")
    f.end("EindeEnkelvoudig", "Einde (enkelvoudig)")
    f.task("AndereProcedure", "Andere procedure starten", "inkoper",
           "Start de gekozen procedure of het gekozen instrument als eigen zaak (bijv. RW-4 voor een toelatingsprocedure).",
           F("local", "Inkoop- en aanbestedingsbeleid", "inkoper", 60, 0, 0, "Doorzetten naar het passende instrument."),
           fields=[field("procedure", "Gestarte procedure", "text", True)])
    close(f, "Anders", "andere-procedure")
    f.end("EindeAnders", "Einde (andere procedure)")
    f.dp("DpMarktconsultatie", "RW3-DP3", "Houden we een marktconsultatie?",
         [("geen", "Geen consultatie", "De markt en de behoefte zijn bekend."),
          ("consulteren", "Marktconsultatie", "Eerst de markt raadplegen over haalbaarheid en eisen.")],
         "geen", "Gids Proportionaliteit; werkwijze", ["inkoper"],
         F("internal", "Werkwijze inkoop", "inkoper", 10, 0, 0, "Eisen die de markt kan waarmaken."))
    f.task("Marktconsultatie", "Marktconsultatie uitvoeren", "inkoper",
           "Raadpleeg ondernemers over de behoefte en verwerk de uitkomsten in de offerteaanvraag.",
           F("internal", "Werkwijze inkoop", "inkoper", 480, 0, 0, "Realistische eisen en een betere opdracht."))
    f.dp("DpSelectie", "RW3-DP4", "Welke en hoeveel ondernemers nodigen we uit?",
         [("lokaal", "3 tot 5, met lokaal mkb", "Drie tot vijf ondernemers, waaronder ten minste één lokale mkb-ondernemer (inkoopbeleid)."),
          ("roulatie", "Volgens roulatielijst", "Uitnodigen volgens de roulatielijst, zodat steeds andere ondernemers een kans krijgen."),
          ("minimaal", "Twee ondernemers", "Alleen twee ondernemers; de reden wordt vastgelegd.")],
         "lokaal", AW + " art. 1.4 lid 1, art. 1.14; inkoopbeleid", ["inkoper"],
         F("local", "Inkoop- en aanbestedingsbeleid (uitnodigingsbeleid)", "inkoper", 30, 0, 0,
           "Objectieve keuze van wie mag meedingen; kansen voor lokale ondernemers."))
    f.task("Offerteaanvraag", "Offerteaanvraag opstellen", "inkoper",
           "Stel samen met de jurist de offerteaanvraag op: eisen, gunningscriteria, conceptcontract. Vraag niet meer "
           "dan nodig is (art. 1.6: administratieve lasten zo veel mogelijk beperken).",
           F("national", AW + " art. 1.6, 1.16; Gids Proportionaliteit", "inkoper", 960, 0, 0,
             "Heldere, proportionele eisen; zo weinig mogelijk lasten voor inschrijvers."),
           fields=[field("sluitingsdatum", "Sluitingsdatum inschrijving", "date", True)])
    f.dp("DpGunningscriterium", "RW3-DP5", "Welk gunningscriterium?",
         [("emvi", "Beste prijs-kwaliteitverhouding", "Gunnen op prijs en kwaliteit (verplicht voor Wmo- en jeugddiensten, 2015-tekst)."),
          ("laagsteprijs", "Laagste prijs", "Alleen waar de wet dat toelaat; motiveren.")],
         "emvi", AW + " art. 2.114 [K]; Wmo 2015 art. 2.6.4 en Jeugdwet art. 2.11 (2015-tekst; Wet mvi 2022 [?])", ["inkoper", "jurist"],
         F("national", AW + " art. 2.114 [K]; Wmo 2015 art. 2.6.4", "inkoper", 30, 0, 0, "Kwaliteit telt mee, zeker bij zorg en welzijn."))
    f.dp("DpBewijs", "RW3-DP6", "Bewijsstukken vooraf of alleen van de winnaar?",
         [("eigenverklaring", "Eigen verklaring", "Alle inschrijvers verklaren; alleen de beoogde winnaar levert bewijs."),
          ("vooraf", "Alles vooraf", "Alle inschrijvers leveren alle bewijsstukken bij inschrijving.")],
         "eigenverklaring", AW + " art. 1.6; Gids Proportionaliteit", ["inkoper"],
         F("national", AW + " art. 1.6", "inkoper", 10, 0, 0, "Bewijs vooraf van iedereen kost inschrijvers veel tijd voor niets."))
    f.service("Uitnodigen", "Offerteaanvraag versturen aan de genodigden", "PublishTenderNotice",
              OrderedDict([("procedure", "meervoudig-onderhands"), ("publicatie", "uitnodiging aan geselecteerde ondernemers"),
                           ("kanaal", "TenderNed (besloten)"), ("zaaktype", ZT)]),
              F("national", AW + " art. 1.14", "inkoper", 15, 0, 0, "Iedere genodigde krijgt dezelfde stukken op hetzelfde moment."))
    f.node("InschrijvingenOpstellen", "Inschrijvers stellen offerte op",
           F("national", AW + " art. 1.14; eisen uit de offerteaanvraag", "aanbieder", 1440, 0, 0,
             "Tijd van de inschrijvers (aangenomen 3 inschrijvers x 8 uur); hangt sterk af van de gevraagde stukken."))
    f.task("NotaVanInlichtingen", "Vragen beantwoorden (nota van inlichtingen)", "inkoper",
           "Beantwoord de vragen van inschrijvers en stuur de antwoorden aan alle genodigden.",
           F("internal", "Werkwijze inkoop; gelijke behandeling (" + AW + " art. 1.15 lid 1)", "inkoper", 240, 0, 0,
             "Alle inschrijvers hebben dezelfde informatie."))
    f.task("InschrijvingenOpenen", "Inschrijvingen ontvangen en openen", "inkoper",
           "Open de inschrijvingen na de sluitingstijd en leg vast wie op tijd heeft ingeschreven.",
           F("internal", "Werkwijze inkoop", "inkoper", 60, 0, 0, "Een controleerbaar moment van openen."),
           fields=[field("aantal", "Aantal inschrijvingen", "number", True)], due=15)
    f.task("Beoordelen", "Inschrijvingen beoordelen", "beoordelingscommissie",
           "Beoordeel de inschrijvingen op de bekendgemaakte criteria, voor iedereen op dezelfde manier. Is een "
           "inschrijving onduidelijk, kies 'Onduidelijkheid'.",
           F("national", AW + " art. 1.15 lid 1 (gelijke behandeling)", "beoordelingscommissie", 720, 0, 0,
             "Eerlijke, controleerbare beoordeling."),
           fields=[field("rangorde", "Rangorde en scores", "textarea", True)],
           actions=("Gereed", "Onduidelijkheid"))
    f.dp("DpOnduidelijkheid", "RW3-DP7", "Hoe gaan we om met een onduidelijke inschrijving?",
         [("verduidelijken", "Verduidelijking vragen", "Vragen om uitleg, zonder dat de inschrijving inhoudelijk verandert."),
          ("beoordelen", "Beoordelen zoals ingediend", "Beoordelen op wat er staat."),
          ("ongeldig", "Ongeldig verklaren", "De inschrijving voldoet niet aan een eis en telt niet mee.")],
         "verduidelijken", AW + " art. 1.15 lid 1 (gelijke behandeling); rechtspraak [K]", ["beoordelingscommissie", "jurist"],
         F("national", AW + " art. 1.15 lid 1", "beoordelingscommissie", 30, 0, 0, "Gelijke behandeling bij twijfel over een inschrijving."))
    f.task("Verduidelijking", "Verduidelijking vragen en verwerken", "inkoper",
           "Vraag de inschrijver om uitleg en leg vraag en antwoord vast.",
           F("national", AW + " art. 1.15 lid 1", "inkoper", 60, 0, 0, "Geen inschrijving wegens een misverstand verloren."))
    f.task("Gunningsbeslissing", "Gunningsbeslissing nemen", "teamleider",
           "Neem (in mandaat) de gunningsbeslissing op basis van het beoordelingsverslag.",
           F("national", AW + " art. 1.15 lid 2", "teamleider", 60, 0, 0, "Een besluit op basis van de beoordeling."),
           fields=[field("winnaar", "Beoogde opdrachtnemer", "text", True)])
    f.service("Gunningsbericht", "Gunningsbeslissing met redenen aan alle inschrijvers", "SendAwardLetter",
              OrderedDict([("procedure", "meervoudig-onderhands"), ("ontvangers", "alle inschrijvers"),
                           ("metRedenen", True), ("zaaktype", ZT)]),
              F("national", AW + " art. 1.15 lid 2", "inkoper", 30, 0, 0,
                "Iedere inschrijver weet waarom hij wel of niet gewonnen heeft."))
    f.dp("DpStandstill", "RW3-DP8", "Hoe lang is de standstilltermijn?",
         [("geen", "Geen standstill", "Onder de drempel is een standstill niet verplicht."),
          ("tien", "10 kalenderdagen", "Korte termijn voor bezwaar of kort geding."),
          ("twintig", "20 kalenderdagen", "Zoals bij Europese aanbestedingen (art. 2.127).")],
         "twintig", AW + " art. 2.127 lid 4 onder a (onder de drempel niet verplicht); inkoopbeleid", ["inkoper"],
         F("local", "Inkoop- en aanbestedingsbeleid (standstill)", "inkoper", 5, 0, 0,
           "Inschrijvers krijgen de kans de gunning aan te vechten voordat het contract getekend is."))
    f.service("StandstillTien", "Standstilltermijn melden (10 dagen)", "SendStandstillNotice",
              OrderedDict([("days", 10), ("zaaktype", ZT)]),
              F("local", "Inkoop- en aanbestedingsbeleid (standstill)", "systeem", 2, 0, 0, "De termijn staat in de gunningsbeslissing."))
    f.delay("WachtTien", "Standstill (10 dagen)", "10.00:00:00",
            F("local", "Inkoop- en aanbestedingsbeleid (standstill)", "systeem", 0, 0, 0, "Wachten tot de standstilltermijn voorbij is."))
    f.service("StandstillTwintig", "Standstilltermijn melden (20 dagen)", "SendStandstillNotice",
              OrderedDict([("days", 20), ("zaaktype", ZT)]),
              F("local", "Inkoop- en aanbestedingsbeleid (standstill)", "systeem", 2, 0, 0, "De termijn staat in de gunningsbeslissing."))
    f.delay("WachtTwintig", "Standstill (20 dagen)", "20.00:00:00",
            F("local", "Inkoop- en aanbestedingsbeleid (standstill)", "systeem", 0, 0, 0, "Wachten tot de standstilltermijn voorbij is."))
    f.node("NaStandstill", "Standstill voorbij")
    f.task("KlachtenBeoordelen", "Klachten of kort geding?", "jurist",
           "Ga na of tijdens de standstill een klacht of een kort geding is binnengekomen.",
           F("local", "Klachtenregeling aanbesteden", "jurist", 15, 0, 0, "Geen contract tekenen zolang een geschil loopt."),
           actions=("Geen klacht", "Klacht of kort geding"))
    f.dp("DpKlacht", "RW3-DP9", "Wat doen we met de klacht of het kort geding?",
         [("doorgaan", "Doorgaan met gunning", "De klacht is ongegrond of de rechter wees de vordering af."),
          ("herbeoordelen", "Opnieuw beoordelen", "Terug naar de beoordeling van de inschrijvingen."),
          ("intrekken", "Aanbesteding intrekken", "De procedure stoppen en de inschrijvers informeren.")],
         "doorgaan", "Klachtenregeling aanbesteden; " + AW + " art. 1.15; civiele rechter (kort geding)", ["jurist", "teamleider"],
         F("local", "Klachtenregeling aanbesteden", "jurist", 120, 0, 0, "Fouten herstellen voordat het contract er is."),
         reason_required=True)
    f.task("Intrekken", "Aanbesteding intrekken", "inkoper",
           "Trek de procedure in en informeer alle inschrijvers met de reden.",
           F("internal", "Werkwijze inkoop", "inkoper", 120, 0, 0, "Zorgvuldig stoppen."))
    close(f, "Ingetrokken", "ingetrokken")
    f.end("EindeIngetrokken", "Einde (ingetrokken)")
    f.task("Contract", "Contract ondertekenen en registreren", "inkoper",
           "Laat het contract ondertekenen en registreer het in het contractregister.",
           F("internal", "Contractregister; openbaarheid (Woo) [K]", "inkoper", 60, 0, 0, "Weten welke contracten er lopen."),
           fields=[field("contractnummer", "Contractnummer", "text", True)])
    f.dp("DpContractmanagement", "RW3-DP10", "Hoe vaak rapporteert de opdrachtnemer en over welke KPI's?",
         [("licht", "Jaarlijks, enkele KPI's", "Eén rapportage per jaar met een paar kernindicatoren."),
          ("intensief", "Per kwartaal, uitgebreid", "Kwartaalrapportages met een uitgebreide set KPI's.")],
         "licht", "Contract", ["contractmanager", "inkoper"],
         F("contract", "Contract", "contractmanager", 15, 0, 0, "Sturen op resultaat zonder onnodige verantwoordingslast."))
    f.task("ContractmanagementInrichten", "Contractmanagement inrichten", "contractmanager",
           "Plan de contractgesprekken en de rapportages.",
           F("contract", "Contract", "contractmanager", 120, 0, 0, "Afspraken worden ook nagekomen."))
    close(f, "", "gegund")
    f.end()

    # ---------- connections
    f.chain("Start", "BehoefteRaming", "DpPercelen")
    for o in ("percelen", "geheel"):
        f.c("DpPercelen", "DpProcedure", o)
    f.c("DpProcedure", "EnkelvoudigGunnen", "enkelvoudig")
    f.chain("EnkelvoudigGunnen", "ZaakSluitenEnkelvoudig", "EindeEnkelvoudig")
    for o in ("openbaar", "sas", "subsidie", "toelating", "inbesteden"):
        f.c("DpProcedure", "AndereProcedure", o)
    f.chain("AndereProcedure", "ZaakSluitenAnders", "EindeAnders")
    f.c("DpProcedure", "DpMarktconsultatie", "meervoudig")
    f.c("DpMarktconsultatie", "Marktconsultatie", "consulteren")
    f.c("DpMarktconsultatie", "DpSelectie", "geen")
    f.chain("Marktconsultatie", "DpSelectie")
    for o in ("lokaal", "roulatie", "minimaal"):
        f.c("DpSelectie", "Offerteaanvraag", o)
    f.chain("Offerteaanvraag", "DpGunningscriterium")
    for o in ("emvi", "laagsteprijs"):
        f.c("DpGunningscriterium", "DpBewijs", o)
    for o in ("eigenverklaring", "vooraf"):
        f.c("DpBewijs", "Uitnodigen", o)
    f.chain("Uitnodigen", "InschrijvingenOpstellen", "NotaVanInlichtingen", "InschrijvingenOpenen", "Beoordelen")
    f.c("Beoordelen", "Gunningsbeslissing", "Gereed")
    f.c("Beoordelen", "DpOnduidelijkheid", "Onduidelijkheid")
    f.c("DpOnduidelijkheid", "Verduidelijking", "verduidelijken")
    f.back("Verduidelijking", "Beoordelen")
    f.c("DpOnduidelijkheid", "Gunningsbeslissing", "beoordelen")
    f.c("DpOnduidelijkheid", "Gunningsbeslissing", "ongeldig")
    f.chain("Gunningsbeslissing", "Gunningsbericht", "DpStandstill")
    f.c("DpStandstill", "NaStandstill", "geen")
    f.c("DpStandstill", "StandstillTien", "tien")
    f.c("DpStandstill", "StandstillTwintig", "twintig")
    f.chain("StandstillTien", "WachtTien", "NaStandstill")
    f.chain("StandstillTwintig", "WachtTwintig", "NaStandstill")
    f.chain("NaStandstill", "KlachtenBeoordelen")
    f.c("KlachtenBeoordelen", "Contract", "Geen klacht")
    f.c("KlachtenBeoordelen", "DpKlacht", "Klacht of kort geding")
    f.c("DpKlacht", "Contract", "doorgaan")
    f.back("DpKlacht", "Beoordelen", "herbeoordelen")
    f.c("DpKlacht", "Intrekken", "intrekken")
    f.chain("Intrekken", "ZaakSluitenIngetrokken", "EindeIngetrokken")
    f.chain("Contract", "DpContractmanagement")
    for o in ("licht", "intensief"):
        f.c("DpContractmanagement", "ContractmanagementInrichten", o)
    f.chain("ContractmanagementInrichten", "ZaakSluiten", "Einde")
    return f
