"""Shared building blocks of the reference workflows (form fields, recurring step patterns)."""

from collections import OrderedDict

from model import friction, structural


def field(name, label, type_name="text", required=False, options=None):
    f = OrderedDict([("name", name), ("label", label), ("type", type_name), ("required", required)])
    if options is not None:
        f["options"] = list(options)
    return f


def bezwaar_window(flow, prefix, zaaktype, domein, adviescommissie, after, after_port="Done"):
    """After a beschikking: run the 6-week bezwaartermijn; a bezwaar starts the reusable rw5-bezwaar sub-flow.

    Returns the id of the FlowNode where this part ends. The bezwaar arrives as the event "BezwaarOntvangen"
    (correlation id = the case file id); the timer ends the wait when no bezwaar came in.
    """
    p = prefix
    flow.clock(p + "KlokBezwaartermijn", "Bezwaartermijn starten", "start", "bezwaartermijn",
               "Awb art. 6:7, 6:8", friction("national", "Awb art. 6:7, 6:8", "systeem", 0, 0, 0,
                                            "De inwoner heeft 6 weken om bezwaar te maken; de termijn begint de dag na bekendmaking."),
               term="6 weeks", warning=0)
    flow.fork(p + "WachtOpBezwaar", "Wachten op bezwaar of einde termijn", ["termijn", "bezwaarschrift"])
    flow.delay(p + "BezwaartermijnVerstreken", "Bezwaartermijn verstreken (6 weken + 2 dagen)", "44.00:00:00",
               friction("national", "Awb art. 6:7, 6:9", "systeem", 0, 0, 0,
                        "Wacht tot de bezwaartermijn voorbij is; 2 dagen extra voor een bezwaarschrift dat op de laatste dag op de post is gedaan (Awb 6:9)."))
    flow.setvar(p + "ZetGeenBezwaar", "Geen bezwaar ontvangen", "BezwaarIngediend", "nee")
    flow.event(p + "BezwaarOntvangen", "Bezwaarschrift ontvangen", "BezwaarOntvangen",
               friction("national", "Awb art. 6:4", "backoffice", 0, 0, 0,
                        "Wacht op de registratie van een bezwaarschrift bij deze zaak (gebeurtenis BezwaarOntvangen)."))
    flow.setvar(p + "ZetBezwaar", "Bezwaar ontvangen", "BezwaarIngediend", "ja")
    flow.join(p + "BezwaarOfTermijn", "Bezwaar of einde termijn", "WaitAny")
    flow.clock(p + "KlokBezwaartermijnStop", "Bezwaartermijn stoppen", "stop", "bezwaartermijn", "Awb art. 6:7",
               friction("national", "Awb art. 6:7", "systeem", 0, 0, 0, "Sluit de bezwaartermijn af."))
    flow.decision(p + "IsBezwaar", "Bezwaar ingediend?", "getBezwaarIngediend() === 'ja'")
    flow.sub(p + "BezwaarBehandelen", "Bezwaar behandelen (RW-5 bezwaar)", "rw5-bezwaar",
             OrderedDict([("primairZaaktype", zaaktype), ("domein", domein), ("adviescommissie", adviescommissie)]),
             friction("national", "Awb art. 7:1, 7:2, 7:10", "jurist", 0, 0, 0,
                      "Bezwaar is verplicht vóór beroep; de behandeling loopt in het deelproces rw5-bezwaar (de stappen dragen daar hun eigen frictie)."))
    flow.node(p + "BezwaarAfgehandeld", "Bezwaarfase afgerond")

    flow.c(after, p + "KlokBezwaartermijn", after_port)
    flow.chain(p + "KlokBezwaartermijn", p + "WachtOpBezwaar")
    flow.c(p + "WachtOpBezwaar", p + "BezwaartermijnVerstreken", "termijn")
    flow.c(p + "WachtOpBezwaar", p + "BezwaarOntvangen", "bezwaarschrift")
    flow.chain(p + "BezwaartermijnVerstreken", p + "ZetGeenBezwaar", p + "BezwaarOfTermijn")
    flow.chain(p + "BezwaarOntvangen", p + "ZetBezwaar", p + "BezwaarOfTermijn")
    flow.chain(p + "BezwaarOfTermijn", p + "KlokBezwaartermijnStop", p + "IsBezwaar")
    flow.c(p + "IsBezwaar", p + "BezwaarBehandelen", "True")
    flow.c(p + "IsBezwaar", p + "BezwaarAfgehandeld", "False")
    flow.c(p + "BezwaarBehandelen", p + "BezwaarAfgehandeld")
    return p + "BezwaarAfgehandeld"


