import { ActivityTypes, DefaultHumanTaskAction } from "./activityTypes";
import type { DescriptorIndex } from "./descriptors";
import { activityName, type ElsaActivity, type ElsaDefinition } from "./elsa";
import { readFriction, type Origin } from "./friction";
import { inputJson, inputText } from "./inputs";
import { isObject } from "./json";
import { outcomePorts } from "./ports";

export type OriginOrUnknown = Origin | "unknown";

export interface Burden {
  minutes: number;
  citizenMinutes: number;
  outOfPocket: number;
}

export interface StepBurden extends Burden {
  id: string;
  name: string;
  type: string;
  origin: OriginOrUnknown;
}

export type BurdenByOrigin = Record<OriginOrUnknown, Burden>;

const zero = (): Burden => ({ minutes: 0, citizenMinutes: 0, outOfPocket: 0 });

export function emptyByOrigin(): BurdenByOrigin {
  return { national: zero(), local: zero(), contract: zero(), internal: zero(), unknown: zero() };
}

export function stepBurden(activity: ElsaActivity): StepBurden {
  const friction = readFriction(activity);
  return {
    id: activity.id,
    name: activityName(activity),
    type: activity.type,
    origin: friction?.origin ?? "unknown",
    minutes: friction?.minutes ?? 0,
    citizenMinutes: friction?.citizenMinutes ?? 0,
    outOfPocket: friction?.outOfPocket ?? 0,
  };
}

/** The burden of every step, each counted once, in the definition's order. */
export function stepBurdens(definition: ElsaDefinition): StepBurden[] {
  return definition.root.activities.map(stepBurden);
}

export function sumByOrigin(steps: readonly StepBurden[]): BurdenByOrigin {
  const totals = emptyByOrigin();
  for (const step of steps) {
    const t = totals[step.origin];
    t.minutes += step.minutes;
    t.citizenMinutes += step.citizenMinutes;
    t.outOfPocket += step.outOfPocket;
  }
  return totals;
}

export function total(byOrigin: BurdenByOrigin): Burden {
  const t = zero();
  for (const b of Object.values(byOrigin)) {
    t.minutes += b.minutes;
    t.citizenMinutes += b.citizenMinutes;
    t.outOfPocket += b.outOfPocket;
  }
  return t;
}

/** One choice on a route: at a discretion point, which option is taken. */
export interface RouteChoice {
  activityId: string;
  port: string;
}

export interface Route {
  /** The deviation from the standard route, or none for the standard route itself. */
  choice?: RouteChoice;
  steps: StepBurden[];
  byOrigin: BurdenByOrigin;
  /** False when the route stops before an end (a port left unconnected). */
  reachesEnd: boolean;
}

/**
 * A condition like `getBesluit() === 'toekennen'` (or `!==`, `==`, `!=`) evaluated against the variables the route
 * has set; undefined when it has another shape (then the route follows True, the more usual path).
 */
