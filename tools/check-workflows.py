#!/usr/bin/env python3
"""Checks the reference workflows (Elsa 3 JSON) and the municipality settings; standard library only.

Until the domain activity types are registered in the engine, `werkstroom validate` can only check the Elsa core
activities. This script checks what the domain activity contract (BRIEF.md) asks of a definition:

  * every activity has an id, a type and a complete friction annotation (customProperties.friction);
  * domain activities have their required inputs (DiscretionPoint: >= 2 options, a default among them, a legal
    basis, roles; HumanTask: title, role, actions; ServiceStep: a known request name, inputs, outcomes;
    LegalClock: action, clock, a term that parses, ...);
  * every outcome port of a DiscretionPoint, HumanTask, ServiceStep, FlowDecision, FlowSwitch or FlowFork is
    connected; every connection leaves a port that exists and ends at an activity that exists;
  * every activity is reachable from the start and can reach an Elsa.End;
  * loops are entered through their first activity (the target of a backward connection dominates its source);
  * no activity inside a loop waits for a connection from outside that loop (such a join would hang after the
    loop runs a second time, because the runner forgets what reached the loop's activities on the first pass);
  * Elsa.ExecuteWorkflow names a definition that exists;
  * the settings file matches its JSON schema, and every default option it sets exists in a workflow;
  * docs/designer/referentieprocessen.md mentions every activity id.

Usage: python3 tools/check-workflows.py [workflow.json ...] [--settings FILE] [--no-docs] [--quiet]
Exit code 0 when nothing is wrong, 1 otherwise.
"""

import glob
import json
import os
import re
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))

FRICTION_KEYS = ("origin", "basis", "actor", "minutes", "citizenMinutes", "outOfPocket", "purpose")
ORIGINS = ("national", "local", "contract", "internal")
DOMAIN = {
    "RelatieWerkstroom.HumanTask", "RelatieWerkstroom.DiscretionPoint",
    "RelatieWerkstroom.LegalClock", "RelatieWerkstroom.ServiceStep",
}
CORE = {
    "Elsa.Start", "Elsa.End", "Elsa.Complete", "Elsa.Finish", "Elsa.WriteLine", "Elsa.SetVariable", "Elsa.SetOutput",
    "Elsa.FlowDecision", "Elsa.FlowSwitch", "Elsa.FlowFork", "Elsa.FlowJoin", "Elsa.FlowNode", "Elsa.Delay",
    "Elsa.Timer", "Elsa.Cron", "Elsa.Event", "Elsa.RunJavaScript", "Elsa.Fault", "Elsa.ExecuteWorkflow", "Elsa.Correlate",
}
TERMINAL = {"Elsa.End", "Elsa.Complete", "Elsa.Finish"}
SERVICE_REQUESTS = {
    "RegisterMelding", "ConfirmReceipt", "CheckRegisters", "DraftBeschikking", "SendToewijzing", "NotifyCak",
    "RegisterPgbSvb", "AnswerVerzoekOmToewijzing", "PublishTenderNotice", "SendAwardLetter", "SendStandstillNotice",
    "SendAdmissionDecision", "GrantVoorschot", "CloseCase",
}
REQUIRED_SERVICE_INPUTS = {
    "DraftBeschikking": ("decision", "legalBasis", "zaaktype"),
    "SendToewijzing": ("standard",),
}
CLOCK_ACTIONS = ("start", "suspend", "resume", "extend", "stop")
FIELD_TYPES = ("text", "textarea", "number", "date", "boolean", "choice")
TERM = re.compile(r"^\s*(\d+)\s*(hours?|uur|uren|days?|dag|dagen|weeks?|weken|months?|maand|maanden|years?|jaar|jaren)\s*$", re.I)
TIMESPAN = re.compile(r"^(\d+\.)?\d{1,2}:\d{2}:\d{2}(\.\d+)?$|^-?P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$")
OPTION_ID = re.compile(r"^[a-z][a-z0-9-]{0,31}$")
DISCRETION_ID = re.compile(r"^RW\d-(DP\d+|B\d+)$")


class Report:
    def __init__(self):
        self.errors = []

    def add(self, where, message):
        self.errors.append(f"{where}: {message}")


