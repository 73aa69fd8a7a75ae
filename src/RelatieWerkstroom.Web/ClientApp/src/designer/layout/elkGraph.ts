import type { ElkNode } from 'elkjs/lib/elk-api';
import { designerSize, InPort, type ElsaDefinition, type Position } from '../model/elsa';
import type { DescriptorIndex } from '../model/descriptors';
import { outcomePorts } from '../model/ports';
import { nodeSize } from '../model/flowGraph';

const portId = (activity: string, port: string) => `${activity}\u0000${port}`;

/**
 * The flowchart as an ELK graph, top to bottom: the In port north, the outcome ports south in their order. A long
 * procedure then reads down the page (as on paper) and stays within the canvas's width.
 */
export function toElkGraph(definition: ElsaDefinition, descriptors: DescriptorIndex): ElkNode {
  const byId = new Map(definition.root.activities.map((a) => [a.id, a]));
  const portsOf = new Map(definition.root.activities.map((a) => [a.id, outcomePorts(a, descriptors.get(a.type))]));
  return {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.layered.spacing.nodeNodeBetweenLayers': '60',
      'elk.spacing.nodeNode': '40',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.layered.cycleBreaking.strategy': 'DEPTH_FIRST',
    },
    children: definition.root.activities.map((activity) => {
      const ports = portsOf.get(activity.id) ?? [];
      const size = nodeSize(designerSize(activity), ports.length);
      return {
        id: activity.id,
        width: size.width,
        height: size.height,
        layoutOptions: { 'elk.portConstraints': 'FIXED_ORDER' },
        ports: [
          { id: portId(activity.id, InPort), layoutOptions: { 'elk.port.side': 'NORTH' } },
          ...ports.map((port, i) => ({ id: portId(activity.id, port), layoutOptions: { 'elk.port.side': 'SOUTH', 'elk.port.index': String(ports.length - i) } })),
        ],
      };
    }),
    edges: definition.root.connections
      .filter((c) => byId.has(c.source.activity) && byId.has(c.target.activity))
      .map((c, i) => ({
        id: `e${i}`,
        // A connection from a port the activity no longer offers leaves from the node itself.
        sources: [portsOf.get(c.source.activity)?.includes(c.source.port) ? portId(c.source.activity, c.source.port) : c.source.activity],
        targets: [portId(c.target.activity, InPort)],
      })),
  };
}

/** The positions ELK chose, by activity id. */
export function positionsFromElk(graph: ElkNode): Map<string, Position> {
  return new Map((graph.children ?? []).map((n) => [n.id, { x: n.x ?? 0, y: n.y ?? 0 }]));
}
