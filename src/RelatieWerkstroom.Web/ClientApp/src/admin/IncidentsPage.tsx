import {
  Button,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../components/ErrorAlert';
import { formatDateTime } from '../components/format';
import { Loading } from '../components/Loading';
import { PageTitle } from '../components/PageTitle';
import { Pagination } from '../components/Pagination';
import { incidentsPageSize, useIncidents, useRetry, type InstanceSummary } from './useIncidents';

/** Incidenten: instances stopped by a fault, with what failed where, and a retry from the failed step. */
export function IncidentsPage() {
  const { t, i18n } = useTranslation('incidents');
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('pagina') ?? '1') || 1);
  const incidents = useIncidents(page);
  const [announcement, setAnnouncement] = useState('');
  const items = incidents.data?.items ?? [];
  const total = Number(incidents.data?.total ?? 0);

  return (
    <section>
      <PageTitle>{t('title')}</PageTitle>
      <Paragraph>{t('intro')}</Paragraph>
      <p className="rw-visually-hidden" aria-live="polite" role="status" data-testid="incidents-status">
        {announcement}
      </p>
      {incidents.isError ? <ErrorAlert error={incidents.error} /> : null}
      {incidents.isPending ? (
        <Loading />
      ) : items.length === 0 ? (
        <Paragraph data-testid="incidents-empty">{t('empty')}</Paragraph>
      ) : (
        <>
          <Paragraph className="rw-result-count" aria-live="polite">
            {t('count', { count: total })}
          </Paragraph>
          <div className="rw-table-scroll">
            <Table aria-busy={incidents.isFetching}>
              <TableCaption className="rw-visually-hidden">{t('caption')}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('columns.since')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('columns.workflow')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('columns.step')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('columns.message')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('columns.case')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('columns.action')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {items.map((item) => (
                  <TableRow key={item.id} data-testid="incident-row" data-instance={item.id}>
                    <TableCell>{formatDateTime(item.incident?.timestamp ?? item.updatedAt, i18n.language)}</TableCell>
                    <TableCell>
                      {item.definitionName ?? item.definitionId}
                      <span className="rw-muted">{t('version', { version: item.definitionVersion })}</span>
                    </TableCell>
                    <TableCell>{item.incident?.activityName ?? item.incident?.activityId ?? '–'}</TableCell>
                    <TableCell>
                      <code>{item.incident?.message ?? '–'}</code>
                    </TableCell>
                    <TableCell>{item.caseFileId ?? '–'}</TableCell>
                    <TableCell>
                      <RetryButton item={item} onResult={setAnnouncement} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <Pagination
            page={page}
            pageSize={incidentsPageSize}
            total={total}
            onPage={(next) => setParams(next > 1 ? { pagina: String(next) } : {})}
          />
        </>
      )}
    </section>
  );
}

function RetryButton({ item, onResult }: { item: InstanceSummary; onResult: (message: string) => void }) {
  const { t } = useTranslation('incidents');
  const retry = useRetry();
  const name = item.definitionName ?? item.definitionId;
  return (
    <Button
      appearance="primary-action-button"
      busy={retry.isPending}
      disabled={retry.isPending}
      onClick={() =>
        retry.mutate(item.id, {
          onSuccess: (result) =>
            onResult(
              result.status === 'Faulted'
                ? t('faultedAgain', { name, message: result.incident?.message ?? '' })
                : t('retried', { name, status: t(`status.${result.status}`, { defaultValue: String(result.status) }) }),
            ),
          onError: (error) => onResult(t('retryFailed', { name, reason: error.message })),
        })
      }
    >
      {t('retry')}
      <span className="rw-visually-hidden">: {name} ({item.id})</span>
    </Button>
  );
}
