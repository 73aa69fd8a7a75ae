"""A tiny authoring model for the reference workflows: builds Elsa 3 flowchart JSON with designer positions.

This is an authoring aid. The JSON files in workflows/ are the source of truth once they exist: a process
designer may change them in the visual designer, and running the generator again would overwrite that work.
"""

import json
from collections import OrderedDict

DOMAIN = "RelatieWerkstroom."
FLOW_JOIN_MODE_TYPE = "Elsa.Workflows.Core.Activities.Flowchart.Models.FlowJoinMode, Elsa.Workflows.Core"

COLUMN_WIDTH = 300
ROW_HEIGHT = 150
NODE_SIZE = {"width": 240, "height": 64}


def friction(origin, basis, actor, minutes=0, citizen=0, out_of_pocket=0, purpose=""):
    """A friction annotation (customProperties.friction)."""
    assert origin in ("national", "local", "contract", "internal"), origin
    return OrderedDict([
        ("origin", origin), ("basis", basis), ("actor", actor), ("minutes", minutes),
        ("citizenMinutes", citizen), ("outOfPocket", out_of_pocket), ("purpose", purpose),
    ])


def structural(purpose="Structuur van het proces; geen handeling."):
    """Friction for pure flow activities (start, end, merge, decision on a variable)."""
    return friction("internal", "Procesmodel (geen rechtsregel)", "systeem", 0, 0, 0, purpose)


def literal(type_name, value):
    return OrderedDict([("typeName", type_name), ("expression", OrderedDict([("type", "Literal"), ("value", value)]))])


def obj(value, type_name="Object"):
    text = json.dumps(value, ensure_ascii=False)
    return OrderedDict([("typeName", type_name), ("expression", OrderedDict([("type", "Object"), ("value", text)]))])


def js(source, type_name="Boolean"):
    return OrderedDict([("typeName", type_name), ("expression", OrderedDict([("type", "JavaScript"), ("value", source)]))])


