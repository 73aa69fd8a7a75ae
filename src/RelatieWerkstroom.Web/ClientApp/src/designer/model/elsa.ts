import { isObject, type Json, type JsonObject } from "./json";

/** One activity of a flowchart: inputs are its top-level properties (Elsa's input wrappers). */
export interface ElsaActivity extends JsonObject {
  id: string;
  type: string;
}

export interface ElsaEndpoint extends JsonObject {
  activity: string;
  port: string;
}

/** A connection in Elsa 3's current form. */
export interface ElsaConnection extends JsonObject {
  source: ElsaEndpoint;
  target: ElsaEndpoint;
}

export interface ElsaFlowchart extends JsonObject {
  type: string;
  id: string;
  activities: ElsaActivity[];
  connections: ElsaConnection[];
}

export interface ElsaDefinition extends JsonObject {
  root: ElsaFlowchart;
}

export const InPort = "In";

export class DefinitionFormatError extends Error {}

function pick(obj: JsonObject, camel: string): Json | undefined {
  if (camel in obj) return obj[camel];
  const pascal = camel.charAt(0).toUpperCase() + camel.slice(1);
  return obj[pascal];
}

function text(value: Json | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/**
 * Reads a connection in either form (current `{source:{activity,port}}` or legacy flat `source`/`sourcePort`),
 * camelCase or PascalCase, and returns it in the current form with every other property kept.
 */
export function readConnection(raw: Json, where: string): ElsaConnection {
  if (!isObject(raw)) throw new DefinitionFormatError(`${where}: a connection must be an object`);
  const source = pick(raw, "source");
  const target = pick(raw, "target");
  const rest: JsonObject = {};
  const known = new Set(["source", "Source", "target", "Target", "sourcePort", "SourcePort", "targetPort", "TargetPort"]);
  for (const [key, value] of Object.entries(raw)) if (!known.has(key)) rest[key] = value;
  const endpoint = (value: Json | undefined, port: Json | undefined, side: string, defaultPort: string): ElsaEndpoint => {
    if (isObject(value)) {
      const activity = text(pick(value, "activity"));
      if (!activity) throw new DefinitionFormatError(`${where}.${side}: the activity id is missing`);
      const extra: JsonObject = {};
      for (const [key, v] of Object.entries(value)) if (!["activity", "Activity", "port", "Port"].includes(key)) extra[key] = v;
      return { activity, port: text(pick(value, "port")) ?? defaultPort, ...extra };
    }
    const activity = text(value);
    if (!activity) throw new DefinitionFormatError(`${where}.${side}: the activity id is missing`);
    return { activity, port: text(port) ?? defaultPort };
  };
  if (isObject(source) && isObject(target)) {
    // Current form: keep the object exactly as it is when it is already camelCase.
    if ("source" in raw && "target" in raw && "activity" in source && "activity" in target) return raw as ElsaConnection;
  }
  return {
    source: endpoint(source, pick(raw, "sourcePort"), "source", "Done"),
    target: endpoint(target, pick(raw, "targetPort"), "target", InPort),
    ...rest,
  };
}

/** Reads an Elsa 3 workflow definition (parsed JSON) into the designer's shape; nothing unknown is dropped. */
export function readDefinition(raw: unknown): ElsaDefinition {
  if (!isObject(raw as Json)) throw new DefinitionFormatError("the definition must be a JSON object");
  const definition = raw as JsonObject;
  const rootKey = "root" in definition ? "root" : "Root" in definition ? "Root" : undefined;
  const root = rootKey ? definition[rootKey] : undefined;
  if (!isObject(root)) throw new DefinitionFormatError("root: the definition has no flowchart (root)");
  const activities = pick(root, "activities") ?? [];
  const connections = pick(root, "connections") ?? [];
  if (!Array.isArray(activities)) throw new DefinitionFormatError("root.activities must be a list");
  if (!Array.isArray(connections)) throw new DefinitionFormatError("root.connections must be a list");
  const readActivities = activities.map((a, i) => {
    if (!isObject(a) || typeof a.id !== "string" || typeof a.type !== "string")
      throw new DefinitionFormatError(`root.activities[${i}]: an activity needs a string id and type`);
    return a as ElsaActivity;
  });
  const readConnections = connections.map((c, i) => readConnection(c, `root.connections[${i}]`));
  const sameConnections = readConnections.every((c, i) => c === connections[i]);
  const sameRoot = rootKey === "root" && "activities" in root && "connections" in root && sameConnections;
  const newRoot = sameRoot
    ? (root as ElsaFlowchart)
    : ({
        ...Object.fromEntries(Object.entries(root).filter(([k]) => !["activities", "Activities", "connections", "Connections"].includes(k))),
        activities: readActivities,
        connections: readConnections,
      } as ElsaFlowchart);
  if (sameRoot) return definition as ElsaDefinition;
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(definition)) {
    if (key === "Root") result.root = newRoot;
    else result[key] = key === "root" ? newRoot : value;
  }
  return result as ElsaDefinition;
}

/** Writes the definition as Elsa 3 JSON text (current connection form). */
export function writeDefinition(definition: ElsaDefinition): string {
  return JSON.stringify(definition, null, 2);
}

export function activityById(definition: ElsaDefinition, id: string): ElsaActivity | undefined {
  return definition.root.activities.find((a) => a.id === id);
}

/** The display name of an activity: its `name`, else Elsa's `metadata.displayText`, else its id. */
export function activityName(activity: ElsaActivity): string {
  if (typeof activity.name === "string" && activity.name.trim()) return activity.name;
  const metadata = activity.metadata;
  if (isObject(metadata) && typeof metadata.displayText === "string" && metadata.displayText) return metadata.displayText;
  return activity.id;
}

export interface Position {
  x: number;
  y: number;
}

/** Elsa's `metadata.designer.position`, when the definition has one. */
export function designerPosition(activity: ElsaActivity): Position | undefined {
  const metadata = activity.metadata;
  if (!isObject(metadata) || !isObject(metadata.designer)) return undefined;
  const position = metadata.designer.position;
  if (!isObject(position) || typeof position.x !== "number" || typeof position.y !== "number") return undefined;
  return { x: position.x, y: position.y };
}

export interface Size {
  width: number;
  height: number;
}

export const DefaultNodeSize: Size = { width: 240, height: 64 };

export function designerSize(activity: ElsaActivity): Size {
  const metadata = activity.metadata;
  if (isObject(metadata) && isObject(metadata.designer) && isObject(metadata.designer.size)) {
    const { width, height } = metadata.designer.size;
    if (typeof width === "number" && typeof height === "number") return { width, height };
  }
  return DefaultNodeSize;
}

/** The activity with its position set in `metadata.designer.position`; the same object when nothing moved. */
export function withPosition(activity: ElsaActivity, position: Position): ElsaActivity {
  const current = designerPosition(activity);
  const x = Math.round(position.x);
  const y = Math.round(position.y);
  if (current && current.x === x && current.y === y) return activity;
  const metadata = isObject(activity.metadata) ? activity.metadata : {};
  const designer = isObject(metadata.designer) ? metadata.designer : {};
  const oldPosition = isObject(designer.position) ? designer.position : {};
  return { ...activity, metadata: { ...metadata, designer: { ...designer, position: { ...oldPosition, x, y } } } };
}
