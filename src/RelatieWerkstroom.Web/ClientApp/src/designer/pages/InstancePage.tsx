import { useQuery } from '@tanstack/react-query';
import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageTitle } from '../../components/PageTitle';
import '../designer.css';
import { designerApi } from '../api/designerApi';
import { DesignerCanvas } from '../canvas/DesignerCanvas';
import { activityName, readDefinition } from '../model/elsa';
import { instanceMarks } from '../model/instancePath';
import { useDesignerStore } from '../state/designerStore';

/** An instance on its definition's canvas: the executed path and the waiting steps marked, the journal beside it. */
export function InstancePage() {
  const { t, i18n } = useTranslation('designer');
  const { instanceId = '' } = useParams();
  const descriptors = useQuery({ queryKey: ['activity-descriptors'], queryFn: designerApi.descriptors, staleTime: Infinity });
  const instance = useQuery({ queryKey: ['instances', instanceId], queryFn: () => designerApi.instance(instanceId) });
  const journal = useQuery({ queryKey: ['instances', instanceId, 'journal'], queryFn: () => designerApi.journal(instanceId) });
  const definition = useQuery({
    queryKey: ['definitions', instance.data?.definitionId, 'version', instance.data?.definitionVersion],
    queryFn: () => designerApi.version(instance.data!.definitionId, instance.data!.definitionVersion),
    enabled: !!instance.data,
  });
  useEffect(() => {
    if (descriptors.data) useDesignerStore.getState().setDescriptors(descriptors.data);
  }, [descriptors.data]);
  const waitingIds = useMemo(() => (instance.data?.bookmarks ?? []).map((b) => b.activityId), [instance.data]);
  const marks = useMemo(() => instanceMarks(journal.data ?? [], waitingIds.map((activityId) => ({ activityId }))), [journal.data, waitingIds]);
  const decorations = useMemo(() => ({ marks }), [marks]);
  const shown = useMemo(() => (definition.data ? readDefinition(definition.data) : undefined), [definition.data]);
  const error = instance.error ?? journal.error ?? definition.error ?? descriptors.error;
  if (error) return <ErrorAlert error={error} />;
  if (!shown || !journal.data || !descriptors.data || !instance.data) return <Loading />;
  const name = String(shown.name ?? shown.definitionId);
  const byId = new Map(shown.root.activities.map((a) => [a.id, a]));
  const waitingNames = waitingIds.map((id) => (byId.get(id) ? activityName(byId.get(id)!) : id));
  const status = t(`instances.statuses.${instance.data.status}`, { defaultValue: instance.data.status });
  return (
    <section className="rw-designer">
      <div className="rw-designer__head">
        <PageTitle>{t('instance.title', { id: instanceId.slice(0, 8) })}</PageTitle>
        <p>{t('instance.summary', { name, version: instance.data.definitionVersion, status })}</p>
        <Link to={`/ontwerper/${encodeURIComponent(instance.data.definitionId)}`}>{t('instance.back')}</Link>
      </div>
      <p className="rw-prop__help" id="rw-instance-waiting">
        {waitingNames.length > 0 ? t('instance.waitingAt', { steps: waitingNames.join(', ') }) : t('instance.notWaiting')} · {t('instance.legend')}
      </p>
      <div className="rw-instance">
        <ReactFlowProvider>
          <DesignerCanvas readOnlyDefinition={shown} decorations={decorations} focusId={waitingIds[0]} ariaLabel={t('canvas.label', { name })} />
        </ReactFlowProvider>
        <div className="rw-designer__side rw-journal" role="region" aria-labelledby="rw-journal-title" tabIndex={0}>
          <h2 className="rw-panel__title" id="rw-journal-title">{t('instance.journal')}</h2>
          <table className="utrecht-table rw-table" id="rw-journal" aria-labelledby="rw-journal-title">
            <thead>
              <tr>
                <th scope="col">{t('instance.when')}</th>
                <th scope="col">{t('instance.what')}</th>
                <th scope="col">{t('instance.step')}</th>
                <th scope="col">{t('instance.outcome')}</th>
                <th scope="col">{t('instance.actor')}</th>
              </tr>
            </thead>
            <tbody>
              {journal.data.map((row) => (
                <tr key={row.sequence}>
                  <td>{new Date(row.timestamp).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' })}</td>
                  <td>{t(`instance.kinds.${row.kind}`, { defaultValue: row.kind })}</td>
                  <td>{row.activityName ?? (row.activityId ? (byId.get(row.activityId) ? activityName(byId.get(row.activityId)!) : row.activityId) : '–')}</td>
                  <td>{row.outcome ?? ''}</td>
                  <td>{row.actor ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