function evaluateSimpleCondition(code: string, variables: ReadonlyMap<string, string>): boolean | undefined {
  const match = /^\s*(?:get(\w+)\(\)|variables\.(\w+))\s*(===|!==|==|!=)\s*(['"])(.*?)\4\s*;?\s*$/.exec(code);
  if (!match) return undefined;
  const [, getter, field, operator = "===", , expected] = match;
  const value = variables.get(getter ?? field ?? "");
  if (value === undefined) return undefined;
  const equal = value === expected;
  return operator.startsWith("!") ? !equal : equal;
}

function startActivity(definition: ElsaDefinition): ElsaActivity | undefined {
  const activities = definition.root.activities;
  const explicit = activities.find((a) => a.type === ActivityTypes.start);
  if (explicit) return explicit;
  const flagged = activities.find((a) => isObject(a.customProperties) && a.customProperties.canStartWorkflow === true);
  if (flagged) return flagged;
  const targets = new Set(definition.root.connections.map((c) => c.target.activity));
  return activities.find((a) => !targets.has(a.id)) ?? activities[0];
}

/**
 * The ports a route follows out of an activity: every branch of a fork; at a choice, the standard one (the default
 * option of a discretion point, a task's first action, a decision or switch evaluated on the route's variables), or
 * the forced choice when the route deviates there.
 */
function followedPorts(
  activity: ElsaActivity,
  descriptors: DescriptorIndex,
  variables: ReadonlyMap<string, string>,
  forced: RouteChoice | undefined,
): string[] {
  const ports = outcomePorts(activity, descriptors.get(activity.type));
  if (forced && forced.activityId === activity.id) return [forced.port];
  switch (activity.type) {
    case ActivityTypes.flowFork:
      return ports;
    case ActivityTypes.discretionPoint: {
      const chosen = inputText(activity, "defaultOption");
      return chosen && ports.includes(chosen) ? [chosen] : ports.slice(0, 1);
    }
    case ActivityTypes.humanTask:
      return ports.length ? ports.slice(0, 1) : [DefaultHumanTaskAction];
    case ActivityTypes.flowDecision: {
      const condition = inputText(activity, "condition") ?? "";
      return [evaluateSimpleCondition(condition, variables) === false ? "False" : "True"];
    }
    case ActivityTypes.flowSwitch: {
      const cases = inputJson(activity, "cases");
      if (Array.isArray(cases)) {
        for (const c of cases) {
          if (!isObject(c) || typeof c.label !== "string" || !isObject(c.condition)) continue;
          const code = typeof c.condition.value === "string" ? c.condition.value : "";
          if (evaluateSimpleCondition(code, variables) === true) return [c.label];
        }
      }
      return ["Default"];
    }
    default:
      return ports;
  }
}

const choiceTypes: ReadonlySet<string> = new Set([
  ActivityTypes.humanTask,
  ActivityTypes.discretionPoint,
  ActivityTypes.flowDecision,
  ActivityTypes.flowSwitch,
]);

/**
 * Walks one route from the start; every activity counts once. A loop runs once: when the route comes back to a
 * choice it already passed, it leaves through the next port not yet taken there.
 */
export function walkRoute(definition: ElsaDefinition, descriptors: DescriptorIndex, forced?: RouteChoice): Route {
  const byId = new Map(definition.root.activities.map((a) => [a.id, a]));
  const outgoing = new Map<string, { port: string; target: string }[]>();
  for (const c of definition.root.connections) {
    const list = outgoing.get(c.source.activity) ?? [];
    list.push({ port: c.source.port, target: c.target.activity });
    outgoing.set(c.source.activity, list);
  }
  const variables = new Map<string, string>();
  const taken = new Map<string, Set<string>>();
  const steps: StepBurden[] = [];
  let reachesEnd = false;
  const start = startActivity(definition);
  const queue: ElsaActivity[] = start ? [start] : [];
  const follow = (activity: ElsaActivity, ports: readonly string[]) => {
    const used = taken.get(activity.id)!;
    for (const port of ports) {
      used.add(port);
      for (const link of (outgoing.get(activity.id) ?? []).filter((l) => l.port === port)) {
        const next = byId.get(link.target);
        if (next) queue.push(next);
      }
    }
  };
  while (queue.length > 0) {
    const activity = queue.shift()!;
    const used = taken.get(activity.id);
    if (used) {
      if (!choiceTypes.has(activity.type) || (forced && forced.activityId === activity.id)) continue;
      const exit = outcomePorts(activity, descriptors.get(activity.type)).find((p) => !used.has(p));
      if (exit) follow(activity, [exit]);
      continue;
    }
    taken.set(activity.id, new Set());
    steps.push(stepBurden(activity));
    if (activity.type === ActivityTypes.setVariable && isObject(activity.variable)) {
      const name = activity.variable.name;
      const value = inputText(activity, "value");
      if (typeof name === "string" && value !== undefined) variables.set(name, value);
    }
    if (activity.type === ActivityTypes.end || descriptors.get(activity.type)?.terminal) reachesEnd = true;
    follow(activity, followedPorts(activity, descriptors, variables, forced));
  }
  return { choice: forced, steps, byOrigin: sumByOrigin(steps), reachesEnd };
}

/**
 * The main paths: the standard route, and for each discretion point on it one route per other option (the same
 * route, deviating only there), so a designer sees what each choice the law leaves open costs.
 */
export function mainRoutes(definition: ElsaDefinition, descriptors: DescriptorIndex): Route[] {
  const standard = walkRoute(definition, descriptors);
  const routes = [standard];
  const byId = new Map(definition.root.activities.map((a) => [a.id, a]));
  for (const step of standard.steps) {
    if (step.type !== ActivityTypes.discretionPoint) continue;
    const activity = byId.get(step.id)!;
    const standardPort = followedPorts(activity, descriptors, new Map(), undefined)[0];
    for (const port of outcomePorts(activity, descriptors.get(activity.type))) {
      if (port !== standardPort) routes.push(walkRoute(definition, descriptors, { activityId: activity.id, port }));
    }
  }
  return routes;
}

export interface StepComparison {
  id: string;
  name: string;
  draft?: StepBurden;
  published?: StepBurden;
  changed: boolean;
}

/** Step by step, the draft beside the published version (steps only in one of them included). */
export function compareSteps(draft: ElsaDefinition, published: ElsaDefinition | undefined): StepComparison[] {
  const before = new Map((published ? stepBurdens(published) : []).map((s) => [s.id, s]));
  const rows: StepComparison[] = [];
  for (const step of stepBurdens(draft)) {
    const old = before.get(step.id);
    before.delete(step.id);
    const changed = !old || old.origin !== step.origin || old.minutes !== step.minutes
      || old.citizenMinutes !== step.citizenMinutes || old.outOfPocket !== step.outOfPocket;
    rows.push({ id: step.id, name: step.name, draft: step, published: old, changed: published ? changed : false });
  }
  for (const old of before.values()) rows.push({ id: old.id, name: old.name, published: old, changed: true });
  return rows;
}
