import { describe, expect, it } from "vitest";
import { fixtureDescriptors } from "../testing/descriptorFixture";
import { indexDescriptors } from "./descriptors";
import { addActivity, addConnection } from "./edit";
import { activityById, type ElsaDefinition } from "./elsa";
import { readInput } from "./inputs";
import { outcomePorts } from "./ports";
import { actionNameRefusal, addAction, moveAction, removeAction, renameAction, taskActions } from "./taskActions";

const descriptors = indexDescriptors(fixtureDescriptors);

/** Start → Beoordelen (Toekennen, Afwijzen) → Brief / Einde. */
function flow(): ElsaDefinition {
  let d: ElsaDefinition = { definitionId: "t", name: "t", root: { id: "F", type: "Elsa.Flowchart", activities: [], connections: [] } };
  for (const [type, name] of [["Elsa.Start", "Start"], ["RelatieWerkstroom.HumanTask", "Beoordelen"], ["Elsa.End", "Brief"], ["Elsa.End", "Einde"]] as const) {
    d = addActivity(d, type, name, { x: 0, y: 0 }).definition;
  }
  d = renameAction(d, "Beoordelen", 0, "Toekennen");
  d = addAction(d, "Beoordelen", "Afwijzen").definition;
  d = addConnection(d, "Start", "Done", "Beoordelen");
  d = addConnection(d, "Beoordelen", "Toekennen", "Brief");
  d = addConnection(d, "Beoordelen", "Afwijzen", "Einde");
  return d;
}

const task = (d: ElsaDefinition) => activityById(d, "Beoordelen")!;
const ports = (d: ElsaDefinition) => outcomePorts(task(d), descriptors.get(task(d).type));
const wires = (d: ElsaDefinition) => d.root.connections.map((c) => `${c.source.activity}.${c.source.port}->${c.target.activity}`);

describe("a task's actions", () => {
  it("are the task's ports, in order, stored as Elsa writes a string list", () => {
    const d = flow();
    expect(taskActions(task(d))).toEqual(["Toekennen", "Afwijzen"]);
    expect(ports(d)).toEqual(["Toekennen", "Afwijzen"]);
    expect(readInput(task(d), "actions")).toEqual({ typeName: "String[]", expressionType: "Object", value: '["Toekennen","Afwijzen"]' });
  });

  it("take their connections along when renamed, and refuse an empty or taken name", () => {
    const d = renameAction(flow(), "Beoordelen", 1, " Buiten behandeling ");
    expect(ports(d)).toEqual(["Toekennen", "Buiten behandeling"]);
    expect(wires(d)).toEqual(["Start.Done->Beoordelen", "Beoordelen.Toekennen->Brief", "Beoordelen.Buiten behandeling->Einde"]);
    const original = flow();
    expect(renameAction(original, "Beoordelen", 1, "Toekennen")).toBe(original);
    expect(renameAction(original, "Beoordelen", 1, "  ")).toBe(original);
    expect(actionNameRefusal(["Toekennen", "Afwijzen"], 1, "Toekennen")).toBe("duplicate");
    expect(actionNameRefusal(["Toekennen", "Afwijzen"], 1, "")).toBe("empty");
    expect(actionNameRefusal(["Toekennen", "Afwijzen"], 0, "Toekennen")).toBeUndefined();
  });

  it("remove the connections leaving a removed action, and say which", () => {
    const { definition, removed } = removeAction(flow(), "Beoordelen", 0);
    expect(ports(definition)).toEqual(["Afwijzen"]);
    expect(wires(definition)).toEqual(["Start.Done->Beoordelen", "Beoordelen.Afwijzen->Einde"]);
    expect(removed.map((c) => c.target.activity)).toEqual(["Brief"]);
  });

  it("reorder without touching the connections, and add a unique name", () => {
    const d = moveAction(flow(), "Beoordelen", 1, -1);
    expect(ports(d)).toEqual(["Afwijzen", "Toekennen"]);
    expect(wires(d)).toEqual(wires(flow()));
    expect(moveAction(d, "Beoordelen", 0, -1)).toBe(d);
    expect(addAction(d, "Beoordelen", "Afwijzen").name).toBe("Afwijzen 2");
  });
});
