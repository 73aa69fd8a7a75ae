import type { ElkNode } from 'elkjs/lib/elk-api';

type Elk = { layout: (graph: ElkNode) => Promise<ElkNode> };
let elk: Promise<Elk> | undefined;

/** ELK is loaded only when a process map is laid out, and runs in a Web Worker. */
function loadElk(): Promise<Elk> {
  elk ??= Promise.all([import('elkjs/lib/elk-api.js'), import('elkjs/lib/elk-worker.min.js?url')]).then(
    ([api, worker]) => new api.default({ workerFactory: () => new Worker(worker.default) }) as unknown as Elk,
  );
  return elk;
}

export const nodeWidth = 220;
export const nodeHeight = 72;

/** The graph as ELK wants it: top to bottom, the most frequent path straight where possible. */
export function toElk(nodes: readonly { id: string }[], edges: readonly { from: string; to: string }[]): ElkNode {
  const ids = new Set(nodes.map((n) => n.id));
  return {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.layered.spacing.nodeNodeBetweenLayers': '70',
      'elk.spacing.nodeNode': '50',
      'elk.layered.cycleBreaking.strategy': 'DEPTH_FIRST',
      'elk.edgeLabels.inline': 'true',
    },
    children: nodes.map((n) => ({ id: n.id, width: nodeWidth, height: nodeHeight })),
    edges: edges
      .filter((e) => ids.has(e.from) && ids.has(e.to) && e.from !== e.to)
      .map((e, i) => ({ id: `e${i}`, sources: [e.from], targets: [e.to] })),
  };
}

/** Positions of the nodes after layout. */
export async function layoutProcessMap(nodes: readonly { id: string }[], edges: readonly { from: string; to: string }[]): Promise<Map<string, { x: number; y: number }>> {
  const instance = await loadElk();
  const result = await instance.layout(toElk(nodes, edges));
  return new Map((result.children ?? []).map((c) => [c.id, { x: c.x ?? 0, y: c.y ?? 0 }]));
}
