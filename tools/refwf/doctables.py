"""Renders the step table of each reference workflow into docs/designer/referentieprocessen.md.

The document keeps its hand-written text; only the part between
``<!-- tabel:<definitionId> -->`` and ``<!-- /tabel -->`` is replaced.
"""

import json
import re

KIND = {
    "Elsa.Start": "Start",
    "Elsa.End": "Einde",
    "Elsa.FlowDecision": "Beslissing (variabele)",
    "Elsa.FlowSwitch": "Keuze (variabele)",
    "Elsa.FlowFork": "Splitsing",
    "Elsa.FlowJoin": "Samenvoeging",
    "Elsa.FlowNode": "Knoop",
    "Elsa.Delay": "Wachttijd",
    "Elsa.Event": "Gebeurtenis",
    "Elsa.SetVariable": "Variabele",
    "Elsa.ExecuteWorkflow": "Deelproces",
    "RelatieWerkstroom.HumanTask": "Taak",
    "RelatieWerkstroom.DiscretionPoint": "Discretiepunt",
    "RelatieWerkstroom.LegalClock": "Termijn",
    "RelatieWerkstroom.ServiceStep": "Dienststap",
}
ORIGIN = {"national": "N", "local": "L", "contract": "C", "internal": "I"}


def value(activity, name):
    v = activity.get(name)
    if isinstance(v, dict) and isinstance(v.get("expression"), dict):
        return v["expression"].get("value")
    return v


def parsed(activity, name):
    v = value(activity, name)
    if isinstance(v, str):
        try:
            return json.loads(v)
        except ValueError:
            return v
    return v


def cell(text):
    return str(text).replace("|", "\\|").replace("\n", " ")


def who(a):
    t = a["type"]
    if t == "RelatieWerkstroom.HumanTask":
        return value(a, "role")
    if t == "RelatieWerkstroom.DiscretionPoint":
        return ", ".join(parsed(a, "roles") or [])
    return a["customProperties"]["friction"]["actor"]


def term(a):
    t = a["type"]
    if t == "RelatieWerkstroom.LegalClock":
        action = value(a, "action")
        clock = value(a, "clock")
        extra = value(a, "term") or value(a, "extension") or ""
        return f"{action} `{clock}` {extra}".strip()
    if t == "Elsa.Delay":
        return "wacht " + str(value(a, "timeSpan"))
    if t == "RelatieWerkstroom.HumanTask" and value(a, "dueInWorkingDays"):
        return f"norm {value(a, 'dueInWorkingDays')} werkdagen (I)"
    return ""


def extra(a):
    t = a["type"]
    if t == "RelatieWerkstroom.DiscretionPoint":
        options = parsed(a, "options") or []
        default = value(a, "defaultOption")
        ids = ", ".join(("**" + o["id"] + "**") if o["id"] == default else o["id"] for o in options)
        return f"{value(a, 'discretionId')}: {ids}"
    if t == "RelatieWerkstroom.HumanTask":
        return "acties: " + ", ".join(parsed(a, "actions") or [])
    if t == "RelatieWerkstroom.ServiceStep":
        return "`" + str(value(a, "request")) + "`"
    if t == "Elsa.ExecuteWorkflow":
        return "start `" + str(value(a, "workflowDefinitionId")) + "`"
    if t == "Elsa.Event":
        return "gebeurtenis `" + str(value(a, "eventName")) + "`"
    if t == "Elsa.FlowDecision":
        return "`" + str(value(a, "condition")) + "`"
    return ""


def ordered(doc):
    """Depth-first topological order: a branch is listed to its end before the next branch starts.

    Connections that go right-to-left in the designer (loops) are ignored for the order.
    """
    acts = doc["root"]["activities"]
    by_id = {a["id"]: a for a in acts}
    x = {a["id"]: a["metadata"]["designer"]["position"]["x"] for a in acts}
    succ = {i: [] for i in by_id}
    indeg = {i: 0 for i in by_id}
    for c in doc["root"]["connections"]:
        s, t = c["source"]["activity"], c["target"]["activity"]
        if x[t] > x[s] and t not in succ[s]:
            succ[s].append(t)
            indeg[t] += 1
    stack = [a["id"] for a in reversed(acts) if indeg[a["id"]] == 0]
    result = []
    while stack:
        n = stack.pop()
        result.append(by_id[n])
        for t in reversed(succ[n]):
            indeg[t] -= 1
            if indeg[t] == 0:
                stack.append(t)
    return result


def table(doc):
    acts = ordered(doc)
    rows = ["| # | Stap | Activiteit-id | Soort | Wie | Bron | Min. (prof. / inwoner) | Termijn | Discretie / details |",
            "|---|---|---|---|---|---|---|---|---|"]
    for i, a in enumerate(acts, 1):
        fr = a["customProperties"]["friction"]
        minutes = f"{fr['minutes']} / {fr['citizenMinutes']}" if fr["minutes"] or fr["citizenMinutes"] else ""
        rows.append("| {} | {} | `{}` | {} | {} | {}: {} | {} | {} | {} |".format(
            i, cell(a.get("name", "")), a["id"], KIND.get(a["type"], a["type"]), cell(who(a)),
            ORIGIN.get(fr["origin"], "?"), cell(fr["basis"]), minutes, cell(term(a)), cell(extra(a))))
    return "\n".join(rows)


def dp_table(docs, settings):
    """All discretion points of all workflows, with the local default of the example municipality."""
    local = (settings or {}).get("defaultOptions", {})
    rows = ["| discretionId | Activiteit | Vraag | Opties (standaard **vet**) | Grondslag | Wie beslist | Voorbeeldstad |",
            "|---|---|---|---|---|---|---|"]
    def key(did):
        m = re.match(r"RW(\d)-(DP|B)(\d+)", did or "")
        return (int(m.group(1)), m.group(2) != "DP", int(m.group(3))) if m else (9, True, 0)
    entries = []
    for doc in docs.values():
        for a in doc["root"]["activities"]:
            if a["type"] == "RelatieWerkstroom.DiscretionPoint":
                entries.append((value(a, "discretionId"), doc["definitionId"], a))
    for did, definition_id, a in sorted(entries, key=lambda e: (key(e[0]), e[1], e[2]["id"])):
        options = parsed(a, "options") or []
        default = value(a, "defaultOption")
        opts = ", ".join(("**" + o["id"] + "**") if o["id"] == default else o["id"] for o in options)
        override = local.get(did)
        override = override.get("option") if isinstance(override, dict) else override
        rows.append("| {} | `{}` | {} | {} | {} | {} | {} |".format(
            did, a["id"], cell(value(a, "question")), opts, cell(value(a, "legalBasis")),
            cell(", ".join(parsed(a, "roles") or [])), cell(override or "")))
    return "\n".join(rows)


def fill(text, docs, settings=None):
    if "<!-- discretiepunten -->" in text:
        text = re.sub(r"<!-- discretiepunten -->.*?<!-- /discretiepunten -->",
                      lambda m: "<!-- discretiepunten -->\n" + dp_table(docs, settings) + "\n<!-- /discretiepunten -->",
                      text, flags=re.S)

    def replace(match):
        definition_id = match.group(1)
        if definition_id not in docs:
            return match.group(0)
        return f"<!-- tabel:{definition_id} -->\n{table(docs[definition_id])}\n<!-- /tabel -->"
    return re.sub(r"<!-- tabel:([a-z0-9-]+) -->.*?<!-- /tabel -->", replace, text, flags=re.S)
