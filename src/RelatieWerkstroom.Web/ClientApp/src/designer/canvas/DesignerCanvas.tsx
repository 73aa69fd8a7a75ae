import {
  applyNodeChanges,
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type IsValidConnection,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addConnection, moveActivities } from '../model/edit';
import type { ElsaDefinition, Position } from '../model/elsa';
import { toEdges, toNodes, type ActivityFlowNode, type NodeDecorations } from '../model/flowGraph';
import { connectionRefusal } from '../model/ports';
import { useDesignerStore } from '../state/designerStore';
import { ActivityNode } from './ActivityNode';
import { NodeLabelsContext } from './nodeLabels';
import { useTypeLabel } from './typeLabel';

const nodeTypes = { activity: ActivityNode };

/** Below this zoom the node texts cannot be read. */
const readableZoom = 0.8;
/** How much of a long flowchart (in canvas units from its left edge) the designer opens on. */
const openingWidth = 1300;

interface Props {
  /** A definition to show read-only (a diff or an instance); without it the canvas edits the store's definition. */
  readOnlyDefinition?: ElsaDefinition;
  decorations?: NodeDecorations;
  /** Called once the canvas has drawn its nodes for the first time (the measurement of "time to open"). */
  onReady?: () => void;
  ariaLabel: string;
}

