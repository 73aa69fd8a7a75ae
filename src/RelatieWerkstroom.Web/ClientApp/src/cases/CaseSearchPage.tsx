import { Button, Paragraph, Select, SelectOption, TableCell, TableRow, Textbox } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AppLink } from '../components/AppLink';
import { DeadlineBadge } from '../components/DeadlineBadge';
import { Field } from '../components/Field';
import { formatDateTime } from '../components/format';
import { PageTitle } from '../components/PageTitle';
import { PagedTable } from '../components/PagedTable';
import { useCaseSearch } from './useCases';

const pageSize = 25;

/** Dossiers: the case files of my team (a jurist: also every bezwaar case), newest first, searchable and paged on the server. */
export function CaseSearchPage() {
  const { t, i18n } = useTranslation('cases');
  const [params, setParams] = useSearchParams();
  const text = params.get('zoek') ?? '';
  const status = params.get('status') ?? '';
  const page = Math.max(1, Number(params.get('pagina') ?? '1') || 1);
  const search = useCaseSearch({ text: text || undefined, status: status || undefined, page, pageSize });
  const [draft, setDraft] = useState(text);
  const [draftStatus, setDraftStatus] = useState(status);

  const apply = (next: { zoek: string; status: string; pagina: number }) => {
    const query = new URLSearchParams();
    if (next.zoek) query.set('zoek', next.zoek);
    if (next.status) query.set('status', next.status);
    if (next.pagina > 1) query.set('pagina', String(next.pagina));
    setParams(query);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    apply({ zoek: draft.trim(), status: draftStatus, pagina: 1 });
  };
  const items = search.data?.items ?? [];
  const total = Number(search.data?.total ?? 0);

  return (
    <section>
      <PageTitle>{t('search.title')}</PageTitle>
      <Paragraph>{t('search.intro')}</Paragraph>
      <form className="rw-filters" role="search" onSubmit={submit} aria-label={t('search.formLabel')}>
        <div className="rw-filters__row">
          <Field label={t('search.text')} description={t('search.textHint')}>
            <Textbox value={draft} onChange={(e) => setDraft(e.target.value)} />
          </Field>
          <Field label={t('search.status')}>
            <Select value={draftStatus} onChange={(e) => setDraftStatus(e.target.value)}>
              <SelectOption value="">{t('search.anyStatus')}</SelectOption>
              <SelectOption value="open">{t('status.Open')}</SelectOption>
              <SelectOption value="closed">{t('status.Closed')}</SelectOption>
            </Select>
          </Field>
          <Button type="submit" appearance="primary-action-button">
            {t('search.submit')}
          </Button>
        </div>
      </form>
      <PagedTable
        query={search}
        items={items}
        total={total}
        page={page}
        pageSize={pageSize}
        onPage={(p) => apply({ zoek: text, status, pagina: p })}
        count={t('search.count', { count: total })}
        countTestId="cases-count"
        empty={<Paragraph>{t('search.empty')}</Paragraph>}
        caption={t('search.caption')}
        columns={[
          t('search.columns.case'),
          t('search.columns.zaaktype'),
          t('search.columns.deadline'),
          t('search.columns.assignee'),
          t('search.columns.opened'),
        ]}
        tableTestId="cases"
        row={(item) => (
          <TableRow key={item.id} data-testid="case-row" data-case={item.id}>
            <TableCell>
              <AppLink to={`/dossier/${encodeURIComponent(item.id)}`}>{item.title ?? item.id}</AppLink>
              <span className="rw-muted"> {item.id}</span>
            </TableCell>
            <TableCell>
              {item.zaaktype}
              {item.bezwaar ? <span className="rw-muted"> · {t('dossier.bezwaar')}</span> : null}
              {item.status === 'Closed' ? <span className="rw-muted"> · {t('status.Closed')}</span> : null}
            </TableCell>
            <TableCell>
              {item.clockDeadline ? (
                <>
                  <DeadlineBadge deadline={item.clockDeadline} />
                  <span className="rw-muted">{item.clockName}</span>
                </>
              ) : (
                <DeadlineBadge deadline={null} />
              )}
            </TableCell>
            <TableCell>{item.assignee ?? t('dossier.nobody')}</TableCell>
            <TableCell>{formatDateTime(item.openedAt, i18n.language)}</TableCell>
          </TableRow>
        )}
      />
    </section>
  );
}