# ----------------------------------------------------------------------------- reading inputs

def get(obj, name):
    """Case-insensitive property lookup (Elsa readers accept PascalCase)."""
    if not isinstance(obj, dict):
        return None
    if name in obj:
        return obj[name]
    low = name.lower()
    for k, v in obj.items():
        if k.lower() == low:
            return v
    return None


def raw_input(activity, name):
    """The expression value of an input wrapper, or a bare value; None when absent."""
    v = get(activity, name)
    if isinstance(v, dict):
        expr = get(v, "expression")
        if isinstance(expr, dict):
            return get(expr, "value"), get(expr, "type") or "Literal"
        if "type" in v and "value" in v and len(v) <= 3:
            return v.get("value"), v.get("type")
        return v, "Object"
    if v is None:
        return None, None
    return v, "Literal" if not isinstance(v, (list, dict)) else "Object"


def text_input(activity, name):
    v, _ = raw_input(activity, name)
    if v is None:
        return None
    return v if isinstance(v, str) else json.dumps(v)


def json_input(activity, name, where, report):
    """A JSON array/object input (Object expression with JSON text); reports text that is not JSON."""
    v, kind = raw_input(activity, name)
    if v is None:
        return None
    if isinstance(v, str):
        if kind == "JavaScript":
            return None
        try:
            return json.loads(v)
        except ValueError as e:
            report.add(where, f"input '{name}' is not valid JSON ({e})")
            return None
    return v


def string_list(activity, name, where, report):
    raw, kind = raw_input(activity, name)
    if raw is None:
        return None
    if isinstance(raw, str) and kind == "Literal" and not raw.lstrip().startswith("["):
        return [s.strip() for s in raw.split(",") if s.strip()]  # Elsa's comma-separated form
    v = json_input(activity, name, where, report)
    if not isinstance(v, list) or not all(isinstance(s, str) and s for s in v):
        report.add(where, f"input '{name}' must be a list of non-empty strings")
        return None
    return v


def connections_of(root, file_where, report):
    result = []
    for i, c in enumerate(get(root, "connections") or []):
        src, tgt = get(c, "source"), get(c, "target")
        if isinstance(src, dict):
            s, sp = get(src, "activity"), get(src, "port") or "Done"
            t, tp = get(tgt, "activity"), get(tgt, "port") or "In"
        else:
            s, t = src, tgt
            sp, tp = get(c, "sourcePort") or "Done", get(c, "targetPort") or "In"
        if not s or not t:
            report.add(f"{file_where}: connections[{i}]", "connection without source or target activity")
            continue
        result.append((i, s, sp, t, tp))
    return result


# ----------------------------------------------------------------------------- per-activity checks

def check_friction(activity, where, report):
    custom = get(activity, "customProperties")
    fr = get(custom, "friction") if isinstance(custom, dict) else None
    if not isinstance(fr, dict):
        report.add(where, "customProperties.friction is missing")
        return
    for key in FRICTION_KEYS:
        if key not in fr:
            report.add(where, f"friction.{key} is missing")
    if "origin" in fr and fr["origin"] not in ORIGINS:
        report.add(where, f"friction.origin '{fr['origin']}' must be one of {', '.join(ORIGINS)}")
    for key in ("basis", "actor", "purpose"):
        if key in fr and (not isinstance(fr[key], str) or not fr[key].strip()):
            report.add(where, f"friction.{key} must be a non-empty text")
    for key in ("minutes", "citizenMinutes", "outOfPocket"):
        if key in fr and (isinstance(fr[key], bool) or not isinstance(fr[key], (int, float)) or fr[key] < 0):
            report.add(where, f"friction.{key} must be a number >= 0")


