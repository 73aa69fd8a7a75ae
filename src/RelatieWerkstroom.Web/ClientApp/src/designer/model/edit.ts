import { ActivityTypes, DefaultHumanTaskAction, DefaultOutcome } from "./activityTypes";
import { InPort, withPosition, type ElsaActivity, type ElsaConnection, type ElsaDefinition, type Position } from "./elsa";
import { defaultFriction } from "./friction";
import { withJson } from "./inputs";
import type { JsonObject } from "./json";

/** Pure edits of a definition: each returns a new definition and leaves untouched activities as the same objects. */

function withRoot(definition: ElsaDefinition, activities: ElsaActivity[], connections: ElsaConnection[]): ElsaDefinition {
  return { ...definition, root: { ...definition.root, activities, connections } };
}

/** A readable PascalCase id from a name, unique in the definition (`Beoordelen`, `Beoordelen2`…). */
export function uniqueActivityId(definition: ElsaDefinition, name: string, taken: ReadonlySet<string> = new Set()): string {
  const base = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("") || "Activiteit";
  const start = /^[0-9]/.test(base) ? `A${base}` : base;
  const used = new Set([...definition.root.activities.map((a) => a.id), ...taken]);
  if (!used.has(start)) return start;
  let n = 2;
  while (used.has(`${start}${n}`)) n++;
  return `${start}${n}`;
}

/** Inputs a new activity of a type starts with, so its ports exist from the start. */
function starterInputs(activity: ElsaActivity): ElsaActivity {
  switch (activity.type) {
    case ActivityTypes.humanTask:
      return withJson(activity, "actions", [DefaultHumanTaskAction], "String[]");
    case ActivityTypes.serviceStep:
      return withJson(activity, "outcomes", [DefaultOutcome], "String[]");
    default:
      return activity;
  }
}

export function addActivity(
  definition: ElsaDefinition,
  type: string,
  name: string,
  position: Position,
): { definition: ElsaDefinition; id: string } {
  const id = uniqueActivityId(definition, name);
  const activity = withPosition(
    starterInputs({
      id,
      type,
      version: 1,
      name,
      customProperties: { friction: defaultFriction() },
      metadata: { displayText: name, designer: { position: { x: 0, y: 0 }, size: { width: 240, height: 64 } } },
    }),
    position,
  );
  return { definition: withRoot(definition, [...definition.root.activities, activity], definition.root.connections), id };
}

export function removeActivities(definition: ElsaDefinition, ids: ReadonlySet<string>): ElsaDefinition {
  if (ids.size === 0) return definition;
  return withRoot(
    definition,
    definition.root.activities.filter((a) => !ids.has(a.id)),
    definition.root.connections.filter((c) => !ids.has(c.source.activity) && !ids.has(c.target.activity)),
  );
}

/** The key an edge has on the canvas; stable as long as the connection exists. */
export function connectionKey(c: ElsaConnection): string {
  return `${c.source.activity}:${c.source.port}->${c.target.activity}:${c.target.port}`;
}

export function addConnection(definition: ElsaDefinition, source: string, port: string, target: string): ElsaDefinition {
  const connection: ElsaConnection = { source: { activity: source, port }, target: { activity: target, port: InPort }, vertices: [] };
  return withRoot(definition, definition.root.activities, [...definition.root.connections, connection]);
}

export function removeConnections(definition: ElsaDefinition, keys: ReadonlySet<string>): ElsaDefinition {
  if (keys.size === 0) return definition;
  return withRoot(definition, definition.root.activities, definition.root.connections.filter((c) => !keys.has(connectionKey(c))));
}

export function updateActivity(definition: ElsaDefinition, id: string, change: (a: ElsaActivity) => ElsaActivity): ElsaDefinition {
  let touched = false;
  const activities = definition.root.activities.map((a) => {
    if (a.id !== id) return a;
    const next = change(a);
    touched ||= next !== a;
    return next;
  });
  return touched ? withRoot(definition, activities, definition.root.connections) : definition;
}

/** Moves activities; returns the same definition when no position changed. */
export function moveActivities(definition: ElsaDefinition, positions: ReadonlyMap<string, Position>): ElsaDefinition {
  let touched = false;
  const activities = definition.root.activities.map((a) => {
    const position = positions.get(a.id);
    if (!position) return a;
    const next = withPosition(a, position);
    touched ||= next !== a;
    return next;
  });
  return touched ? withRoot(definition, activities, definition.root.connections) : definition;
}

/** What copy puts on the clipboard: the activities and the connections between them. */
export interface Fragment {
  kind: "relatiewerkstroom/fragment";
  activities: ElsaActivity[];
  connections: ElsaConnection[];
}

export function copyFragment(definition: ElsaDefinition, ids: ReadonlySet<string>): Fragment {
  return {
    kind: "relatiewerkstroom/fragment",
    activities: definition.root.activities.filter((a) => ids.has(a.id)),
    connections: definition.root.connections.filter((c) => ids.has(c.source.activity) && ids.has(c.target.activity)),
  };
}

export function isFragment(value: unknown): value is Fragment {
  const v = value as Partial<Fragment> | null;
  return !!v && v.kind === "relatiewerkstroom/fragment" && Array.isArray(v.activities) && Array.isArray(v.connections);
}

/** Pastes a fragment with fresh ids, shifted by `offset`; returns the new ids (to select them). */
export function pasteFragment(
  definition: ElsaDefinition,
  fragment: Fragment,
  offset: Position,
): { definition: ElsaDefinition; ids: string[] } {
  const renamed = new Map<string, string>();
  const taken = new Set<string>();
  for (const a of fragment.activities) {
    const id = uniqueActivityId(definition, a.id, taken);
    taken.add(id);
    renamed.set(a.id, id);
  }
  const activities = fragment.activities.map((a) => {
    const metadata = (a.metadata ?? {}) as JsonObject;
    const designer = (metadata.designer ?? {}) as JsonObject;
    const position = (designer.position ?? { x: 0, y: 0 }) as { x: number; y: number };
    return withPosition({ ...a, id: renamed.get(a.id)! }, { x: position.x + offset.x, y: position.y + offset.y });
  });
  const connections = fragment.connections.map((c) => ({
    ...c,
    source: { ...c.source, activity: renamed.get(c.source.activity)! },
    target: { ...c.target, activity: renamed.get(c.target.activity)! },
  }));
  return {
    definition: withRoot(definition, [...definition.root.activities, ...activities], [...definition.root.connections, ...connections]),
    ids: activities.map((a) => a.id),
  };
}
