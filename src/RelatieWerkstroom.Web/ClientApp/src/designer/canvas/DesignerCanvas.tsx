import {
  applyNodeChanges,
  Background,
  ControlButton,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  useStoreApi,
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
import { minimapSize, type Size } from './minimap';
import { openingView, readableZoom } from './openingView';

const nodeTypes = { activity: ActivityNode };

const minimapKey = 'werkstroom.designer.minimap';

function readMinimapChoice(): boolean {
  try {
    return localStorage.getItem(minimapKey) !== 'hidden';
  } catch {
    return true;
  }
}

function writeMinimapChoice(shown: boolean) {
  try {
    localStorage.setItem(minimapKey, shown ? 'shown' : 'hidden');
  } catch {
    // Without storage the choice lasts as long as the page.
  }
}

interface Props {
  /** A definition to show read-only (a diff or an instance); without it the canvas edits the store's definition. */
  readOnlyDefinition?: ElsaDefinition;
  decorations?: NodeDecorations;
  /** Open centred on this activity (an instance's waiting step) instead of on the flowchart's beginning. */
  focusId?: string;
  /** Called once the canvas has drawn its nodes for the first time (the measurement of "time to open"). */
  onReady?: () => void;
  /** The designer's "Alles in beeld" (readable zoom at least), also behind the canvas' own fit button. */
  onFit?: () => void;
  ariaLabel: string;
}

/** The flowchart canvas. Edits go through the store; a drag is written into the definition once, when it ends. */
export function DesignerCanvas({ readOnlyDefinition, decorations, focusId, onReady, onFit, ariaLabel }: Props) {
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
  // The minimap is sized to the canvas (a corner, never half of it on a 1024 px screen) and can be hidden; the choice is kept.
  const [canvasSize, setCanvasSize] = useState<Size | null>(null);
  useEffect(() => {
    const element = canvasRef.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const width = Math.round(entry.contentRect.width);
      const height = Math.round(entry.contentRect.height);
      setCanvasSize((old) => (old && old.width === width && old.height === height ? old : { width, height }));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const [showMinimap, setShowMinimap] = useState(() => readMinimapChoice());
  const minimap = useMemo(() => minimapSize(nodes.map((n) => n.position), canvasSize), [nodes, canvasSize]);
  const toggleMinimap = () =>
    setShowMinimap((shown) => {
      writeMinimapChoice(!shown);
      return !shown;
    });

  useEffect(() => {
    if (!definition) return;
    const previous = new Map(nodesRef.current.map((n) => [n.id, n]));
    setNodes(toNodes(definition, descriptors, readOnly ? new Set() : selectedNodes, decorations, previous));
  }, [definition, descriptors, selectedNodes, decorations, readOnly]);

  const edges = useMemo(() => {
    if (!definition) return [];
    const drawn = toEdges(definition, readOnly ? new Set() : selectedEdges);
    const marks = decorations?.marks;
    if (!marks) return drawn;
    // In an instance: a connection is on the executed path when it runs from an executed step to one that ran or waits.
    return drawn.map((e) => {
      const from = marks.get(e.source);
      const to = marks.get(e.target);
      return from === 'executed' && (to === 'executed' || to === 'waiting') ? { ...e, className: 'rw-edge--executed' } : e;
    });
  }, [definition, selectedEdges, readOnly, decorations]);

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

  const { fitView, setViewport } = useReactFlow();
  const flowStore = useStoreApi<ActivityFlowNode>();
  const readyRef = useRef(false);
  useEffect(() => {
    if (readyRef.current || nodes.length === 0) return;
    readyRef.current = true;
    // After the panels beside the canvas have taken their room: the pane's own size, not the first guess.
    let fired = false;
    const frame = window.requestAnimationFrame(() => {
      fired = true;
      const { width, height } = flowStore.getState();
      const box = canvasRef.current?.getBoundingClientRect();
      const w = width || box?.width || 800;
      const h = height || box?.height || 600;
      const current = nodesRef.current;
      const focus = focusId ? current.find((n) => n.id === focusId) : undefined;
      const view = focus
        ? { zoom: 0.8, x: w / 2 - (focus.position.x + (focus.width ?? 240) / 2) * 0.8, y: h / 3 - (focus.position.y + (focus.height ?? 64) / 2) * 0.8 }
        : openingView(current, w, h);
      const opened = view ? setViewport(view) : fitView({ padding: 0.05, maxZoom: 1 });
      void Promise.resolve(opened).then(() => onReady?.());
    });
    return () => {
      // Nodes that change before the view is set (their sizes measured) postpone it by a frame; afterwards it stays.
      if (!fired) {
        window.cancelAnimationFrame(frame);
        readyRef.current = false;
      }
    };
  }, [nodes, fitView, setViewport, onReady, focusId, flowStore]);

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
        // The wheel scrolls the canvas (Ctrl with the wheel, or a pinch, zooms): what does not fit readably is a scroll away.
        panOnScroll
        minZoom={0.05}
        maxZoom={2}
        ariaLabelConfig={ariaLabels}
        proOptions={{ hideAttribution: true }}
      >
        <Background />
        <Controls showInteractive={false} showFitView={!onFit} fitViewOptions={{ padding: 0.05, minZoom: readableZoom, maxZoom: 1 }}>
          {onFit ? (
            <ControlButton onClick={onFit} aria-label={t('a11y.fitView')} title={t('a11y.fitView')}>
              {/* Four corners: the frame the flowchart is fitted into. */}
              <svg viewBox="0 0 32 32" aria-hidden="true" style={{ fill: 'none' }}>
                <path d="M3 11V3h8M21 3h8v8M29 21v8h-8M11 29H3v-8" stroke="currentColor" strokeWidth="3.5" />
              </svg>
            </ControlButton>
          ) : null}
          <ControlButton
            onClick={toggleMinimap}
            disabled={!minimap}
            aria-pressed={showMinimap && minimap !== null}
            aria-label={t('a11y.minimapToggle')}
            title={minimap ? t('a11y.minimapToggle') : t('a11y.minimapTooSmall')}
          >
            {/* A folded map. */}
            <svg viewBox="0 0 32 32" aria-hidden="true" style={{ fill: 'none' }}>
              <path d="M3 7l8-3 10 3 8-3v21l-8 3-10-3-8 3zM11 4v21M21 7v21" stroke="currentColor" strokeWidth="2.5" strokeLinejoin="round" />
            </svg>
          </ControlButton>
        </Controls>
        {showMinimap && minimap ? (
          <MiniMap pannable zoomable ariaLabel={t('a11y.minimap')} nodeColor="#6b6b6b" nodeStrokeColor="#1a1a1a" maskColor="rgba(230, 230, 230, 0.55)" style={minimap} />
        ) : null}
      </ReactFlow>
    </div>
    </NodeLabelsContext.Provider>
  );
}