/** The flowchart canvas. Edits go through the store; a drag is written into the definition once, when it ends. */
export function DesignerCanvas({ readOnlyDefinition, decorations, onReady, ariaLabel }: Props) {
  const { t } = useTranslation('designer');
  const typeLabel = useTypeLabel();
  const labels = useMemo(() => ({ t, typeLabel }), [t, typeLabel]);
  const canvasRef = useRef<HTMLDivElement>(null);
  const storeDefinition = useDesignerStore((s) => s.definition);
  const descriptors = useDesignerStore((s) => s.descriptors);
  const selectedNodes = useDesignerStore((s) => s.selectedNodes);
  const selectedEdges = useDesignerStore((s) => s.selectedEdges);
  const definition = readOnlyDefinition ?? storeDefinition;
  const readOnly = readOnlyDefinition !== undefined;
  const [nodes, setNodes] = useState<ActivityFlowNode[]>([]);
  const nodesRef = useRef(nodes);
  nodesRef.current = nodes;

  useEffect(() => {
    if (!definition) return;
    const previous = new Map(nodesRef.current.map((n) => [n.id, n]));
    setNodes(toNodes(definition, descriptors, readOnly ? new Set() : selectedNodes, decorations, previous));
  }, [definition, descriptors, selectedNodes, decorations, readOnly]);

  const edges = useMemo(() => (definition ? toEdges(definition, readOnly ? new Set() : selectedEdges) : []), [definition, selectedEdges, readOnly]);

  const onNodesChange = useCallback(
    (changes: NodeChange<ActivityFlowNode>[]) => {
      setNodes((current) => applyNodeChanges(changes, current));
      if (readOnly) return;
      const store = useDesignerStore.getState();
      const dropped = new Map<string, Position>();
      let selection: Set<string> | undefined;
      for (const change of changes) {
        if (change.type === 'position' && change.position && !change.dragging) dropped.set(change.id, change.position);
        if (change.type === 'select') {
          selection ??= new Set(store.selectedNodes);
          if (change.selected) selection.add(change.id);
          else selection.delete(change.id);
        }
      }
      // Arrow keys move a node without a drag; both end up here as a position without `dragging`.
      if (dropped.size > 0) store.edit((d) => moveActivities(d, dropped));
      if (selection) store.select(selection, store.selectedEdges);
    },
    [readOnly],
  );

  const onNodeDragStop = useCallback(
    (_: unknown, __: unknown, dragged: ActivityFlowNode[]) => {
      if (readOnly) return;
      useDesignerStore.getState().edit((d) => moveActivities(d, new Map(dragged.map((n) => [n.id, n.position]))));
    },
    [readOnly],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      if (readOnly) return;
      const store = useDesignerStore.getState();
      let selection: Set<string> | undefined;
      for (const change of changes) {
        if (change.type !== 'select') continue;
        selection ??= new Set(store.selectedEdges);
        if (change.selected) selection.add(change.id);
        else selection.delete(change.id);
      }
      if (selection) store.select(store.selectedNodes, selection);
    },
    [readOnly],
  );

  const isValidConnection: IsValidConnection = useCallback(
    (c) => {
      const d = useDesignerStore.getState().definition;
      return !!d && connectionRefusal(d, descriptors, { source: c.source, sourcePort: c.sourceHandle, target: c.target, targetPort: c.targetHandle }) === undefined;
    },
    [descriptors],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      const store = useDesignerStore.getState();
      const d = store.definition;
      if (!d || !c.sourceHandle) return;
      const refusal = connectionRefusal(d, descriptors, { source: c.source, sourcePort: c.sourceHandle, target: c.target, targetPort: c.targetHandle });
      if (refusal) {
        store.announce(t(`connect.refused.${refusal}`));
        return;
      }
      store.edit((def) => addConnection(def, c.source, c.sourceHandle!, c.target));
      store.announce(t('connect.done', { source: c.source, port: c.sourceHandle, target: c.target }));
    },
    [descriptors, t],
  );

  const { fitView } = useReactFlow();
  const readyRef = useRef(false);
  useEffect(() => {
    if (readyRef.current || nodes.length === 0) return;
    readyRef.current = true;
    // A long flowchart fitted whole is unreadable (and draws every node at once): open on its beginning
    // instead; "Alles in beeld" shows all of it.
    const left = Math.min(...nodes.map((n) => n.position.x));
    const right = Math.max(...nodes.map((n) => n.position.x + (n.width ?? 240)));
    const top = Math.min(...nodes.map((n) => n.position.y));
    const bottom = Math.max(...nodes.map((n) => n.position.y + (n.height ?? 64)));
    const box = canvasRef.current?.getBoundingClientRect();
    const wholeZoom = box ? Math.min(box.width / (right - left || 1), box.height / (bottom - top || 1)) * 0.9 : 1;
    const start = wholeZoom < readableZoom ? nodes.filter((n) => n.position.x < left + openingWidth) : nodes;
    void fitView({ nodes: start.map((n) => ({ id: n.id })), padding: 0.1, minZoom: start === nodes ? Math.min(readableZoom, wholeZoom) : readableZoom, maxZoom: 1 }).then(() => onReady?.());
  }, [nodes, fitView, onReady]);

  const ariaLabels = useMemo(
    () => ({
      'node.a11yDescription.default': t('a11y.node'),
      'node.a11yDescription.keyboardDisabled': t('a11y.nodeKeyboard'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }: { direction: string; x: number; y: number }) =>
        t('a11y.moved', { direction: t(`a11y.direction.${direction}`, { defaultValue: direction }), x, y }),
      'edge.a11yDescription.default': t('a11y.edge'),
      'controls.ariaLabel': t('a11y.controls'),
      'controls.zoomIn.ariaLabel': t('a11y.zoomIn'),
      'controls.zoomOut.ariaLabel': t('a11y.zoomOut'),
      'controls.fitView.ariaLabel': t('a11y.fitView'),
      'controls.interactive.ariaLabel': t('a11y.interactive'),
      'minimap.ariaLabel': t('a11y.minimap'),
      'handle.ariaLabel': t('a11y.handle'),
    }),
    [t],
  );

  return (
    <NodeLabelsContext.Provider value={labels}>
    <div className="rw-canvas" aria-label={ariaLabel} role="region" ref={canvasRef}>
      <ReactFlow<ActivityFlowNode>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        isValidConnection={isValidConnection}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        elementsSelectable={!readOnly}
        deleteKeyCode={null}
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        selectionKeyCode="Shift"
        onlyRenderVisibleElements
        minZoom={0.05}
        maxZoom={2}
        ariaLabelConfig={ariaLabels}
        proOptions={{ hideAttribution: true }}
      >
        <Background />
        <Controls showInteractive={false} />
        <MiniMap pannable zoomable ariaLabel={t('a11y.minimap')} />
      </ReactFlow>
    </div>
    </NodeLabelsContext.Provider>
  );
}