def aanvulling_loop(flow, head, basis_head, role_head, after_complete, after_expired, clock="beslistermijn"):
    """Completeness check with an aanvulling loop: suspend the beslistermijn (Awb 4:15), wait, resume, check again.

    head: the completeness task (loop head). after_complete / after_expired: where "Compleet" and an expired
    hersteltermijn go. The caller connects "Aanvulling nodig" (or its own discretion point) to 'KlokOpschorten'.
    """
    flow.task(head, "Aanvraag op volledigheid controleren", role_head,
              "Controleer of de aanvraag compleet is (Awb 4:2). Vraag niets op wat al in een register staat.",
              friction("national", basis_head, role_head, 10, 0, 0,
                       "Een aanvraag moet de gegevens bevatten die nodig zijn om te beslissen."),
              fields=[field("ontbrekend", "Wat ontbreekt er?", "textarea")],
              actions=("Compleet", "Aanvulling nodig"))
    flow.clock("KlokOpschorten", "Beslistermijn opschorten (aanvulling)", "suspend", clock,
               "Awb art. 4:15 lid 1 onder a",
               friction("national", "Awb art. 4:15 lid 1 onder a", "systeem", 0, 0, 0,
                        "De beslistermijn staat stil vanaf het verzoek om aanvulling tot de aanvulling binnen is of de hersteltermijn ongebruikt verstreken is."),
               reason="Verzoek om aanvulling (Awb 4:5)")
    flow.task("AanvullingAfwachten", "Aanvulling afwachten", "backoffice",
              "Vraag de ontbrekende gegevens op met een redelijke hersteltermijn (Awb 4:5). Rond af zodra de aanvulling binnen is of de termijn ongebruikt verstreken is.",
              friction("national", "Awb art. 4:5", "backoffice", 10, 30, 0,
                       "Herstel van een onvolledige aanvraag; de inwoner zoekt stukken op en levert ze aan."),
              fields=[field("hersteltermijnTot", "Hersteltermijn tot", "date", True)],
              actions=("Ontvangen", "Termijn verstreken"))
    flow.clock("KlokHervatten", "Beslistermijn hervatten", "resume", clock, "Awb art. 4:15 lid 1 onder a",
               friction("national", "Awb art. 4:15 lid 1 onder a", "systeem", 0, 0, 0, "De aanvulling is binnen; de termijn loopt weer."))
    flow.clock("KlokHervattenNaTermijn", "Beslistermijn hervatten (hersteltermijn verstreken)", "resume", clock,
               "Awb art. 4:15 lid 1 onder a",
               friction("national", "Awb art. 4:15 lid 1 onder a", "systeem", 0, 0, 0,
                        "De hersteltermijn is ongebruikt verstreken; de termijn loopt weer en er wordt beslist op wat er is."),
               reason="Hersteltermijn ongebruikt verstreken")
    flow.c(head, after_complete, "Compleet")
    flow.chain("KlokOpschorten", "AanvullingAfwachten")
    flow.c("AanvullingAfwachten", "KlokHervatten", "Ontvangen")
    flow.back("KlokHervatten", head)
    flow.c("AanvullingAfwachten", "KlokHervattenNaTermijn", "Termijn verstreken")
    flow.c("KlokHervattenNaTermijn", after_expired)


def verdaging_loop(flow, head, extension, basis, role, reason):
    """'Verdagen' on the head task extends the beslistermijn, notifies the inwoner and returns to the head."""
    flow.clock("KlokVerdagen", "Beslistermijn verdagen", "extend", "beslistermijn", basis,
               friction("national", basis, "systeem", 0, 0, 0, "De beslistermijn wordt verlengd; dat moet tijdig en gemotiveerd worden gemeld."),
               reason=reason, extension=extension)
    flow.task("VerdagingMelden", "Verdaging melden aan de inwoner", role,
              "Meld de verdaging schriftelijk, met de reden en de nieuwe termijn, vóór de oorspronkelijke termijn afloopt.",
              friction("national", basis, role, 10, 5, 0, "De inwoner weet waarom het besluit later komt en wanneer."),
              fields=[field("nieuweDatum", "Nieuwe uiterste beslisdatum", "date", True)])
    flow.c(head, "KlokVerdagen", "Verdagen")
    flow.chain("KlokVerdagen", "VerdagingMelden")
    flow.back("VerdagingMelden", head)