class Flow:
    """One workflow definition under construction."""

    def __init__(self, definition_id, name, description, zaaktype):
        self.definition_id = definition_id
        self.name = name
        self.description = description
        self.zaaktype = zaaktype
        self.variables = []
        self.activities = OrderedDict()
        self.connections = []
        self.backward = set()  # (source, port, target) closing a loop; used for layout only
        self.outcomes = {}

    # ----- variables
    def var(self, name, type_name, value):
        self.variables.append(OrderedDict([("id", name), ("name", name), ("typeName", type_name), ("value", value)]))

    # ----- activities
    def _add(self, activity_id, activity_type, name, inputs, fric, outcomes):
        assert activity_id not in self.activities, activity_id
        a = OrderedDict()
        a["id"] = activity_id
        a["type"] = activity_type
        a["version"] = 1
        a["name"] = name
        for k, v in inputs.items():
            a[k] = v
        a["customProperties"] = OrderedDict([("friction", fric)])
        a["metadata"] = OrderedDict([("displayText", name)])
        self.activities[activity_id] = a
        self.outcomes[activity_id] = list(outcomes)
        return activity_id

    def start(self, activity_id="Start", name="Start"):
        return self._add(activity_id, "Elsa.Start", name, {}, structural("Begin van het proces."), ["Done"])

    def end(self, activity_id="Einde", name="Einde"):
        return self._add(activity_id, "Elsa.End", name, {}, structural("Einde van het proces."), [])

    def node(self, activity_id, name, fric=None):
        return self._add(activity_id, "Elsa.FlowNode", name, {}, fric or structural("Samenvoegen van paden."), ["Done"])

    def task(self, activity_id, title, role, instructions, fric, fields=(), actions=("Gereed",), due=None):
        inputs = OrderedDict()
        inputs["title"] = literal("String", title)
        inputs["role"] = literal("String", role)
        inputs["instructions"] = literal("String", instructions)
        inputs["formFields"] = obj(list(fields))
        inputs["actions"] = obj(list(actions), "String[]")
        if due is not None:
            inputs["dueInWorkingDays"] = literal("Int32", str(due))
        return self._add(activity_id, DOMAIN + "HumanTask", title, inputs, fric, actions)

    def dp(self, activity_id, discretion_id, question, options, default, basis, roles, fric, reason_required=False):
        ids = [o[0] for o in options]
        assert default in ids, (activity_id, default)
        assert len(ids) == len(set(ids)) and len(ids) >= 2, activity_id
        inputs = OrderedDict()
        inputs["discretionId"] = literal("String", discretion_id)
        inputs["question"] = literal("String", question)
        inputs["options"] = obj([OrderedDict([("id", i), ("label", l), ("explanation", e)]) for i, l, e in options])
        inputs["defaultOption"] = literal("String", default)
        inputs["legalBasis"] = literal("String", basis)
        inputs["roles"] = obj(list(roles), "String[]")
        inputs["reasonRequired"] = literal("Boolean", "true" if reason_required else "false")
        return self._add(activity_id, DOMAIN + "DiscretionPoint", question, inputs, fric, ids)

    def service(self, activity_id, name, request, inputs, fric, outcomes=("Done",)):
        i = OrderedDict()
        i["request"] = literal("String", request)
        i["inputs"] = obj(inputs)
        i["outcomes"] = obj(list(outcomes), "String[]")
        return self._add(activity_id, DOMAIN + "ServiceStep", name, i, fric, outcomes)

    def clock(self, activity_id, name, action, clock, basis, fric, term=None, reason=None, extension=None, warning=None):
        i = OrderedDict()
        i["action"] = literal("String", action)
        i["clock"] = literal("String", clock)
        if term is not None:
            i["term"] = literal("String", term)
        i["legalBasis"] = literal("String", basis)
        if reason is not None:
            i["reason"] = literal("String", reason)
        if extension is not None:
            i["extension"] = literal("String", extension)
        if warning is not None:
            i["warningWorkingDays"] = literal("Int32", str(warning))
        return self._add(activity_id, DOMAIN + "LegalClock", name, i, fric, ["Done"])

    def decision(self, activity_id, name, condition, fric=None):
        return self._add(activity_id, "Elsa.FlowDecision", name, {"condition": js(condition)},
                         fric or structural("Kiest het pad op basis van een eerder vastgelegde keuze."), ["True", "False"])

    def switch(self, activity_id, name, cases, fric=None):
        value = [OrderedDict([("label", label), ("condition", OrderedDict([("type", "JavaScript"), ("value", cond)]))])
                 for label, cond in cases]
        inputs = {"mode": literal("String", "MatchFirst"), "cases": value}
        return self._add(activity_id, "Elsa.FlowSwitch", name, inputs,
                         fric or structural("Kiest het pad op basis van de binnenkomstroute."),
                         [label for label, _ in cases] + ["Default"])

    def fork(self, activity_id, name, branches, fric=None):
        return self._add(activity_id, "Elsa.FlowFork", name, {"branches": literal("String", ",".join(branches))},
                         fric or structural("Start parallelle paden."), branches)

    def join(self, activity_id, name, mode, fric=None):
        return self._add(activity_id, "Elsa.FlowJoin", name, {"mode": literal(FLOW_JOIN_MODE_TYPE, mode)},
                         fric or structural("Voegt parallelle paden samen."), ["Done"])

    def delay(self, activity_id, name, timespan, fric):
        return self._add(activity_id, "Elsa.Delay", name, {"timeSpan": literal("TimeSpan", timespan)}, fric, ["Done"])

    def event(self, activity_id, name, event_name, fric):
        return self._add(activity_id, "Elsa.Event", name, {"eventName": literal("String", event_name)}, fric, ["Done"])

    def setvar(self, activity_id, name, variable, value, type_name="String", fric=None):
        inputs = OrderedDict()
        inputs["variable"] = OrderedDict([("id", variable), ("name", variable), ("typeName", type_name)])
        inputs["value"] = literal(type_name, value)
        return self._add(activity_id, "Elsa.SetVariable", name, inputs,
                         fric or structural("Onthoudt een keuze voor een latere splitsing."), ["Done"])

    def sub(self, activity_id, name, definition_id, sub_input, fric):
        inputs = OrderedDict()
        inputs["workflowDefinitionId"] = literal("String", definition_id)
        inputs["input"] = obj(sub_input)
        inputs["waitForCompletion"] = literal("Boolean", "true")
        return self._add(activity_id, "Elsa.ExecuteWorkflow", name, inputs, fric, ["Done"])

    # ----- connections
    def c(self, source, target, port=None):
        # Checked in to_json, so connections may name activities defined later.
        self.connections.append((source, port, target))

    def chain(self, *ids):
        for a, b in zip(ids, ids[1:]):
            self.c(a, b)

    def back(self, source, target, port=None):
        self.c(source, target, port)
        self.backward.add((source, port, target))

    # ----- layout and output
    def _layout(self):
        ids = list(self.activities)
        forward = [(s, t) for s, p, t in self.connections if (s, p, t) not in self.backward]
        succ = {i: [] for i in ids}
        pred = {i: [] for i in ids}
        for s, t in forward:
            succ[s].append(t)
            pred[t].append(s)
        # Longest-path layering over forward connections (the forward graph is acyclic).
        indeg = {i: len(pred[i]) for i in ids}
        order = [i for i in ids if indeg[i] == 0]
        layer = {i: 0 for i in ids}
        k = 0
        while k < len(order):
            n = order[k]
            k += 1
            for t in succ[n]:
                layer[t] = max(layer[t], layer[n] + 1)
                indeg[t] -= 1
                if indeg[t] == 0:
                    order.append(t)
        assert len(order) == len(ids), "forward graph has a cycle: mark loop connections with back()"
        # Row order: definition order first, then a few barycentre sweeps.
        layers = {}
        for i in ids:
            layers.setdefault(layer[i], []).append(i)
        row = {}
        for l, members in layers.items():
            for r, m in enumerate(members):
                row[m] = r - (len(members) - 1) / 2.0
        for _ in range(6):
            for l in sorted(layers):
                members = layers[l]
                def bary(m):
                    ps = [row[p] for p in pred[m]]
                    return sum(ps) / len(ps) if ps else row[m]
                members.sort(key=lambda m: (bary(m), ids.index(m)))
                # Spread around the barycentre of the layer's parents to keep the main line straight.
                centre = sum(bary(m) for m in members) / len(members)
                for r, m in enumerate(members):
                    row[m] = centre + r - (len(members) - 1) / 2.0
        return {i: (40 + layer[i] * COLUMN_WIDTH, round(200 + row[i] * ROW_HEIGHT)) for i in ids}

    def _resolve_ports(self):
        # A connection without a port leaves the source's only outcome ("Done", or "Gereed" for a task).
        resolved = []
        for s, p, t in self.connections:
            if p is None:
                assert s in self.outcomes and len(self.outcomes[s]) == 1, ("name the port", s, self.outcomes.get(s))
                p = self.outcomes[s][0]
            resolved.append((s, p, t))
        self.backward = {(s, p if p is not None else self.outcomes[s][0], t) for s, p, t in self.backward}
        self.connections = resolved

    def to_json(self):
        self._resolve_ports()
        for s, p, t in self.connections:
            assert s in self.activities, s
            assert t in self.activities, t
            assert p in self.outcomes[s], (s, p, self.outcomes[s])
        positions = self._layout()
        activities = []
        for activity_id, a in self.activities.items():
            a = OrderedDict(a)
            x, y = positions[activity_id]
            meta = OrderedDict(a["metadata"])
            meta["designer"] = OrderedDict([("position", OrderedDict([("x", x), ("y", y)])), ("size", OrderedDict(NODE_SIZE))])
            a["metadata"] = meta
            activities.append(a)
        connections = []
        for s, p, t in self.connections:
            connections.append(OrderedDict([
                ("source", OrderedDict([("activity", s), ("port", p)])),
                ("target", OrderedDict([("activity", t), ("port", "In")])),
                ("vertices", []),
            ]))
        doc = OrderedDict()
        doc["id"] = self.definition_id + "-v1"
        doc["definitionId"] = self.definition_id
        doc["name"] = self.name
        doc["description"] = self.description
        doc["version"] = 1
        doc["toolVersion"] = "3.0.0.0"
        doc["variables"] = self.variables
        doc["inputs"] = []
        doc["outputs"] = []
        doc["outcomes"] = []
        doc["customProperties"] = OrderedDict([("zaaktype", self.zaaktype), ("referenceWorkflow", True)])
        doc["isLatest"] = True
        doc["isPublished"] = True
        doc["root"] = OrderedDict([
            ("type", "Elsa.Flowchart"), ("version", 1), ("id", "Flowchart1"),
            ("metadata", OrderedDict()), ("customProperties", OrderedDict()),
            ("activities", activities), ("connections", connections),
        ])
        return doc

    def write(self, path):
        with open(path, "w", encoding="utf-8") as f:
            json.dump(self.to_json(), f, ensure_ascii=False, indent=2)
            f.write("\n")
