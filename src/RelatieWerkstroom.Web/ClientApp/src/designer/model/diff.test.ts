import { describe, expect, it } from "vitest";
import { referenceWorkflow } from "../testing/referenceWorkflows";
import { diffDefinitions, isEmptyDiff } from "./diff";
import { readDefinition } from "./elsa";
import { addActivity, addConnection, moveActivities, removeActivities, updateActivity } from "./edit";
import { withFrictionField } from "./friction";
import { withText } from "./inputs";

const rw1 = readDefinition(JSON.parse(referenceWorkflow("rw1")));

describe("diff between versions", () => {
  it("is empty for the same workflow", () => {
    expect(isEmptyDiff(diffDefinitions(rw1, readDefinition(JSON.parse(referenceWorkflow("rw1")))))).toBe(true);
  });

  it("names the changed fields of a changed activity", () => {
    let after = updateActivity(rw1, "GegevensOpvragen", (a) => withFrictionField(a, "citizenMinutes", 5));
    after = updateActivity(after, "DpTriage", (a) => withText(a, "legalBasis", "Wmo 2015 art. 2.3.2"));
    const diff = diffDefinitions(rw1, after);
    const fields = Object.fromEntries(diff.changed.map((c) => [c.id, c.fields]));
    expect(fields).toStrictEqual({ DpTriage: ["legalBasis"], GegevensOpvragen: ["customProperties.friction.citizenMinutes"] });
  });

  it("lists added and removed activities and connections; a move alone is not a change", () => {
    const { definition: added, id } = addActivity(rw1, "Elsa.FlowNode", "Tussenstap", { x: 5, y: 5 });
    let after = addConnection(removeActivities(added, new Set(["AfsluitenZonderOnderzoek"])), "Start", "Done", id);
    after = moveActivities(after, new Map([["DpTriage", { x: 1, y: 1 }]]));
    const diff = diffDefinitions(rw1, after);
    expect(diff.added.map((a) => a.id)).toStrictEqual([id]);
    expect(diff.removed.map((a) => a.id)).toStrictEqual(["AfsluitenZonderOnderzoek"]);
    expect(diff.changed).toStrictEqual([]);
    expect(diff.moved).toStrictEqual(["DpTriage"]);
    expect(diff.connectionsAdded).toStrictEqual([expect.objectContaining({ source: { activity: "Start", port: "Done" } })]);
    expect(diff.connectionsRemoved.every((c) => c.source.activity === "AfsluitenZonderOnderzoek" || c.target.activity === "AfsluitenZonderOnderzoek")).toBe(true);
    expect(diff.connectionsRemoved.length).toBeGreaterThan(0);
  });
});
