import { describe, expect, it } from "vitest";
import { fixtureDescriptors } from "../testing/descriptorFixture";
import { referenceWorkflow, referenceWorkflowFiles } from "../testing/referenceWorkflows";
import { compareSteps, mainRoutes, stepBurdens, sumByOrigin, total, walkRoute } from "./burden";
import { indexDescriptors } from "./descriptors";
import { readDefinition } from "./elsa";
import { removeActivities, updateActivity } from "./edit";
import { withFrictionField } from "./friction";

const descriptors = indexDescriptors(fixtureDescriptors);
const rw1 = readDefinition(JSON.parse(referenceWorkflow("rw1")));

describe("burden", () => {
  it("adds up every step's minutes by rule origin", () => {
    const steps = stepBurdens(rw1);
    // One burden row per activity of the file.
    expect(steps).toHaveLength(JSON.parse(referenceWorkflow("rw1")).root.activities.length);
    const byOrigin = sumByOrigin(steps);
    const register = steps.find((s) => s.id === "MeldingRegistreren")!;
    expect(register).toMatchObject({ origin: "national", minutes: 10, citizenMinutes: 15 });
    expect(byOrigin.national.minutes).toBe(steps.filter((s) => s.origin === "national").reduce((n, s) => n + s.minutes, 0));
    expect(byOrigin.unknown.minutes).toBe(0);
    expect(total(byOrigin).minutes).toBe(steps.reduce((n, s) => n + s.minutes, 0));
  });

  it.each(referenceWorkflowFiles())("the standard route of $file runs from the start to an end", ({ text }) => {
    const route = walkRoute(readDefinition(JSON.parse(text)), descriptors);
    expect(route.reachesEnd).toBe(true);
    expect(route.steps[0]?.type).toBe("Elsa.Start");
  });

  it("follows defaults on the standard route and shows each other option of a discretion point as its own route", () => {
    const routes = mainRoutes(rw1, descriptors);
    const standard = routes[0]!;
    expect(standard.choice).toBeUndefined();
    const ids = standard.steps.map((s) => s.id);
    expect(ids).toContain("DpTriage");
    expect(ids).not.toContain("AfsluitenZonderOnderzoek"); // only the 'advies'/'algemeen' options go there
    const advies = routes.find((r) => r.choice?.activityId === "DpTriage" && r.choice.port === "advies")!;
    expect(advies.steps.map((s) => s.id)).toContain("AfsluitenZonderOnderzoek");
    expect(total(advies.byOrigin).citizenMinutes).toBeLessThan(total(standard.byOrigin).citizenMinutes);
  });

  it("shows a changed annotation and a removed step against the published version", () => {
    const draft = removeActivities(updateActivity(rw1, "MeldingRegistreren", (a) => withFrictionField(a, "minutes", 25)), new Set(["OntvangstBevestigen"]));
    const rows = compareSteps(draft, rw1);
    expect(rows.find((r) => r.id === "MeldingRegistreren")).toMatchObject({ changed: true, draft: { minutes: 25 }, published: { minutes: 10 } });
    const removed = rows.find((r) => r.id === "OntvangstBevestigen")!;
    expect(removed.changed).toBe(true);
    expect(removed.draft).toBeUndefined();
    expect(rows.filter((r) => r.changed)).toHaveLength(2);
  });
});
