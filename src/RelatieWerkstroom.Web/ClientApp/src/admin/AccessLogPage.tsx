import { Button, Paragraph, TableCell, TableRow, Textbox } from '@utrecht/component-library-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { Field } from '../components/Field';
import { formatDateTime } from '../components/format';
import { PageTitle } from '../components/PageTitle';
import { PagedTable } from '../components/PagedTable';

const pageSize = 50;

/** Toegangslog: who opened which case file, when and why (read-only; NEN 7513). */
export function AccessLogPage() {
  const { t, i18n } = useTranslation('accessLog');
  const [filters, setFilters] = useState({ caseFileId: '', userName: '', page: 1 });
  const [draft, setDraft] = useState({ caseFileId: '', userName: '' });
  const log = useQuery({
    queryKey: ['access-log', filters],
    queryFn: () =>
      unwrap(
        api.GET('/api/access-log', {
          params: { query: { caseFileId: filters.caseFileId || undefined, userName: filters.userName || undefined, page: filters.page, pageSize } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setFilters({ caseFileId: draft.caseFileId.trim(), userName: draft.userName.trim(), page: 1 });
  };
  const items = log.data?.items ?? [];
  const total = Number(log.data?.total ?? 0);
  return (
    <section>
      <PageTitle>{t('title')}</PageTitle>
      <Paragraph>{t('intro')}</Paragraph>
      <form className="rw-filters" role="search" onSubmit={submit} aria-label={t('formLabel')}>
        <div className="rw-filters__row">
          <Field label={t('caseFileId')}>
            <Textbox value={draft.caseFileId} onChange={(e) => setDraft({ ...draft, caseFileId: e.target.value })} />
          </Field>
          <Field label={t('userName')}>
            <Textbox value={draft.userName} onChange={(e) => setDraft({ ...draft, userName: e.target.value })} />
          </Field>
          <Button type="submit" appearance="primary-action-button">
            {t('submit')}
          </Button>
        </div>
      </form>
      <PagedTable
        query={log}
        items={items}
        total={total}
        page={filters.page}
        pageSize={pageSize}
        onPage={(page) => setFilters({ ...filters, page })}
        count={t('count', { count: total })}
        countTestId="access-log-count"
        caption={t('caption')}
        columns={[t('columns.at'), t('columns.who'), t('columns.case'), t('columns.why'), t('columns.what')]}
        tableTestId="access-log"
        row={(entry) => (
          <TableRow key={String(entry.id)} data-testid="access-log-row">
            <TableCell>{formatDateTime(entry.at, i18n.language)}</TableCell>
            <TableCell>
              {entry.userName}
              <span className="rw-muted"> · {entry.roles}</span>
            </TableCell>
            <TableCell>{entry.caseFileId}</TableCell>
            <TableCell>{entry.purpose}</TableCell>
            <TableCell>{entry.request.includes('/documents/') ? t('what.document') : t('what.dossier')}</TableCell>
          </TableRow>
        )}
      />
    </section>
  );
}