def outcomes_and_checks(activity, where, report, variables):
    """Checks the inputs of one activity and returns its outcome ports (None = unknown type)."""
    t = activity.get("type")

    def need(name):
        v = text_input(activity, name)
        if v is None or not str(v).strip():
            report.add(where, f"required input '{name}' is missing")
            return None
        return v

    if t == "RelatieWerkstroom.HumanTask":
        need("title")
        need("role")
        fields = json_input(activity, "formFields", where, report)
        if fields is not None:
            if not isinstance(fields, list):
                report.add(where, "formFields must be a list")
            else:
                names = set()
                for j, f in enumerate(fields):
                    fw = f"{where}: formFields[{j}]"
                    if not isinstance(f, dict) or not f.get("name") or not f.get("label"):
                        report.add(fw, "a form field needs a name and a label")
                        continue
                    if f["name"] in names:
                        report.add(fw, f"duplicate form field '{f['name']}'")
                    names.add(f["name"])
                    if f.get("type", "text") not in FIELD_TYPES:
                        report.add(fw, f"type '{f.get('type')}' must be one of {', '.join(FIELD_TYPES)}")
                    if f.get("type") == "choice" and not f.get("options"):
                        report.add(fw, "a choice field needs options")
        actions = string_list(activity, "actions", where, report) if get(activity, "actions") is not None else ["Gereed"]
        if actions is not None and len(actions) != len(set(actions)):
            report.add(where, "duplicate actions")
        due = text_input(activity, "dueInWorkingDays")
        if due is not None and not re.fullmatch(r"\d+", str(due)):
            report.add(where, "dueInWorkingDays must be a whole number")
        return actions or []

    if t == "RelatieWerkstroom.DiscretionPoint":
        did = need("discretionId")
        if did and not DISCRETION_ID.match(did):
            report.add(where, f"discretionId '{did}' should look like RW1-DP10 or RW5-B1")
        need("question")
        basis = need("legalBasis")
        options = json_input(activity, "options", where, report)
        ids = []
        if not isinstance(options, list) or len(options) < 2:
            report.add(where, "a discretion point needs at least 2 options")
        else:
            for j, o in enumerate(options):
                ow = f"{where}: options[{j}]"
                if not isinstance(o, dict) or not o.get("id") or not o.get("label"):
                    report.add(ow, "an option needs an id and a label")
                    continue
                if not OPTION_ID.match(o["id"]):
                    report.add(ow, f"option id '{o['id']}' must be short and lowercase (a-z, 0-9, -)")
                if o["id"] in ids:
                    report.add(ow, f"duplicate option id '{o['id']}'")
                ids.append(o["id"])
        default = need("defaultOption")
        if default and ids and default not in ids:
            report.add(where, f"defaultOption '{default}' is not one of the options ({', '.join(ids)})")
        roles = string_list(activity, "roles", where, report)
        if not roles:
            report.add(where, "roles must name at least one role that may decide")
        rr = text_input(activity, "reasonRequired")
        if rr is not None and str(rr).lower() not in ("true", "false"):
            report.add(where, "reasonRequired must be true or false")
        return ids

    if t == "RelatieWerkstroom.LegalClock":
        action = need("action")
        if action and action not in CLOCK_ACTIONS:
            report.add(where, f"action '{action}' must be one of {', '.join(CLOCK_ACTIONS)}")
        need("clock")
        need("legalBasis")
        if action == "start":
            term = need("term")
            if term and not TERM.match(term):
                report.add(where, f"term '{term}' is not a term such as '6 weeks' or '8 weken'")
        if action == "extend":
            ext = need("extension")
            if ext and not TERM.match(ext):
                report.add(where, f"extension '{ext}' is not a term such as '6 weeks'")
        if action in ("suspend", "extend"):
            need("reason")
        w = text_input(activity, "warningWorkingDays")
        if w is not None and not re.fullmatch(r"\d+", str(w)):
            report.add(where, "warningWorkingDays must be a whole number")
        return ["Done"]

    if t == "RelatieWerkstroom.ServiceStep":
        request = need("request")
        if request and request not in SERVICE_REQUESTS:
            report.add(where, f"request '{request}' is not a known service request ({', '.join(sorted(SERVICE_REQUESTS))})")
        inputs = json_input(activity, "inputs", where, report)
        if inputs is not None and not isinstance(inputs, dict):
            report.add(where, "inputs must be a JSON object")
            inputs = None
        for key in REQUIRED_SERVICE_INPUTS.get(request, ()):
            if not isinstance(inputs, dict) or key not in inputs:
                report.add(where, f"{request} needs inputs.{key}")
        if request == "SendToewijzing" and isinstance(inputs, dict) and inputs.get("standard") not in ("iWmo", "iJw"):
            report.add(where, "SendToewijzing inputs.standard must be iWmo or iJw")
        outcomes = string_list(activity, "outcomes", where, report) if get(activity, "outcomes") is not None else ["Done"]
        return outcomes or []

    if t in TERMINAL:
        return []
    if t == "Elsa.FlowDecision":
        need("condition")
        return ["True", "False"]
    if t == "Elsa.FlowSwitch":
        cases = get(activity, "cases")
        if isinstance(cases, dict):
            v, _ = raw_input(activity, "cases")
            cases = json.loads(v) if isinstance(v, str) else v
        if not isinstance(cases, list) or not cases:
            report.add(where, "a switch needs cases")
            return ["Default"]
        return [c.get("label") for c in cases if isinstance(c, dict)] + ["Default"]
    if t == "Elsa.FlowFork":
        branches = string_list(activity, "branches", where, report)
        if not branches:
            report.add(where, "a fork needs at least one branch")
        return branches or []
    if t == "Elsa.FlowJoin":
        mode = text_input(activity, "mode") or "WaitAll"
        if mode not in ("WaitAll", "WaitAny"):
            report.add(where, f"mode '{mode}' must be WaitAll or WaitAny")
        return ["Done"]
    if t == "Elsa.Delay":
        span = need("timeSpan")
        if span and not TIMESPAN.match(span):
            report.add(where, f"timeSpan '{span}' is not a duration (d.hh:mm:ss or ISO 8601 such as P14D)")
        return ["Done"]
    if t == "Elsa.Event":
        need("eventName")
        return ["Done"]
    if t == "Elsa.SetVariable":
        var = get(activity, "variable")
        name = (get(var, "name") or get(var, "id")) if isinstance(var, dict) else var
        if not name:
            report.add(where, "SetVariable names no variable")
        elif name not in variables:
            report.add(where, f"variable '{name}' is not declared in the workflow")
        return ["Done"]
    if t == "Elsa.ExecuteWorkflow":
        need("workflowDefinitionId")
        return ["Done"]
    if t in CORE:
        return ["Done"]
    report.add(where, f"unknown activity type '{t}'")
    return None


