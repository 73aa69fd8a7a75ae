import { activityName, type ElsaActivity, type ElsaConnection, type ElsaDefinition } from "./elsa";
import { isObject, jsonEqual, type Json } from "./json";

export interface ActivityChange {
  id: string;
  name: string;
  type: string;
  /** Paths of the changed fields, e.g. `question`, `customProperties.friction.minutes`. */
  fields: string[];
}

export interface ActivityRef {
  id: string;
  name: string;
  type: string;
}

export interface DefinitionDiff {
  added: ActivityRef[];
  removed: ActivityRef[];
  changed: ActivityChange[];
  /** Activities whose only change is their place on the canvas. */
  moved: string[];
  connectionsAdded: ElsaConnection[];
  connectionsRemoved: ElsaConnection[];
  /** Changed properties of the definition itself (name, variables…). */
  definitionFields: string[];
}

/** Properties of the definition that change with every version and say nothing about its content. */
const versionBookkeeping = new Set(["id", "version", "isLatest", "isPublished", "createdAt", "publishedAt", "root"]);

const isInputWrapper = (value: Json | undefined) => isObject(value) && isObject(value.expression);

/** Leaf paths where two values differ; an input wrapper counts as one field. */
function changedPaths(a: Json | undefined, b: Json | undefined, path: string, out: string[]) {
  if (jsonEqual(a, b)) return;
  if (isObject(a) && isObject(b) && !isInputWrapper(a) && !isInputWrapper(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) changedPaths(a[key], b[key], path ? `${path}.${key}` : key, out);
    return;
  }
  out.push(path);
}

const ref = (a: ElsaActivity): ActivityRef => ({ id: a.id, name: activityName(a), type: a.type });

const connectionKey = (c: ElsaConnection) => `${c.source.activity}\u0000${c.source.port}\u0000${c.target.activity}\u0000${c.target.port}`;

/** What changed from `before` to `after`: activities added, removed and changed (with fields), and connections. */
export function diffDefinitions(before: ElsaDefinition, after: ElsaDefinition): DefinitionDiff {
  const old = new Map(before.root.activities.map((a) => [a.id, a]));
  const added: ActivityRef[] = [];
  const changed: ActivityChange[] = [];
  const moved: string[] = [];
  for (const activity of after.root.activities) {
    const previous = old.get(activity.id);
    old.delete(activity.id);
    if (!previous) {
      added.push(ref(activity));
      continue;
    }
    const fields: string[] = [];
    changedPaths(previous, activity, "", fields);
    const layoutOnly = (f: string) => f.startsWith("metadata.designer");
    const content = fields.filter((f) => !layoutOnly(f));
    if (content.length > 0) changed.push({ ...ref(activity), fields: content });
    else if (fields.length > 0) moved.push(activity.id);
  }
  const removed = [...old.values()].map(ref);
  const beforeConnections = new Set(before.root.connections.map(connectionKey));
  const afterConnections = new Set(after.root.connections.map(connectionKey));
  const definitionFields: string[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (!versionBookkeeping.has(key) && !jsonEqual(before[key], after[key])) definitionFields.push(key);
  }
  return {
    added,
    removed,
    changed,
    moved,
    connectionsAdded: after.root.connections.filter((c) => !beforeConnections.has(connectionKey(c))),
    connectionsRemoved: before.root.connections.filter((c) => !afterConnections.has(connectionKey(c))),
    definitionFields,
  };
}

export function isEmptyDiff(diff: DefinitionDiff): boolean {
  return diff.added.length + diff.removed.length + diff.changed.length + diff.connectionsAdded.length
    + diff.connectionsRemoved.length + diff.definitionFields.length === 0;
}
