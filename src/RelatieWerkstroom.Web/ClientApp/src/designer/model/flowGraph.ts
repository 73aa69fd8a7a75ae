import type { Edge, Node } from "@xyflow/react";
import type { ActivityDescriptor, DescriptorIndex } from "./descriptors";
import { designerPosition, designerSize, InPort, type ElsaActivity, type ElsaDefinition, type Position } from "./elsa";
import { connectionKey } from "./edit";
import { portsToDraw, type PortView } from "./ports";
import type { ProblemCount } from "./problems";

/** How an activity stands out on the canvas: in a diff, in an instance, or with problems. */
export type NodeMark = "added" | "changed" | "removed" | "executed" | "waiting";

export interface ActivityNodeData extends Record<string, unknown> {
  activity: ElsaActivity;
  descriptor?: ActivityDescriptor;
  ports: PortView[];
  /** Errors and warnings apart: numbers, so an unchanged node keeps its object while dragging. */
  errorCount: number;
  warningCount: number;
  mark?: NodeMark;
}

export type ActivityFlowNode = Node<ActivityNodeData, "activity">;

export interface NodeDecorations {
  problems?: ReadonlyMap<string, ProblemCount>;
  marks?: ReadonlyMap<string, NodeMark>;
}

/** The drawn size of a node: its stored size, wide enough for a label per outcome port along its bottom edge. */
export function nodeSize(size: { width: number; height: number }, portCount: number): { width: number; height: number } {
  return { width: Math.max(size.width, portCount * 72), height: Math.max(size.height, portCount > 1 ? 78 : 64) };
}

/** Where an activity without a stored position is drawn until the auto-layout places it. */
function fallbackPosition(index: number): Position {
  return { x: (index % 8) * 300, y: Math.floor(index / 8) * 140 };
}

/** Whether any activity lacks `metadata.designer.position` (then the canvas lays the flowchart out). */
export function needsLayout(definition: ElsaDefinition): boolean {
  return definition.root.activities.some((a) => !designerPosition(a));
}

/**
 * The canvas nodes of a definition. A node is reused from `previous` while its activity, selection and
 * decorations are unchanged, so dragging one node of five hundred re-renders one node.
 */
export function toNodes(
  definition: ElsaDefinition,
  descriptors: DescriptorIndex,
  selected: ReadonlySet<string>,
  decorations: NodeDecorations = {},
  previous?: ReadonlyMap<string, ActivityFlowNode>,
  dragging?: ReadonlyMap<string, Position>,
): ActivityFlowNode[] {
  return definition.root.activities.map((activity, index) => {
    const position = dragging?.get(activity.id) ?? designerPosition(activity) ?? fallbackPosition(index);
    const isSelected = selected.has(activity.id);
    const errorCount = decorations.problems?.get(activity.id)?.errors ?? 0;
    const warningCount = decorations.problems?.get(activity.id)?.warnings ?? 0;
    const mark = decorations.marks?.get(activity.id);
    const old = previous?.get(activity.id);
    if (old && old.data.activity === activity && old.selected === isSelected && old.data.errorCount === errorCount
      && old.data.warningCount === warningCount      && old.data.mark === mark && old.position.x === position.x && old.position.y === position.y) {
      return old;
    }
    const size = designerSize(activity);
    const ports = portsToDraw(definition, activity, descriptors);
    const oldPorts = old?.data.ports;
    return {
      id: activity.id,
      type: "activity",
      position,
      selected: isSelected,
      ...nodeSize(size, ports.length),
      data: {
        activity,
        descriptor: descriptors.get(activity.type),
        // Same port list object when the ports did not change, so handles are not re-measured.
        ports: oldPorts && oldPorts.length === ports.length && oldPorts.every((p, i) => p.name === ports[i]?.name && p.known === ports[i]?.known) ? oldPorts : ports,
        errorCount,
        warningCount,
        mark,
      },
    } satisfies ActivityFlowNode;
  });
}

export function toEdges(definition: ElsaDefinition, selected: ReadonlySet<string> = new Set()): Edge[] {
  return definition.root.connections.map((c) => {
    const id = connectionKey(c);
    return {
      id,
      source: c.source.activity,
      sourceHandle: c.source.port,
      target: c.target.activity,
      targetHandle: InPort,
      selected: selected.has(id),
      ariaLabel: `${c.source.activity} ${c.source.port} → ${c.target.activity}`,
    };
  });
}