# ----------------------------------------------------------------------------- graph checks

def dominators(start, nodes, succ):
    order, seen, stack = [], {start}, [(start, iter(succ[start]))]
    while stack:
        n, it = stack[-1]
        nxt = next(it, None)
        if nxt is None:
            order.append(n)
            stack.pop()
        elif nxt not in seen:
            seen.add(nxt)
            stack.append((nxt, iter(succ[nxt])))
    rpo = list(reversed(order))
    index = {n: i for i, n in enumerate(rpo)}
    pred = {n: [] for n in rpo}
    for n in rpo:
        for t in succ[n]:
            if t in pred:
                pred[t].append(n)
    idom = {start: start}
    changed = True
    while changed:
        changed = False
        for n in rpo[1:]:
            new = None
            for p in pred[n]:
                if p not in idom:
                    continue
                if new is None:
                    new = p
                else:
                    a, b = p, new
                    while a != b:
                        while index[a] > index[b]:
                            a = idom[a]
                        while index[b] > index[a]:
                            b = idom[b]
                    new = a
            if new is not None and idom.get(n) != new:
                idom[n] = new
                changed = True

    def dominates(a, b):
        x = b
        while True:
            if x == a:
                return True
            up = idom.get(x)
            if up is None or up == x:
                return False
            x = up
    return seen, dominates


