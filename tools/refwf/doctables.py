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


def table(doc):
    acts = doc["root"]["activities"]
    acts = sorted(acts, key=lambda a: (a["metadata"]["designer"]["position"]["x"], a["metadata"]["designer"]["position"]["y"]))
    rows = ["| # | Stap | Activiteit-id | Soort | Wie | Bron | Termijn | Discretie / details |",
            "|---|---|---|---|---|---|---|---|"]
    for i, a in enumerate(acts, 1):
        fr = a["customProperties"]["friction"]
        rows.append("| {} | {} | `{}` | {} | {} | {}: {} | {} | {} |".format(
            i, cell(a.get("name", "")), a["id"], KIND.get(a["type"], a["type"]), cell(who(a)),
            ORIGIN.get(fr["origin"], "?"), cell(fr["basis"]), cell(term(a)), cell(extra(a))))
    return "\n".join(rows)


def fill(text, docs):
    def replace(match):
        definition_id = match.group(1)
        if definition_id not in docs:
            return match.group(0)
        return f"<!-- tabel:{definition_id} -->\n{table(docs[definition_id])}\n<!-- /tabel -->"
    return re.sub(r"<!-- tabel:([a-z0-9-]+) -->.*?<!-- /tabel -->", replace, text, flags=re.S)
