import { Background, Controls, MarkerType, ReactFlow, ReactFlowProvider, useReactFlow, type Edge, type Node, type NodeProps, Handle, Position } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { memo, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { count } from './numbers';
import { layoutProcessMap } from './processLayout';
import type { ProcessMap } from './useReport';

type StepData = { name: string; kind: string; origin: string | null; executions: number | null; medianHours: number | null; suppressed: boolean };
type StepNode = Node<StepData, 'step'>;

function StepNodeView({ data }: NodeProps<StepNode>) {
  const { t, i18n } = useTranslation('audit');
  const classes = ['rw-pm-node', `rw-pm-node--${data.kind}`, data.origin ? `rw-pm-node--${data.origin}` : ''].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      <Handle type="target" position={Position.Top} aria-hidden="true" />
      <div className="rw-pm-node__name">{data.name}</div>
      <div className="rw-pm-node__figures">
        {data.suppressed
          ? t('processMap.small')
          : data.kind === 'step'
            ? t('processMap.nodeFigures', { executions: count(data.executions, i18n.language), hours: count(data.medianHours, i18n.language, 1) })
            : t('processMap.instances', { count: data.executions ?? 0, shown: count(data.executions, i18n.language) })}
      </div>
      {data.origin ? <div className="rw-pm-node__origin">{t(`origins.${data.origin}`, { defaultValue: data.origin })}</div> : null}
      <Handle type="source" position={Position.Bottom} aria-hidden="true" />
    </div>
  );
}

const nodeTypes = { step: memo(StepNodeView) };

function Graph({ map }: { map: ProcessMap }) {
  const { t, i18n } = useTranslation('audit');
  const { fitView } = useReactFlow();
  const [positions, setPositions] = useState<Map<string, { x: number; y: number }> | null>(null);

  useEffect(() => {
    let cancelled = false;
    void layoutProcessMap(map.nodes, map.edges).then((p) => {
      if (!cancelled) setPositions(p);
    });
    return () => {
      cancelled = true;
    };
  }, [map]);

  const max = Math.max(1, ...map.edges.map((e) => e.count ?? 0));
  const nodes = useMemo<StepNode[]>(
    () =>
      positions
        ? map.nodes.map((n) => ({
            id: n.id,
            type: 'step',
            position: positions.get(n.id) ?? { x: 0, y: 0 },
            data: { name: n.name, kind: n.kind, origin: n.origin ?? null, executions: n.executions ?? null, medianHours: n.medianHours ?? null, suppressed: n.suppressed },
            draggable: false,
            selectable: false,
            focusable: false,
          }))
        : [],
    [map, positions],
  );
  const edges = useMemo<Edge[]>(
    () =>
      map.edges.map((e, i) => ({
        id: `e${i}`,
        source: e.from,
        target: e.to,
        label: e.suppressed ? t('processMap.smallEdge') : t('processMap.edgeFigures', { count: count(e.count, i18n.language), hours: count(e.medianHours, i18n.language, 1) }),
        markerEnd: { type: MarkerType.ArrowClosed },
        className: e.suppressed ? 'rw-pm-edge rw-pm-edge--small' : 'rw-pm-edge',
        // Thicker for frequent hand-overs; the label carries the number, so width is never the only cue.
        style: { strokeWidth: 1 + Math.round(((e.count ?? 0) / max) * 5) },
        focusable: false,
      })),
    [map, max, t, i18n.language],
  );

  useEffect(() => {
    if (nodes.length > 0) void fitView({ padding: 0.1, maxZoom: 1 });
  }, [nodes, fitView]);

  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      nodesDraggable={false}
      nodesConnectable={false}
      nodesFocusable={false}
      edgesFocusable={false}
      elementsSelectable={false}
      minZoom={0.1}
      maxZoom={1.5}
      proOptions={{ hideAttribution: true }}
      ariaLabelConfig={{
        'controls.ariaLabel': t('processMap.controls'),
        'controls.zoomIn.ariaLabel': t('processMap.zoomIn'),
        'controls.zoomOut.ariaLabel': t('processMap.zoomOut'),
        'controls.fitView.ariaLabel': t('processMap.fitView'),
        'controls.interactive.ariaLabel': t('processMap.fitView'),
      }}
    >
      <Background />
      <Controls showInteractive={false} />
    </ReactFlow>
  );
}

/** The directly-follows graph, laid out by ELK; the tables below it hold the same figures for keyboard and screen-reader users. */
export function ProcessMapGraph({ map }: { map: ProcessMap }) {
  const { t } = useTranslation('audit');
  return (
    <div className="rw-pm-canvas" role="region" aria-label={t('processMap.graphLabel')} data-testid="process-map-graph">
      <ReactFlowProvider>
        <Graph map={map} />
      </ReactFlowProvider>
    </div>
  );
}