def check_graph(fname, activities, ports, conns, report):
    ids = [a["id"] for a in activities]
    types = {a["id"]: a.get("type") for a in activities}
    succ = {i: [] for i in ids}
    edges = []
    used_ports = {i: set() for i in ids}
    seen_edges = set()
    for (ci, s, sp, t, tp) in conns:
        cw = f"{fname}: connections[{ci}]"
        ok = True
        if s not in succ:
            report.add(cw, f"source activity '{s}' does not exist")
            ok = False
        if t not in succ:
            report.add(cw, f"target activity '{t}' does not exist")
            ok = False
        if not ok:
            continue
        if tp != "In":
            report.add(cw, f"target port '{tp}' on '{t}' must be 'In'")
        if ports.get(s) is not None and sp not in ports[s]:
            report.add(cw, f"activity '{s}' has no outcome port '{sp}' (ports: {', '.join(ports[s]) or 'none'})")
            continue
        if (s, sp, t) in seen_edges:
            report.add(cw, f"duplicate connection {s}.{sp} -> {t}")
            continue
        seen_edges.add((s, sp, t))
        used_ports[s].add(sp)
        succ[s].append(t)
        edges.append((s, sp, t))

    for a in activities:
        i = a["id"]
        unused = [p for p in ports.get(i) or [] if p not in used_ports[i]]
        for p in unused:
            report.add(f"{fname}: {i}", f"outcome port '{p}' is not connected")
        if types[i] not in TERMINAL and not succ[i] and not unused:
            report.add(f"{fname}: {i}", "has no outgoing connection; end the path with an Elsa.End")

    start = next((i for i in ids if types[i] == "Elsa.Start"), None)
    if start is None:
        incoming = {t for _, _, t in edges}
        start = next((i for i in ids if i not in incoming), ids[0] if ids else None)
    if start is None:
        report.add(fname, "the workflow has no activities")
        return
    reachable, dominates = dominators(start, ids, succ)
    for i in ids:
        if i not in reachable:
            report.add(f"{fname}: {i}", f"cannot be reached from the start activity '{start}'")

    backward = {(s, p, t) for s, p, t in edges if s in reachable and dominates(t, s)}
    fsucc = {i: [] for i in ids}
    fpred = {i: [] for i in ids}
    for s, p, t in edges:
        if (s, p, t) not in backward:
            fsucc[s].append(t)
            fpred[t].append(s)
    # Cycles among forward connections: a loop entered somewhere else than its first activity.
    state = {}
    for root in ids:
        if state.get(root):
            continue
        stack = [(root, iter(fsucc[root]))]
        state[root] = 1
        while stack:
            n, it = stack[-1]
            nxt = next(it, None)
            if nxt is None:
                state[n] = 2
                stack.pop()
            elif state.get(nxt) == 1:
                report.add(f"{fname}: {n}", f"connection to '{nxt}' closes a loop, but '{nxt}' does not lie on every path "
                                            f"from the start to '{n}'; a loop must be entered through its first activity")
            elif not state.get(nxt):
                state[nxt] = 1
                stack.append((nxt, iter(fsucc[nxt])))

    def forward_reachable(frm):
        seen, todo = {frm}, [frm]
        while todo:
            n = todo.pop()
            for t in fsucc[n]:
                if t not in seen:
                    seen.add(t)
                    todo.append(t)
        return seen

    for head in sorted({t for _, _, t in backward}):
        region = forward_reachable(head)
        for n in sorted(region - {head}):
            outside = sorted({p for p in fpred[n] if p not in region})
            if outside:
                report.add(f"{fname}: {n}",
                           f"lies after the loop that starts at '{head}' but also waits for a connection from "
                           f"{', '.join(repr(o) for o in outside)} outside that loop; when the loop runs again the "
                           f"runner forgets the earlier arrival and '{n}' waits forever. Give the outside path its own "
                           f"activities (e.g. its own Elsa.End) or join it before the loop")

    # Every activity must be able to reach an end.
    rsucc_any = {i: set(succ[i]) for i in ids}
    can_end = {i for i in ids if types[i] in TERMINAL}
    changed = True
    while changed:
        changed = False
        for i in ids:
            if i not in can_end and rsucc_any[i] & can_end:
                can_end.add(i)
                changed = True
    for i in ids:
        if i in reachable and i not in can_end:
            report.add(f"{fname}: {i}", "no path from here reaches an Elsa.End")


# ----------------------------------------------------------------------------- workflow file

