import { Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../components/ErrorAlert';
import { formatDate } from '../components/format';
import { Loading } from '../components/Loading';
import { PageTitle } from '../components/PageTitle';
import { count } from './numbers';
import { readReportFilters, toReportQuery, writeReportFilters, type ReportFilters } from './reportFilters';
import { ReportFiltersForm } from './ReportFiltersForm';
import { useRedTape, useReportChoices } from './useReport';

/** Knelpunten: the red tape caseworkers flagged, per step with the origin of its rule, so an auditor can take it further. */
export function RedTapePage() {
  const { t, i18n } = useTranslation('audit');
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const filters = useMemo(() => readReportFilters(new URLSearchParams(key)), [key]);
  const query = useMemo(() => toReportQuery(filters), [filters]);
  const choices = useReportChoices();
  const flags = useRedTape(query);
  const change = (next: ReportFilters) => setParams(writeReportFilters({ ...next, version: '' }));
  const workflowName = (id: string) => choices.data?.workflows.find((w) => w.id === id)?.name ?? id;
  const category = (c: string) => t(`redTape.categories.${c}`, { defaultValue: c });
  const steps = flags.data ?? [];

  return (
    <section aria-busy={flags.isFetching}>
      <PageTitle>{t('redTape.title')}</PageTitle>
      <Paragraph>{t('redTape.intro')}</Paragraph>
      <ReportFiltersForm filters={filters} choices={choices.data} onChange={change} withVersion={false} periodLabel={t('redTape.period')} />
      {flags.isError ? <ErrorAlert error={flags.error} /> : null}
      {flags.isPending ? <Loading /> : null}
      {flags.data && steps.length === 0 ? <Paragraph data-testid="red-tape-empty">{t('redTape.none')}</Paragraph> : null}
      {steps.length > 0 ? (
        <>
          <div className="rw-figure__table">
            <Table data-testid="red-tape-steps">
              <TableCaption>{t('redTape.caption')}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('hotspots.step')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('columns.workflow')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('burden.origin')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('redTape.flags')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('redTape.byCategory')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {steps.map((s) => (
                  <TableRow key={`${s.workflow}-${s.stepId}`}>
                    <TableHeaderCell scope="row">
                      <a className="utrecht-link utrecht-link--html-a" href={`#flags-${s.workflow}-${s.stepId}`}>
                        {s.stepName ?? s.stepId}
                      </a>
                    </TableHeaderCell>
                    <TableCell>{workflowName(s.workflow)}</TableCell>
                    <TableCell>
                      {s.origin ? t(`origins.${s.origin}`, { defaultValue: s.origin }) : t('origins.unknown')}
                      {s.basis ? <span className="rw-muted">{s.basis}</span> : null}
                    </TableCell>
                    <TableCell>{count(s.count, i18n.language)}</TableCell>
                    <TableCell>{s.categories.map((c) => `${category(c.category)}: ${count(c.count, i18n.language)}`).join(', ')}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          {steps.map((s) => (
            <section key={`${s.workflow}-${s.stepId}`} className="rw-figure" aria-labelledby={`flags-${s.workflow}-${s.stepId}`}>
              <Heading2 id={`flags-${s.workflow}-${s.stepId}`}>{t('redTape.flagsOn', { step: s.stepName ?? s.stepId, workflow: workflowName(s.workflow) })}</Heading2>
              <Table>
                <TableCaption>{t('redTape.flagsCaption')}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('cases.date')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('redTape.category')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('redTape.text')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {s.flags.map((f, i) => (
                    <TableRow key={i}>
                      <TableCell>{formatDate(f.on, i18n.language)}</TableCell>
                      <TableCell>{category(f.category)}</TableCell>
                      <TableCell>{f.text}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </section>
          ))}
        </>
      ) : null}
    </section>
  );
}
