import { DefaultHumanTaskAction } from "./activityTypes";
import type { ElsaActivity, ElsaConnection, ElsaDefinition } from "./elsa";
import { inputNames, readInput, withJson } from "./inputs";

/**
 * A human task's actions: each is an outcome port, so editing the list edits the ports. Renaming an action takes its
 * connections along; removing one removes the connections that leave from it, in the same edit (one undo step).
 */

/** The actions of a task, in order; a task that names none has the engine's default. */
export function taskActions(activity: ElsaActivity): string[] {
  return inputNames(activity, "actions") ?? [DefaultHumanTaskAction];
}

/** Whether the actions are a list the editor can show (not a computed expression). */
export function actionsAreEditable(activity: ElsaActivity): boolean {
  const input = readInput(activity, "actions");
  return !input || input.expressionType === "Object" || input.expressionType === "Literal";
}

export type ActionRefusal = "empty" | "duplicate";

/** Why a name may not be given to action `index` (another action has it, or it is empty), or undefined. */
export function actionNameRefusal(actions: readonly string[], index: number, name: string): ActionRefusal | undefined {
  const trimmed = name.trim();
  if (trimmed === "") return "empty";
  return actions.some((a, i) => i !== index && a === trimmed) ? "duplicate" : undefined;
}

function writeActions(
  definition: ElsaDefinition,
  id: string,
  change: (actions: string[]) => string[],
  connections: (c: ElsaConnection[]) => ElsaConnection[] = (c) => c,
): ElsaDefinition {
  const activity = definition.root.activities.find((a) => a.id === id);
  if (!activity) return definition;
  const typeName = readInput(activity, "actions")?.typeName ?? "String[]";
  const next = withJson(activity, "actions", change(taskActions(activity)), typeName);
  return {
    ...definition,
    root: {
      ...definition.root,
      activities: definition.root.activities.map((a) => (a.id === id ? next : a)),
      connections: connections(definition.root.connections),
    },
  };
}

const leaves = (c: ElsaConnection, id: string, port: string) => c.source.activity === id && c.source.port === port;

/** Adds an action at the end, named `name` or, when taken, `name 2`, `name 3`…; returns the name given. */
export function addAction(definition: ElsaDefinition, id: string, name: string): { definition: ElsaDefinition; name: string } {
  const activity = definition.root.activities.find((a) => a.id === id);
  const actions = activity ? taskActions(activity) : [];
  let given = name;
  for (let n = 2; actions.includes(given); n++) given = `${name} ${n}`;
  return { definition: writeActions(definition, id, (a) => [...a, given]), name: given };
}

/** Renames action `index`; its connections follow. Returns the same definition when the name is refused or unchanged. */
export function renameAction(definition: ElsaDefinition, id: string, index: number, name: string): ElsaDefinition {
  const activity = definition.root.activities.find((a) => a.id === id);
  if (!activity) return definition;
  const actions = taskActions(activity);
  const old = actions[index];
  const trimmed = name.trim();
  if (old === undefined || old === trimmed || actionNameRefusal(actions, index, trimmed)) return definition;
  return writeActions(
    definition,
    id,
    (a) => a.map((x, i) => (i === index ? trimmed : x)),
    (cs) => cs.map((c) => (leaves(c, id, old) ? { ...c, source: { ...c.source, port: trimmed } } : c)),
  );
}

/** Removes action `index` and the connections that leave from its port; returns those connections too. */
export function removeAction(definition: ElsaDefinition, id: string, index: number): { definition: ElsaDefinition; removed: ElsaConnection[] } {
  const activity = definition.root.activities.find((a) => a.id === id);
  const port = activity ? taskActions(activity)[index] : undefined;
  if (!activity || port === undefined) return { definition, removed: [] };
  const removed = definition.root.connections.filter((c) => leaves(c, id, port));
  return {
    definition: writeActions(definition, id, (a) => a.filter((_, i) => i !== index), (cs) => cs.filter((c) => !leaves(c, id, port))),
    removed,
  };
}

/** Moves action `index` by `delta` places (−1 up, +1 down); the same definition when it cannot move. */
export function moveAction(definition: ElsaDefinition, id: string, index: number, delta: number): ElsaDefinition {
  const activity = definition.root.activities.find((a) => a.id === id);
  if (!activity) return definition;
  const actions = taskActions(activity);
  const to = index + delta;
  if (index < 0 || index >= actions.length || to < 0 || to >= actions.length) return definition;
  return writeActions(definition, id, (a) => {
    const next = [...a];
    const [moved] = next.splice(index, 1);
    next.splice(to, 0, moved!);
    return next;
  });
}