def check_workflow(path, report, known_definitions):
    fname = os.path.relpath(path, ROOT)
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, ValueError) as e:
        report.add(fname, f"cannot read JSON: {e}")
        return None
    for key in ("definitionId", "name"):
        if not isinstance(get(doc, key), str) or not get(doc, key):
            report.add(fname, f"'{key}' is missing")
    if not isinstance(get(doc, "version"), int) or get(doc, "version") < 1:
        report.add(fname, "'version' must be a whole number >= 1")
    if get(doc, "isPublished") is not True:
        report.add(fname, "'isPublished' should be true for a reference workflow")
    root = get(doc, "root")
    if not isinstance(root, dict) or get(root, "type") != "Elsa.Flowchart":
        report.add(fname, "root must be an Elsa.Flowchart")
        return doc
    variables = {get(v, "name") for v in (get(doc, "variables") or []) if isinstance(v, dict)}
    activities = []
    ports = {}
    seen = set()
    for j, a in enumerate(get(root, "activities") or []):
        if not isinstance(a, dict) or not a.get("id") or not a.get("type"):
            report.add(f"{fname}: activities[{j}]", "activity without id or type")
            continue
        where = f"{fname}: {a['id']}"
        if a["id"] in seen:
            report.add(where, "duplicate activity id")
            continue
        seen.add(a["id"])
        activities.append(a)
        check_friction(a, where, report)
        ports[a["id"]] = outcomes_and_checks(a, where, report, variables)
        if a["type"] == "Elsa.ExecuteWorkflow":
            target = text_input(a, "workflowDefinitionId")
            if target and target not in known_definitions:
                report.add(where, f"sub-workflow '{target}' is not one of the checked definitions")
    check_graph(fname, activities, ports, connections_of(root, fname, report), report)
    return doc


def discretion_points(docs):
    result = {}
    for doc in docs:
        for a in doc["root"]["activities"]:
            if a.get("type") == "RelatieWerkstroom.DiscretionPoint":
                did = text_input(a, "discretionId")
                try:
                    opts = json.loads(text_input(a, "options") or "[]")
                except ValueError:
                    opts = []
                result.setdefault(did, set()).update(o.get("id") for o in opts if isinstance(o, dict))
    return result


# ----------------------------------------------------------------------------- JSON schema (the subset we use)

