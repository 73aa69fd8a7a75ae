import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageTitle } from '../../components/PageTitle';
import '../designer.css';
import { designerApi, type DefinitionSummary } from '../api/designerApi';
import { readDefinition } from '../model/elsa';
import { copyDefinition, definitionIdFrom } from './newDefinition';

/** The workflows with their versions and state; new, duplicate, import and export. */
export function WorkflowListPage() {
  const { t } = useTranslation('designer');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: ['definitions', 'list'], queryFn: designerApi.list });
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState('');

  const create = (e: FormEvent) => {
    e.preventDefault();
    const id = definitionIdFrom(name);
    if (!id) return setNameError(t('list.nameRequired'));
    if (list.data?.some((d) => d.definitionId === id)) return setNameError(t('list.nameTaken', { id }));
    navigate(`/ontwerper/nieuw?naam=${encodeURIComponent(name.trim())}&id=${encodeURIComponent(id)}`);
  };

  const duplicate = async (d: DefinitionSummary) => {
    setError(null);
    try {
      const source = readDefinition(await designerApi.latest(d.definitionId));
      let id = `${d.definitionId}-kopie`;
      for (let n = 2; list.data?.some((x) => x.definitionId === id); n++) id = `${d.definitionId}-kopie-${n}`;
      const copy = copyDefinition(source, id, t('list.copyName', { name: d.name }));
      await designerApi.saveDraft(copy);
      await queryClient.invalidateQueries({ queryKey: ['definitions'] });
      setMessage(t('list.duplicated', { name: copy.name }));
    } catch (err) {
      setError(err);
    }
  };

  const importFile = async (file: File) => {
    setError(null);
    try {
      const text = await file.text();
      readDefinition(JSON.parse(text)); // a clear message before anything is sent
      const imported = await designerApi.importJson(text);
      await queryClient.invalidateQueries({ queryKey: ['definitions'] });
      setMessage(t('list.imported', { name: String(imported.name ?? imported.definitionId) }));
    } catch (err) {
      setError(err instanceof SyntaxError ? new Error(t('list.notJson', { file: file.name, message: err.message })) : err);
    }
  };

  return (
    <section>
      <PageTitle>{t('list.title')}</PageTitle>
      <div role="status" aria-live="polite" className="rw-status">{message}</div>
      {error ? (error instanceof Error && !('status' in error) ? <p role="alert" className="rw-field-problems">{error.message}</p> : <ErrorAlert error={error} />) : null}
      <div className="rw-list-actions">
        <form onSubmit={create} className="rw-inline" noValidate>
          <label htmlFor="rw-new-name">{t('list.newName')}</label>
          <input
            id="rw-new-name"
            className="utrecht-textbox utrecht-textbox--html-input"
            value={name}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? 'rw-new-name-error' : undefined}
            onChange={(e) => { setName(e.target.value); setNameError(null); }}
          />
          <button type="submit" className="utrecht-button utrecht-button--primary-action">{t('list.new')}</button>
          <span id="rw-new-name-error" aria-live="polite" className="rw-field-problems">{nameError}</span>
        </form>
        <div className="rw-inline">
          <label htmlFor="rw-import">{t('list.import')}</label>
          <input
            id="rw-import"
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void importFile(file);
              e.target.value = '';
            }}
          />
        </div>
      </div>
      {list.isLoading ? <Loading /> : null}
      {list.error ? <ErrorAlert error={list.error} /> : null}
      {list.data ? (
        <table className="utrecht-table rw-table" id="rw-definitions">
          <caption className="rw-visually-hidden">{t('list.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('list.name')}</th>
              <th scope="col">{t('list.versions')}</th>
              <th scope="col">{t('list.state')}</th>
              <th scope="col">{t('list.changed')}</th>
              <th scope="col">{t('list.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((d) => (
              <tr key={d.definitionId}>
                <th scope="row">
                  <AppLink to={`/ontwerper/${encodeURIComponent(d.definitionId)}`}>{d.name}</AppLink>
                  <br />
                  <code>{d.definitionId}</code>
                </th>
                <td>{t('list.versionInfo', { latest: d.latestVersion, published: d.publishedVersion ?? '–' })}</td>
                <td>{d.isPublished ? t('versions.published') : t('list.draftPending', { version: d.latestVersion })}</td>
                <td>{[d.changedBy, d.changedAt ? new Date(d.changedAt).toLocaleString() : null].filter(Boolean).join(' · ') || '–'}</td>
                <td className="rw-inline">
                  <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void duplicate(d)}>
                    {t('list.duplicate', { name: d.name })}
                  </button>
                  <a className="utrecht-link" href={designerApi.exportUrl(d.definitionId)} download>
                    {t('list.export', { name: d.name })}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
