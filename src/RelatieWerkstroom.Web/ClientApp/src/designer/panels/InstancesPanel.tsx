import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { designerApi } from '../api/designerApi';

/** The instances of this workflow, newest change first; each opens on its version's canvas. */
export function InstancesPanel({ definitionId }: { definitionId: string }) {
  const { t } = useTranslation('designer');
  const instances = useQuery({ queryKey: ['instances', 'of', definitionId], queryFn: () => designerApi.instances(definitionId) });
  if (instances.error) return <ErrorAlert error={instances.error} />;
  if (!instances.data) return <Loading />;
  const { items, total } = instances.data;
  return (
    <section className="rw-panel" aria-labelledby="rw-instances-title">
      <h2 id="rw-instances-title" className="rw-panel__title">{t('instances.title')}</h2>
      <p className="rw-prop__help">{total === 0 ? t('instances.none') : t('instances.count', { count: total, shown: items.length })}</p>
      {items.length > 0 ? (
        <table className="utrecht-table rw-table">
          <thead>
            <tr>
              <th scope="col">{t('instances.instance')}</th>
              <th scope="col">{t('instances.version')}</th>
              <th scope="col">{t('instances.status')}</th>
              <th scope="col">{t('instances.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.id}>
                <td>
                  <Link to={`/ontwerper/instanties/${encodeURIComponent(i.id)}`} aria-label={t('instances.open', { id: i.id })}>
                    {i.id.slice(0, 8)}
                  </Link>
                </td>
                <td>{i.definitionVersion}</td>
                <td>{t(`instances.statuses.${i.status}`, { defaultValue: i.status })}</td>
                <td>{i.updatedAt ? new Date(i.updatedAt).toLocaleString() : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
