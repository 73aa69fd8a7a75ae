import { ActivityTypes, DefaultHumanTaskAction, DefaultOutcome } from "./activityTypes";
import type { ActivityDescriptor, DescriptorIndex } from "./descriptors";
import { InPort, type ElsaActivity, type ElsaDefinition } from "./elsa";
import { inputJson, inputNames } from "./inputs";
import { isObject } from "./json";

/** The outcome ports that follow from an activity's configuration (the Engine's IDynamicOutcomes). */
const dynamicPorts: Record<string, (activity: ElsaActivity) => string[]> = {
  [ActivityTypes.humanTask]: (a) => inputNames(a, "actions") ?? [DefaultHumanTaskAction],
  [ActivityTypes.serviceStep]: (a) => inputNames(a, "outcomes") ?? [DefaultOutcome],
  [ActivityTypes.flowFork]: (a) => inputNames(a, "branches") ?? [],
  [ActivityTypes.discretionPoint]: (a) => {
    const options = inputJson(a, "options");
    if (!Array.isArray(options)) return [];
    return options.flatMap((o) => (isObject(o) && typeof o.id === "string" && o.id ? [o.id] : []));
  },
  [ActivityTypes.flowSwitch]: (a) => {
    const cases = inputJson(a, "cases");
    const labels = Array.isArray(cases)
      ? cases.flatMap((c) => (isObject(c) && typeof c.label === "string" && c.label ? [c.label] : []))
      : [];
    return [...labels, "Default"];
  },
};

/** The outcome ports an activity offers, in order, without duplicates. */
export function outcomePorts(activity: ElsaActivity, descriptor: ActivityDescriptor | undefined): string[] {
  const dynamic = dynamicPorts[activity.type];
  let ports: string[];
  if (dynamic) ports = dynamic(activity);
  else if (descriptor) ports = descriptor.terminal ? [] : descriptor.outcomes;
  else ports = [DefaultOutcome];
  return [...new Set(ports)];
}

export interface PortView {
  name: string;
  /** False when a connection uses a port the activity does not offer (the server reports it as a problem). */
  known: boolean;
}

/** Ports to draw as handles: the offered ones, plus ports still used by connections, so none is silently lost. */
export function portsToDraw(definition: ElsaDefinition, activity: ElsaActivity, descriptors: DescriptorIndex): PortView[] {
  const offered = outcomePorts(activity, descriptors.get(activity.type));
  const views: PortView[] = offered.map((name) => ({ name, known: true }));
  for (const connection of definition.root.connections) {
    if (connection.source.activity === activity.id && !offered.includes(connection.source.port)
      && !views.some((v) => v.name === connection.source.port)) {
      views.push({ name: connection.source.port, known: false });
    }
  }
  return views;
}

/** Whether an activity has an inbound port (Start has none). */
export function hasInPort(activity: ElsaActivity): boolean {
  return activity.type !== ActivityTypes.start;
}

export type ConnectionRefusal =
  | "missingActivity"
  | "selfConnection"
  | "unknownPort"
  | "noInPort"
  | "duplicate";

export interface ProposedConnection {
  source: string;
  sourcePort: string | null | undefined;
  target: string;
  targetPort?: string | null;
}

/** Why a connection may not be made, or undefined when it may. */
export function connectionRefusal(
  definition: ElsaDefinition,
  descriptors: DescriptorIndex,
  proposed: ProposedConnection,
): ConnectionRefusal | undefined {
  const source = definition.root.activities.find((a) => a.id === proposed.source);
  const target = definition.root.activities.find((a) => a.id === proposed.target);
  if (!source || !target) return "missingActivity";
  if (source.id === target.id) return "selfConnection";
  if (!proposed.sourcePort || !outcomePorts(source, descriptors.get(source.type)).includes(proposed.sourcePort)) return "unknownPort";
  if (!hasInPort(target) || (proposed.targetPort && proposed.targetPort !== InPort)) return "noInPort";
  const duplicate = definition.root.connections.some(
    (c) => c.source.activity === source.id && c.source.port === proposed.sourcePort && c.target.activity === target.id,
  );
  return duplicate ? "duplicate" : undefined;
}
