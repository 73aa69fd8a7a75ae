import { useQuery } from '@tanstack/react-query';
import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageTitle } from '../../components/PageTitle';
import '../designer.css';
import { designerApi } from '../api/designerApi';
import { DesignerCanvas } from '../canvas/DesignerCanvas';
import { readDefinition } from '../model/elsa';
import { instanceMarks } from '../model/instancePath';
import { useDesignerStore } from '../state/designerStore';

/** An instance on its definition's canvas: the executed path and the waiting steps marked, the journal beside it. */
export function InstancePage() {
  const { t } = useTranslation('designer');
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
  const marks = useMemo(
    () => instanceMarks(journal.data ?? [], (instance.data?.bookmarks ?? []).map((b) => ({ activityId: b.activityId }))),
    [journal.data, instance.data],
  );
  const decorations = useMemo(() => ({ marks }), [marks]);
  const error = instance.error ?? journal.error ?? definition.error ?? descriptors.error;
  if (error) return <ErrorAlert error={error} />;
  if (!definition.data || !journal.data || !descriptors.data) return <Loading />;
  const shown = readDefinition(definition.data);
  return (
    <section className="rw-designer">
      <PageTitle>{t('instance.title', { id: instanceId })}</PageTitle>
      <p>{t('instance.summary', { name: String(shown.name ?? shown.definitionId), version: instance.data?.definitionVersion, status: instance.data?.status })}</p>
      <p className="rw-prop__help">{t('instance.legend')}</p>
      <div className="rw-instance">
        <ReactFlowProvider>
          <DesignerCanvas readOnlyDefinition={shown} decorations={decorations} ariaLabel={t('canvas.label', { name: String(shown.name ?? '') })} />
        </ReactFlowProvider>
        <div className="rw-designer__side">
          <h2 className="rw-panel__title">{t('instance.journal')}</h2>
          <table className="utrecht-table rw-table" id="rw-journal">
            <thead>
              <tr>
                <th scope="col">{t('instance.when')}</th>
                <th scope="col">{t('instance.what')}</th>
                <th scope="col">{t('instance.step')}</th>
                <th scope="col">{t('instance.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {journal.data.map((row) => (
                <tr key={row.sequence}>
                  <td>{new Date(row.timestamp).toLocaleString()}</td>
                  <td>{row.kind}</td>
                  <td>{row.activityName ?? row.activityId ?? '–'}</td>
                  <td>{row.outcome ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
