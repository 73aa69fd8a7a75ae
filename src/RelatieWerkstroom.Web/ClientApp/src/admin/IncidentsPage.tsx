import { Alert, Button, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatDateTime } from '../components/format';
import { PageTitle } from '../components/PageTitle';
import { PagedTable } from '../components/PagedTable';
import { incidentsPageSize, useIncidents, useRetry, type InstanceSummary } from './useIncidents';

/** Incidenten: instances stopped by a fault, with what failed where, and a retry from the failed step. */
export function IncidentsPage() {
  const { t, i18n } = useTranslation('incidents');
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('pagina') ?? '1') || 1);
  const incidents = useIncidents(page);
  const [result, setResult] = useState<RetryOutcome | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  // A retried row that ran on leaves the list and takes the focus with it: the keyboard user lands on the result instead.
  useEffect(() => {
    if (result?.leftList) resultRef.current?.focus();
  }, [result]);
  const items = incidents.data?.items ?? [];
  const total = Number(incidents.data?.total ?? 0);

  return (
    <section>
      <PageTitle>{t('title')}</PageTitle>
      <Paragraph>{t('intro')}</Paragraph>
      {/* Always in the page, so screen readers announce what appears in it; visible as soon as there is a result. */}
      <div role="status" aria-live="polite" ref={resultRef} tabIndex={-1} className="rw-retry-result" data-testid="incidents-status">
        {result ? (
          // role="none": the surrounding status region announces it; Utrecht's own role would announce it twice.
          <Alert type={result.kind === 'ok' ? 'ok' : 'error'} role="none">
            <Paragraph>{result.text}</Paragraph>
          </Alert>
        ) : null}
      </div>
      <PagedTable
        query={incidents}
        items={items}
        total={total}
        page={page}
        pageSize={incidentsPageSize}
        onPage={(next) => setParams(next > 1 ? { pagina: String(next) } : {})}
        count={t('count', { count: total })}
        empty={<Paragraph data-testid="incidents-empty">{t('empty')}</Paragraph>}
        caption={t('caption')}
        columns={[t('columns.since'), t('columns.workflow'), t('columns.step'), t('columns.message'), t('columns.case'), t('columns.action')]}
        row={(item) => (
          <TableRow key={item.id} data-testid="incident-row" data-instance={item.id}>
            <TableCell>{formatDateTime(item.incident?.timestamp ?? item.updatedAt, i18n.language)}</TableCell>
            <TableCell>
              {item.definitionName ?? item.definitionId}
              <span className="rw-muted">{t('version', { version: item.definitionVersion })}</span>
            </TableCell>
            <TableCell>{item.incident?.activityName ?? item.incident?.activityId ?? '–'}</TableCell>
            <TableCell>{item.incident?.message ?? '–'}</TableCell>
            <TableCell>{item.caseFileId ?? '–'}</TableCell>
            <TableCell>
              <RetryButton item={item} onResult={setResult} />
            </TableCell>
          </TableRow>
        )}
      />
    </section>
  );
}

/** What a retry did, in words: shown above the list and announced. */
interface RetryOutcome {
  kind: 'ok' | 'faulted' | 'failed';
  text: string;
  /** The instance ran on, so its row leaves the list. */
  leftList: boolean;
}

function RetryButton({ item, onResult }: { item: InstanceSummary; onResult: (outcome: RetryOutcome) => void }) {
  const { t } = useTranslation('incidents');
  const retry = useRetry();
  const name = item.definitionName ?? item.definitionId;
  const step = item.incident?.activityName ?? item.incident?.activityId ?? '–';
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
                ? { kind: 'faulted', leftList: false, text: t('faultedAgain', { name, step, message: result.incident?.message ?? '' }) }
                : {
                    kind: 'ok',
                    leftList: true,
                    text: t('retried', { name, step, status: t(`status.${result.status}`, { defaultValue: String(result.status) }) }),
                  },
            ),
          onError: (error) => onResult({ kind: 'failed', leftList: false, text: t('retryFailed', { name, step, reason: error.message }) }),
        })
      }
    >
      {t('retry')}
      <span className="rw-visually-hidden">: {name} ({item.id})</span>
    </Button>
  );
}
