import type React from 'react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { designerApi, type VersionSummary } from '../api/designerApi';
import { diffDefinitions, type DefinitionDiff } from '../model/diff';
import { readDefinition, type ElsaDefinition } from '../model/elsa';
import { useDesignerStore } from '../state/designerStore';

export interface DiffSelection {
  before: ElsaDefinition;
  after: ElsaDefinition;
  diff: DefinitionDiff;
  label: string;
}

/** The versions of the workflow and the diff between two of them (the working copy counts as one). */
export function VersionsPanel({ definitionId, onShowDiff }: { definitionId: string; onShowDiff: (d: DiffSelection | null) => void }) {
  const { t } = useTranslation('designer');
  const versions = useQuery({ queryKey: ['definitions', definitionId, 'versions'], queryFn: () => designerApi.versions(definitionId) });
  const [before, setBefore] = useState<string>('');
  const [after, setAfter] = useState<string>('current');
  const [diff, setDiff] = useState<DiffSelection | null>(null);
  const [error, setError] = useState<string | null>(null);
  const list = versions.data ?? [];
  const published = list.find((v) => v.isPublished);
  const beforeValue = before || (published ? String(published.version) : '');

  const load = async (value: string): Promise<ElsaDefinition> => {
    if (value === 'current') return useDesignerStore.getState().definition!;
    return readDefinition(await designerApi.version(definitionId, Number(value)));
  };
  const compare = async () => {
    setError(null);
    try {
      const [b, a] = await Promise.all([load(beforeValue), load(after)]);
      const selection = { before: b, after: a, diff: diffDefinitions(b, a), label: t('versions.diffLabel', { before: label(beforeValue), after: label(after) }) };
      setDiff(selection);
      onShowDiff(selection);
      useDesignerStore.getState().announce(t('versions.diffDone', { added: selection.diff.added.length, removed: selection.diff.removed.length, changed: selection.diff.changed.length }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const label = (value: string) => (value === 'current' ? t('versions.current') : t('versions.version', { version: value }));
  const option = (v: VersionSummary) => (
    <option key={v.id} value={String(v.version)}>
      {t('versions.version', { version: v.version })} · {v.isPublished ? t('versions.published') : v.isLatest ? t('versions.draft') : t('versions.old')}
    </option>
  );
  return (
    <section className="rw-panel" aria-labelledby="rw-versions-title">
      <h2 id="rw-versions-title" className="rw-panel__title">{t('versions.title')}</h2>
      <table className="utrecht-table rw-table">
        <caption className="rw-visually-hidden">{t('versions.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('versions.number')}</th>
            <th scope="col">{t('versions.state')}</th>
            <th scope="col">{t('list.changed')}</th>
          </tr>
        </thead>
        <tbody>
          {list.map((v) => (
            <tr key={v.id}>
              <th scope="row">{v.version}</th>
              <td>{v.isPublished ? t('versions.published') : v.isLatest ? t('versions.draft') : t('versions.old')}</td>
              <td>{[v.changedBy, v.changedAt ? new Date(v.changedAt).toLocaleString() : null].filter(Boolean).join(' · ') || '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="rw-inline">
        <label htmlFor="rw-diff-before">{t('versions.before')}</label>
        <select id="rw-diff-before" className="utrecht-select" value={beforeValue} onChange={(e) => setBefore(e.target.value)}>
            {list.map(option)}
          </select>
        <label htmlFor="rw-diff-after">{t('versions.after')}</label>
        <select id="rw-diff-after" className="utrecht-select" value={after} onChange={(e) => setAfter(e.target.value)}>
            <option value="current">{t('versions.current')}</option>
            {list.map(option)}
          </select>
        <button type="button" className="utrecht-button utrecht-button--primary-action" disabled={!beforeValue} onClick={() => void compare()}>
          {t('versions.compare')}
        </button>
        {diff ? (
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => { setDiff(null); onShowDiff(null); }}>
            {t('versions.closeDiff')}
          </button>
        ) : null}
      </div>
      {error ? <p role="alert">{error}</p> : null}
      {diff ? <DiffList diff={diff.diff} /> : null}
    </section>
  );
}

function DiffList({ diff }: { diff: DefinitionDiff }) {
  const { t } = useTranslation('designer');
  return (
    <div id="rw-diff">
      <h3>{t('versions.changes')}</h3>
      <ul>
        {diff.added.map((a) => <li key={`a${a.id}`}><strong>{t('mark.added')}</strong>: {a.name}</li>)}
        {diff.removed.map((a) => <li key={`r${a.id}`}><strong>{t('mark.removed')}</strong>: {a.name}</li>)}
        {diff.changed.map((a) => (
          <li key={`c${a.id}`}>
            <strong>{t('mark.changed')}</strong>: {a.name} — {a.fields.map((f) => <code key={f}>{f}</code>).reduce<React.ReactNode[]>((acc, el, i) => (i ? [...acc, ', ', el] : [el]), [])}
          </li>
        ))}
        {diff.connectionsAdded.map((c, i) => <li key={`ca${i}`}>{t('versions.connectionAdded', { source: c.source.activity, port: c.source.port, target: c.target.activity })}</li>)}
        {diff.connectionsRemoved.map((c, i) => <li key={`cr${i}`}>{t('versions.connectionRemoved', { source: c.source.activity, port: c.source.port, target: c.target.activity })}</li>)}
        {diff.definitionFields.map((f) => <li key={`d${f}`}>{t('versions.definitionField', { field: f })}</li>)}
      </ul>
      {diff.added.length + diff.removed.length + diff.changed.length + diff.connectionsAdded.length + diff.connectionsRemoved.length + diff.definitionFields.length === 0 ? (
        <p>{t('versions.noChanges')}</p>
      ) : null}
    </div>
  );
}