def schema_errors(value, schema, root, path="$"):
    if "$ref" in schema:
        ref = schema["$ref"]
        if not ref.startswith("#/"):
            return [f"{path}: cannot follow $ref '{ref}'"]
        target = root
        for part in ref[2:].split("/"):
            target = target[part]
        return schema_errors(value, target, root, path)
    errors = []
    types = schema.get("type")
    if types is not None:
        types = types if isinstance(types, list) else [types]
        ok = any(
            (t == "object" and isinstance(value, dict)) or (t == "array" and isinstance(value, list))
            or (t == "string" and isinstance(value, str)) or (t == "boolean" and isinstance(value, bool))
            or (t == "integer" and isinstance(value, int) and not isinstance(value, bool))
            or (t == "number" and isinstance(value, (int, float)) and not isinstance(value, bool))
            or (t == "null" and value is None)
            for t in types)
        if not ok:
            return [f"{path}: expected {' or '.join(types)}"]
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{path}: '{value}' is not one of {schema['enum']}")
    if "const" in schema and value != schema["const"]:
        errors.append(f"{path}: must be {schema['const']!r}")
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            errors.append(f"{path}: too short")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            errors.append(f"{path}: '{value}' does not match {schema['pattern']}")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            errors.append(f"{path}: must be >= {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            errors.append(f"{path}: must be <= {schema['maximum']}")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            errors.append(f"{path}: needs at least {schema['minItems']} items")
        if schema.get("uniqueItems") and len({json.dumps(v, sort_keys=True) for v in value}) != len(value):
            errors.append(f"{path}: items must be unique")
        if "items" in schema:
            for i, v in enumerate(value):
                errors += schema_errors(v, schema["items"], root, f"{path}[{i}]")
    if isinstance(value, dict):
        for k in schema.get("required", []):
            if k not in value:
                errors.append(f"{path}: '{k}' is required")
        props = schema.get("properties", {})
        patterns = schema.get("patternProperties", {})
        for k, v in value.items():
            if k in props:
                errors += schema_errors(v, props[k], root, f"{path}.{k}")
                continue
            matched = [s for p, s in patterns.items() if re.search(p, k)]
            for s in matched:
                errors += schema_errors(v, s, root, f"{path}.{k}")
            if not matched:
                extra = schema.get("additionalProperties", True)
                if extra is False:
                    errors.append(f"{path}: unknown property '{k}'")
                elif isinstance(extra, dict):
                    errors += schema_errors(v, extra, root, f"{path}.{k}")
    for key in ("anyOf", "oneOf"):
        if key in schema:
            results = [schema_errors(value, s, root, path) for s in schema[key]]
            passing = sum(1 for r in results if not r)
            if passing == 0 or (key == "oneOf" and passing > 1):
                errors.append(f"{path}: does not match {'exactly one' if key == 'oneOf' else 'any'} of the allowed forms")
    return errors


def check_settings(path, report, dps):
    fname = os.path.relpath(path, ROOT)
    try:
        with open(path, encoding="utf-8") as f:
            settings = json.load(f)
    except (OSError, ValueError) as e:
        report.add(fname, f"cannot read JSON: {e}")
        return
    schema_path = os.path.join(os.path.dirname(path), "settings.schema.json")
    try:
        with open(schema_path, encoding="utf-8") as f:
            schema = json.load(f)
        for e in schema_errors(settings, schema, schema):
            report.add(fname, e)
    except (OSError, ValueError) as e:
        report.add(os.path.relpath(schema_path, ROOT), f"cannot read the schema: {e}")
    for did, choice in (settings.get("defaultOptions") or {}).items():
        option = choice.get("option") if isinstance(choice, dict) else choice
        if did not in dps:
            report.add(f"{fname}: defaultOptions.{did}", "no workflow has a discretion point with this discretionId")
        elif option not in dps[did]:
            report.add(f"{fname}: defaultOptions.{did}", f"option '{option}' is not one of {', '.join(sorted(dps[did]))}")
    for name, t in (settings.get("terms") or {}).items():
        term = t.get("term") if isinstance(t, dict) else t
        if not isinstance(term, str) or not TERM.match(term):
            report.add(f"{fname}: terms.{name}", f"'{term}' is not a term such as '6 weeks'")


def check_docs(path, docs, report):
    fname = os.path.relpath(path, ROOT)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    for doc in docs:
        for a in doc["root"]["activities"]:
            if f"`{a['id']}`" not in text:
                report.add(fname, f"activity '{a['id']}' of {doc['definitionId']} is not described")


def main(argv):
    quiet = "--quiet" in argv
    no_docs = "--no-docs" in argv
    settings = os.path.join(ROOT, "workflows", "settings", "voorbeeldstad.json")
    files = []
    args = [a for a in argv if a not in ("--quiet", "--no-docs")]
    i = 0
    while i < len(args):
        if args[i] == "--settings":
            settings = args[i + 1]
            i += 2
            continue
        files.append(os.path.abspath(args[i]))
        i += 1
    if not files:
        files = sorted(glob.glob(os.path.join(ROOT, "workflows", "*.json")))
    known = set()
    for p in files:
        try:
            with open(p, encoding="utf-8") as f:
                known.add(json.load(f).get("definitionId"))
        except (OSError, ValueError):
            pass
    report = Report()
    docs = [d for d in (check_workflow(p, report, known) for p in files) if isinstance(d, dict) and "root" in d]
    dps = discretion_points(docs)
    if settings and os.path.exists(settings):
        check_settings(settings, report, dps)
    doc_path = os.path.join(ROOT, "docs", "designer", "referentieprocessen.md")
    if not no_docs and os.path.exists(doc_path):
        check_docs(doc_path, docs, report)
    if not quiet:
        for d in docs:
            acts = d["root"]["activities"]
            count = lambda t: sum(1 for a in acts if a.get("type") == t)
            print(f"{d['definitionId']}: {len(acts)} activities, {len(d['root']['connections'])} connections, "
                  f"{count('RelatieWerkstroom.DiscretionPoint')} discretion points, "
                  f"{count('RelatieWerkstroom.HumanTask')} tasks, {count('RelatieWerkstroom.ServiceStep')} service steps, "
                  f"{count('RelatieWerkstroom.LegalClock')} legal clock actions")
    for e in report.errors:
        print("ERROR " + e)
    if not quiet or report.errors:
        print(f"{len(report.errors)} problem(s) in {len(files)} workflow file(s)")
    return 1 if report.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
