import { describe, expect, it } from "vitest";
import { fixtureDescriptors } from "../testing/descriptorFixture";
import { referenceWorkflowFiles } from "../testing/referenceWorkflows";
import { indexDescriptors } from "./descriptors";
import { designerPosition, DefinitionFormatError, readDefinition, writeDefinition } from "./elsa";
import { moveActivities } from "./edit";
import { toNodes } from "./flowGraph";

const descriptors = indexDescriptors(fixtureDescriptors);
const files = referenceWorkflowFiles();

describe("Elsa 3 JSON round trip", () => {
  it("finds the reference workflows", () => {
    expect(files.map((f) => f.file)).toContain("rw1-wmo-maatwerkvoorziening.json");
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  it.each(files)("opening and saving $file unchanged gives the same JSON", ({ text }) => {
    const original = JSON.parse(text);
    const definition = readDefinition(structuredClone(original));
    // Opening on the canvas and dropping every node where it was must not change a thing.
    const nodes = toNodes(definition, descriptors, new Set());
    const dropped = moveActivities(definition, new Map(nodes.map((n) => [n.id, n.position])));
    expect(dropped).toBe(definition);
    expect(JSON.parse(writeDefinition(dropped))).toStrictEqual(original);
    // Key order too: a diff tool on the file shows nothing.
    expect(JSON.stringify(JSON.parse(writeDefinition(dropped)))).toBe(JSON.stringify(original));
  });

  it("keeps unknown properties and positions when an activity moves", () => {
    const original = JSON.parse(files[0]!.text);
    original.root.activities[1].someToolSetting = { keep: [1, 2] };
    original.root.activities[1].metadata.designer.vertices = [{ x: 1, y: 2 }];
    const definition = readDefinition(original);
    const second = definition.root.activities[1]!;
    const moved = moveActivities(definition, new Map([[second.id, { x: 1234.4, y: 55.6 }]]));
    const written = JSON.parse(writeDefinition(moved));
    expect(written.root.activities[1].someToolSetting).toStrictEqual({ keep: [1, 2] });
    expect(written.root.activities[1].metadata.designer.vertices).toStrictEqual([{ x: 1, y: 2 }]);
    expect(written.root.activities[1].metadata.designer.position).toStrictEqual({ x: 1234, y: 56 });
    expect(designerPosition(moved.root.activities[2]!)).toStrictEqual(designerPosition(definition.root.activities[2]!));
  });

  it("reads the legacy flat connection form and PascalCase, and writes the current form", () => {
    const definition = readDefinition({
      Root: {
        type: "Elsa.Flowchart",
        id: "F",
        Activities: [{ id: "A", type: "Elsa.WriteLine" }, { id: "B", type: "Elsa.WriteLine" }],
        Connections: [{ Source: "A", Target: "B", SourcePort: "Done", TargetPort: "In", vertices: [] }],
      },
    });
    expect(definition.root.connections).toStrictEqual([
      { source: { activity: "A", port: "Done" }, target: { activity: "B", port: "In" }, vertices: [] },
    ]);
    expect(definition.root.activities.map((a) => a.id)).toStrictEqual(["A", "B"]);
  });

  it("says where a broken definition is broken", () => {
    expect(() => readDefinition({ root: { activities: [{ id: "A" }], connections: [] } })).toThrow(
      new DefinitionFormatError("root.activities[0]: an activity needs a string id and type"),
    );
    expect(() => readDefinition({ root: { activities: [], connections: [{ source: "A" }] } })).toThrow(/root.connections\[0\].target/);
    expect(() => readDefinition([])).toThrow(/JSON object/);
  });
});
