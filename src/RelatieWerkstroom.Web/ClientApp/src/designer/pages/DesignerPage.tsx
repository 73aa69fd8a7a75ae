import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import '../designer.css';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LiveAnnouncer } from '../../components/LiveAnnouncer';
import { Loading } from '../../components/Loading';
import { designerApi, problemsFromError } from '../api/designerApi';
import { DesignerCanvas } from '../canvas/DesignerCanvas';
import { GoToStep } from '../canvas/GoToStep';
import { readableZoom } from '../canvas/openingView';
import { useReadableFit } from '../canvas/useReadableFit';
import { autoLayout } from '../layout/autoLayout';
import { moveActivities } from '../model/edit';
import { readDefinition, type ElsaDefinition } from '../model/elsa';
import { needsLayout, type NodeDecorations, type NodeMark } from '../model/flowGraph';
import { BurdenPanel } from '../panels/BurdenPanel';
import { Palette } from '../panels/Palette';
import { problemSummary, ProblemsPanel } from '../panels/ProblemsPanel';
import { countProblems, problemsByActivity } from '../model/problems';
import { PropertyPanel } from '../panels/PropertyPanel';
import { Tabs } from '../panels/Tabs';
import { VersionsPanel, type DiffSelection } from '../panels/VersionsPanel';
import { useWhatIf, WhatIfPanel, WhatIfResults } from '../panels/WhatIfPanel';
import { InstancesPanel } from '../panels/InstancesPanel';
import { redo, undo, useDesignerStore } from '../state/designerStore';
import { useLiveValidation } from '../state/useLiveValidation';
import { newDefinition } from './newDefinition';
import { markOpened } from './openTiming';
import { ToolbarIcon } from './ToolbarIcon';

/** The designer for one workflow: palette, canvas, and the panels for properties, problems, burden and versions. */
export function DesignerPage() {
  return (
    <ReactFlowProvider>
      <DesignerScreen />
    </ReactFlowProvider>
  );
}

