import { describe, expect, it } from "vitest";
import { fixtureDescriptors } from "../testing/descriptorFixture";
import { referenceWorkflow, referenceWorkflowFiles } from "../testing/referenceWorkflows";
import { indexDescriptors } from "./descriptors";
import { activityById, readDefinition } from "./elsa";
import { addActivity, addConnection, updateActivity } from "./edit";
import { withJson } from "./inputs";
import { connectionRefusal, outcomePorts, portsToDraw } from "./ports";

const descriptors = indexDescriptors(fixtureDescriptors);
const rw1 = readDefinition(JSON.parse(referenceWorkflow("rw1")));
const rw2 = readDefinition(JSON.parse(referenceWorkflow("rw2")));
const ports = (definition: typeof rw1, id: string) => {
  const activity = activityById(definition, id)!;
  return outcomePorts(activity, descriptors.get(activity.type));
};

describe("ports", () => {
  it("gives a discretion point one port per option, a task one per action, a fork one per branch", () => {
    expect(ports(rw1, "DpTriage")).toStrictEqual(["advies", "algemeen", "onderzoek", "anderdomein", "spoed"]);
    expect(ports(rw1, "AfsluitenZonderOnderzoek")).toStrictEqual(["Gereed"]);
    expect(ports(rw1, "UitvoeringEnBezwaar")).toStrictEqual(["uitvoering", "bezwaar"]);
    expect(ports(rw1, "IsGedeeltelijk")).toStrictEqual(["True", "False"]);
    expect(ports(rw1, "Start")).toStrictEqual(["Done"]);
    expect(ports(rw2, "Toegangsroute")).toStrictEqual(["Verwijzing", "Maatregel", "Default"]);
  });

  it.each(referenceWorkflowFiles())("every connection of $file leaves from a port its activity offers", ({ text }) => {
    const definition = readDefinition(JSON.parse(text));
    for (const activity of definition.root.activities) {
      expect(portsToDraw(definition, activity, descriptors).filter((p) => !p.known), activity.id).toStrictEqual([]);
    }
  });

  it("follows the options when they change, and keeps a used port that no longer exists visible", () => {
    const changed = updateActivity(rw1, "DpTriage", (a) => withJson(a, "options", [{ id: "onderzoek", label: "Onderzoek" }, { id: "nieuw", label: "Nieuw" }]));
    const activity = activityById(changed, "DpTriage")!;
    const drawn = portsToDraw(changed, activity, descriptors);
    expect(drawn.filter((p) => p.known).map((p) => p.name)).toStrictEqual(["onderzoek", "nieuw"]);
    expect(drawn.filter((p) => !p.known).map((p) => p.name)).toContain("advies");
  });

  it("allows only connections from an offered port to another activity's In, once", () => {
    const { definition, id } = addActivity(rw1, "RelatieWerkstroom.HumanTask", "Nieuwe taak", { x: 0, y: 0 });
    expect(connectionRefusal(definition, descriptors, { source: id, sourcePort: "Gereed", target: "DpTriage", targetPort: "In" })).toBeUndefined();
    expect(connectionRefusal(definition, descriptors, { source: id, sourcePort: "Klaar", target: "DpTriage" })).toBe("unknownPort");
    expect(connectionRefusal(definition, descriptors, { source: id, sourcePort: "Gereed", target: id })).toBe("selfConnection");
    expect(connectionRefusal(definition, descriptors, { source: id, sourcePort: "Gereed", target: "Start" })).toBe("noInPort");
    expect(connectionRefusal(definition, descriptors, { source: id, sourcePort: "Gereed", target: "Bestaat" })).toBe("missingActivity");
    const connected = addConnection(definition, id, "Gereed", "DpTriage");
    expect(connectionRefusal(connected, descriptors, { source: id, sourcePort: "Gereed", target: "DpTriage" })).toBe("duplicate");
  });
});