function DesignerScreen() {
  const { t } = useTranslation('designer');
  const { definitionId = '' } = useParams();
  const [search] = useSearchParams();
  const isNew = definitionId === 'nieuw';
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const descriptors = useQuery({ queryKey: ['activity-descriptors'], queryFn: designerApi.descriptors, staleTime: Infinity });
  const latest = useQuery({ queryKey: ['definitions', definitionId, 'latest'], queryFn: () => designerApi.latest(definitionId), enabled: !isNew });
  const versions = useQuery({ queryKey: ['definitions', definitionId, 'versions'], queryFn: () => designerApi.versions(definitionId), enabled: !isNew });
  const publishedVersion = versions.data?.find((v) => v.isPublished)?.version;
  const published = useQuery({
    queryKey: ['definitions', definitionId, 'version', publishedVersion],
    queryFn: () => designerApi.version(definitionId, publishedVersion!),
    enabled: publishedVersion !== undefined,
  });
  const definition = useDesignerStore((s) => s.definition);
  const problems = useDesignerStore((s) => s.problems);
  const announcement = useDesignerStore((s) => s.announcement);
  const validations = useDesignerStore((s) => s.validations);
  const dirty = useDesignerStore((s) => s.dirty);
  const [tab, setTab] = useState('properties');
  const [showPalette, setShowPalette] = useState(true);
  const [showSide, setShowSide] = useState(true);
  // The canvas takes the window's height below the toolbar (whatever the toolbar's wrapping), so the flowchart is the screen.
  const bodyRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const fit = () => {
      const top = body.getBoundingClientRect().top + window.scrollY;
      body.style.blockSize = `${Math.max(448, window.innerHeight - top - 8)}px`;
    };
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  });
  const [diff, setDiff] = useState<DiffSelection | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const readableFit = useReadableFit();
  // "Alles in beeld" stops at a readable zoom; when that is not all, the screen reader hears how to reach the rest.
  const fit = useCallback(async () => {
    const whole = await readableFit();
    if (!whole) useDesignerStore.getState().announce(t('toolbar.fitPartial', { percent: Math.round(readableZoom * 100) }));
  }, [readableFit, t]);
  const { checking } = useLiveValidation();
  // The what-if run lives here: its form is a tab, its results stand under the canvas and stay while tabs change.
  const whatIf = useWhatIf(definitionId);
  const fieldFocus = useDesignerStore((s) => s.fieldFocus);
  // A click on a problem opens the property panel on its field.
  useEffect(() => {
    if (fieldFocus) {
      setTab('properties');
      setShowSide(true);
    }
  }, [fieldFocus]);

  useEffect(() => {
    if (descriptors.data) useDesignerStore.getState().setDescriptors(descriptors.data);
  }, [descriptors.data]);

  // Load once per opened workflow; later refetches (after saving) must not throw away the undo history.
  const [loadedFor, setLoadedFor] = useState<string | null>(null);
  useEffect(() => {
    if (loadedFor === definitionId) return;
    if (isNew) {
      const name = search.get('naam') ?? t('list.untitled');
      useDesignerStore.getState().load(newDefinition(search.get('id') ?? 'nieuwe-werkstroom', name));
      setLoadedFor(definitionId);
    } else if (latest.data) {
      useDesignerStore.getState().load(readDefinition(latest.data));
      setLoadedFor(definitionId);
    }
  }, [definitionId, isNew, latest.data, loadedFor, search, t]);

  const layout = useCallback(async () => {
    const store = useDesignerStore.getState();
    if (!store.definition) return;
    setBusy('layout');
    try {
      const positions = await autoLayout(store.definition, store.descriptors);
      store.edit((d) => moveActivities(d, positions));
      store.announce(t('toolbar.laidOut'));
      window.requestAnimationFrame(() => void fit());
    } finally {
      setBusy(null);
    }
  }, [fit, t]);

  // A file without positions (an Elsa export without designer data) is laid out when it opens.
  useEffect(() => {
    if (definition && descriptors.data && loadedFor === definitionId && needsLayout(definition) && definition.root.activities.length > 0) void layout();
    // Only on opening: later edits keep their positions.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loadedFor, descriptors.data]);

  const save = useCallback(async (): Promise<ElsaDefinition | undefined> => {
    const store = useDesignerStore.getState();
    if (!store.definition) return undefined;
    setBusy('save');
    setError(null);
    try {
      const saved = readDefinition(await designerApi.saveDraft(store.definition));
      store.markSaved(saved);
      await queryClient.invalidateQueries({ queryKey: ['definitions'] });
      store.announce(t('toolbar.saved', { version: saved.version }));
      if (isNew) {
        // The workflow now exists on the server: give it its own address without reloading it (the history stays).
        setLoadedFor(String(saved.definitionId));
        navigate(`/ontwerper/${encodeURIComponent(String(saved.definitionId))}`, { replace: true });
      }
      return saved;
    } catch (e) {
      setError(e);
      store.announce(t('toolbar.saveFailed'));
      return undefined;
    } finally {
      setBusy(null);
    }
  }, [isNew, navigate, queryClient, t]);

  const publish = useCallback(async () => {
    const store = useDesignerStore.getState();
    if (!store.definition) return;
    setError(null);
    const current = store.definition;
    setBusy('publish');
    try {
      const found = await designerApi.validate(current);
      store.setProblems(found);
      // Only errors stop publishing; warnings are what Elsa 3 runs as it stands.
      const { errors } = countProblems(found);
      if (errors > 0) {
        setTab('problems');
        setShowSide(true);
        store.announce(t('toolbar.publishRefused', { count: errors }));
        return;
      }
    } finally {
      setBusy(null);
    }
    const saved = await save();
    if (!saved) return;
    setBusy('publish');
    try {
      const result = readDefinition(await designerApi.publish(String(saved.definitionId)));
      store.markSaved(result);
      await queryClient.invalidateQueries({ queryKey: ['definitions'] });
      store.announce(t('toolbar.published', { version: result.version }));
    } catch (e) {
      const serverProblems = problemsFromError(e);
      if (serverProblems.length) store.setProblems(serverProblems);
      setError(e);
      store.announce(t('toolbar.publishFailed'));
    } finally {
      setBusy(null);
    }
  }, [queryClient, save, t]);

  const copy = () => {
    const n = useDesignerStore.getState().copySelection();
    useDesignerStore.getState().announce(n ? t('toolbar.copied', { count: n }) : t('toolbar.nothingSelected'));
  };
  const paste = () => {
    const ids = useDesignerStore.getState().paste();
    useDesignerStore.getState().announce(ids.length ? t('toolbar.pasted', { count: ids.length }) : t('toolbar.clipboardEmpty'));
  };
  const remove = () => {
    const store = useDesignerStore.getState();
    const count = store.selectedNodes.size + store.selectedEdges.size;
    if (count === 0) return store.announce(t('toolbar.nothingSelected'));
    store.deleteSelection();
    store.announce(t('toolbar.deleted', { count }));
  };
  const selectAll = () => {
    const store = useDesignerStore.getState();
    if (!store.definition) return;
    store.select(store.definition.root.activities.map((a) => a.id));
    store.announce(t('toolbar.selectedAll', { count: store.definition.root.activities.length }));
  };
  const doUndo = () => {
    undo();
    useDesignerStore.getState().announce(t('toolbar.undone'));
  };
  const doRedo = () => {
    redo();
    useDesignerStore.getState().announce(t('toolbar.redone'));
  };

  const onKeyDown = (e: globalThis.KeyboardEvent) => {
    const target = e.target as HTMLElement;
    const mod = e.ctrlKey || e.metaKey;
    const key = e.key.toLowerCase();
    if (mod && key === 's') {
      // Saving also works from a field: leaving it first writes what was typed.
      e.preventDefault();
      target.blur?.();
      window.setTimeout(() => {
        target.focus?.();
        void save();
      }, 0);
      return;
    }
    if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
    if (mod && key === 'z' && !e.shiftKey) doUndo();
    else if (mod && (key === 'y' || (key === 'z' && e.shiftKey))) doRedo();
    else if (mod && key === 'c') copy();
    else if (mod && key === 'v') paste();
    else if (mod && key === 'a' && target.closest('.rw-canvas')) selectAll();
    else if (e.key === 'Escape' && target.closest('.rw-canvas')) useDesignerStore.getState().select([]);
    else if ((e.key === 'Delete' || e.key === 'Backspace') && target.closest('.rw-canvas')) remove();
    else return;
    e.preventDefault();
  };

  // Shortcuts work wherever the focus is on this page (after a button disappears the focus is on the body).
  const keyHandler = useRef(onKeyDown);
  keyHandler.current = onKeyDown;
  useEffect(() => {
    const listener = (e: globalThis.KeyboardEvent) => keyHandler.current(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const decorations = useMemo<NodeDecorations>(() => ({ problems: problemsByActivity(problems) }), [problems]);
  const diffDecorations = useMemo<NodeDecorations | undefined>(() => {
    if (!diff) return undefined;
    const marks = new Map<string, NodeMark>();
    for (const a of diff.diff.added) marks.set(a.id, 'added');
    for (const a of diff.diff.changed) marks.set(a.id, 'changed');
    return { marks };
  }, [diff]);

  if (descriptors.error || latest.error) return <ErrorAlert error={descriptors.error ?? latest.error} />;
  if (!definition || !descriptors.data || loadedFor !== definitionId) return <Loading />;

  const name = typeof definition.name === 'string' ? definition.name : String(definition.definitionId);
  const tabs = [
    { id: 'properties', label: t('tabs.properties'), content: <PropertyPanel /> },
    { id: 'problems', label: t('tabs.problems', { count: problems.length }), content: <ProblemsPanel checking={checking} /> },
    { id: 'burden', label: t('tabs.burden'), content: <BurdenPanel published={published.data ? readDefinition(published.data) : undefined} /> },
    ...(isNew ? [] : [
      { id: 'versions', label: t('tabs.versions'), content: <VersionsPanel definitionId={definitionId} onShowDiff={setDiff} /> },
      { id: 'whatif', label: t('tabs.whatIf'), content: <WhatIfPanel whatIf={whatIf} /> },
      { id: 'instances', label: t('tabs.instances'), content: <InstancesPanel definitionId={definitionId} /> },
    ]),
  ];

  return (
    <div className="rw-designer">
      <div className="rw-designer__head">
        <PageTitle>{t('page.title', { name })}</PageTitle>
        <p className="rw-prop__help">
          {definition.isPublished && !dirty ? t('page.statePublished', { version: definition.version }) : t('page.stateDraft', { version: definition.version })}
          {dirty ? ` · ${t('page.unsaved')}` : ''}
        </p>
        <GoToStep onSelected={() => { setTab('properties'); setShowSide(true); }} />
      </div>
      <div role="toolbar" aria-label={t('toolbar.label')} className="rw-toolbar">
        <div className="rw-toolbar__group">
          <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => void save()} disabled={busy !== null}>
            {t('toolbar.save')}
          </button>
          <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => void publish()} disabled={busy !== null}>
            {t('toolbar.publish')}
          </button>
        </div>
        <div className="rw-toolbar__group">
          {/* Icons with their names as label and tooltip: the toolbar fits on one line at 1280 px. */}
          {([
            ['undo', t('toolbar.undo'), doUndo, 'Control+Z'],
            ['redo', t('toolbar.redo'), doRedo, 'Control+Y'],
            ['copy', t('toolbar.copy'), copy, 'Control+C'],
            ['paste', t('toolbar.paste'), paste, 'Control+V'],
            ['delete', t('toolbar.delete'), remove, 'Delete'],
            ['selectAll', t('toolbar.selectAll'), selectAll, 'Control+A'],
          ] as const).map(([icon, label, action, keys]) => (
            <button key={icon} type="button" className="utrecht-button utrecht-button--secondary-action rw-toolbar__icon-button"
              onClick={action} aria-label={label} title={`${label} (${keys.replace('Control', 'Ctrl')})`} aria-keyshortcuts={keys}>
              <ToolbarIcon name={icon} />
            </button>
          ))}
        </div>
        <div className="rw-toolbar__group">
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void layout()} disabled={busy !== null}>{t('toolbar.layout')}</button>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void fit()}>{t('toolbar.fit')}</button>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" aria-expanded={showPalette} aria-controls="rw-palette" onClick={() => setShowPalette((v) => !v)}>
            {t('toolbar.palette')}
          </button>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" aria-expanded={showSide} aria-controls="rw-side" onClick={() => setShowSide((v) => !v)}>
            {t('toolbar.side')}
          </button>
        </div>
        {!isNew ? (
          <div className="rw-toolbar__group">
            <a className="utrecht-button utrecht-button--secondary-action rw-button-link" href={designerApi.exportUrl(definitionId)} download>
              {t('toolbar.export')}
            </a>
          </div>
        ) : null}
        {/* At the toolbar's end; it opens over the canvas, so opening it moves nothing. */}
        <details className="rw-shortcuts">
          <summary>{t('toolbar.shortcutsTitle')}</summary>
          <p className="rw-prop__help rw-shortcuts__text">{t('toolbar.shortcuts')}</p>
        </details>
      </div>
      <LiveAnnouncer id="rw-announcer" announcement={announcement} />
      {/* Every validation answer is said, also one equal to the last (a fix that leaves as many problems). */}
      <LiveAnnouncer
        id="rw-validation-status"
        announcement={{
          seq: validations,
          text: validations === 0 ? '' : problems.length === 0 ? t('problems.none') : t('problems.found', { list: problemSummary(t, countProblems(problems)) }),
        }}
      />
      {error ? <ErrorAlert error={error} /> : null}
      {diff ? (
        <p className="rw-diff-banner" role="status">
          {diff.label} ·{' '}
          <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => setDiff(null)}>
            {t('versions.closeDiff')}
          </button>
        </p>
      ) : null}
      <div ref={bodyRef} className={['rw-designer__body', showPalette ? '' : 'rw-designer__body--no-palette', showSide ? '' : 'rw-designer__body--no-side'].filter(Boolean).join(' ')}>
        {showPalette ? <Palette /> : null}
        <DesignerCanvas
          key={diff ? 'diff' : 'edit'}
          readOnlyDefinition={diff?.after}
          decorations={diff ? diffDecorations : decorations}
          onReady={markOpened}
          onFit={() => void fit()}
          ariaLabel={t('canvas.label', { name })}
        />
        {showSide ? (
        <div className="rw-designer__side" id="rw-side">
          <Tabs label={t('tabs.label')} tabs={tabs} active={tab} onChange={setTab} />
        </div>
        ) : null}
      </div>
      {!isNew ? <WhatIfResults whatIf={whatIf} /> : null}
    </div>
  );
}
