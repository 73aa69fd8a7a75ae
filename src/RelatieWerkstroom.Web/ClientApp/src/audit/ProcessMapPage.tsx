import { Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AppLink } from '../components/AppLink';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { PageTitle } from '../components/PageTitle';
import { count, percentOfFraction } from './numbers';
import { ProcessMapGraph } from './ProcessMapGraph';
import { busiestWorkflow, readReportFilters, toReportQuery, writeReportFilters, type ReportFilters } from './reportFilters';
import { ReportFiltersForm } from './ReportFiltersForm';
import { useProcessMap, useReportChoices } from './useReport';

/** Procesmodel: how cases of one workflow really run, step after step, with how often and how long. */
export function ProcessMapPage() {
  const { t, i18n } = useTranslation('audit');
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const filters = useMemo(() => readReportFilters(new URLSearchParams(key)), [key]);
  const query = useMemo(() => toReportQuery(filters), [filters]);
  const choices = useReportChoices();
  const change = (next: ReportFilters) => setParams(writeReportFilters(next), { replace: false });

  // A process map is always of one workflow: open on the one with the most cases.
  const busiest = choices.data ? busiestWorkflow(choices.data.workflows) : undefined;
  useEffect(() => {
    if (!filters.workflow && busiest) setParams(writeReportFilters({ ...filters, workflow: busiest }), { replace: true });
  }, [filters, busiest, setParams]);

  const map = useProcessMap(filters.workflow, { ...query, workflow: undefined });
  const data = map.data;
  const names = new Map((data?.nodes ?? []).map((n) => [n.id, n.name]));
  const drill = (step: string) => {
    const q = writeReportFilters(filters);
    q.set('stap', step);
    return `/audit/zaken?${q.toString()}`;
  };

  return (
    <section aria-busy={map.isFetching}>
      <PageTitle>{t('processMap.title')}</PageTitle>
      <Paragraph>{t('processMap.intro')}</Paragraph>
      <ReportFiltersForm filters={filters} choices={choices.data} onChange={change} requireWorkflow />
      {map.isError ? <ErrorAlert error={map.error} /> : null}
      {map.isPending && filters.workflow ? <Loading /> : null}
      {data ? (
        <>
          <Paragraph data-testid="process-map-summary">
            {data.suppressed
              ? t('processMap.suppressed', { threshold: data.smallGroupThreshold })
              : t('processMap.summary', {
                  instances: count(data.instances, i18n.language),
                  finished: count(data.finishedInstances, i18n.language),
                  threshold: data.smallGroupThreshold,
                })}
          </Paragraph>
          {data.suppressed ? null : <ProcessMapGraph map={data} />}

          <FigureTable
            id="pm-steps-title"
            title={t('processMap.stepsTitle')}
            caption={t('processMap.stepsCaption')}
            columns={[t('hotspots.step'), t('burden.origin'), t('processMap.instancesColumn'), t('processMap.executions'), t('processMap.medianHours'), t('columns.drill')]}
          >
            {data.nodes
              .filter((n) => n.kind === 'step')
              .map((n) => (
                <TableRow key={n.id}>
                  <TableHeaderCell scope="row">{n.name}</TableHeaderCell>
                  <TableCell>{n.origin ? t(`origins.${n.origin}`, { defaultValue: n.origin }) : '–'}</TableCell>
                  {n.suppressed ? (
                    <TableCell colSpan={3}>{t('suppressed', { threshold: data.smallGroupThreshold })}</TableCell>
                  ) : (
                    <>
                      <TableCell>{count(n.instances, i18n.language)}</TableCell>
                      <TableCell>{count(n.executions, i18n.language)}</TableCell>
                      <TableCell>{count(n.medianHours, i18n.language, 1)}</TableCell>
                    </>
                  )}
                  <TableCell>
                    <AppLink to={drill(n.id)}>{t('drill', { what: n.name })}</AppLink>
                  </TableCell>
                </TableRow>
              ))}
          </FigureTable>

          <FigureTable
            id="pm-edges-title"
            title={t('processMap.edgesTitle')}
            caption={t('processMap.edgesCaption')}
            columns={[t('processMap.from'), t('processMap.to'), t('processMap.count'), t('processMap.edgeMedian')]}
          >
            {data.edges.map((e) => (
              <TableRow key={`${e.from}-${e.to}`}>
                <TableHeaderCell scope="row">{names.get(e.from) ?? e.from}</TableHeaderCell>
                <TableCell>{names.get(e.to) ?? e.to}</TableCell>
                {e.suppressed ? (
                  <TableCell colSpan={2}>{t('suppressed', { threshold: data.smallGroupThreshold })}</TableCell>
                ) : (
                  <>
                    <TableCell>{count(e.count, i18n.language)}</TableCell>
                    <TableCell>{count(e.medianHours, i18n.language, 1)}</TableCell>
                  </>
                )}
              </TableRow>
            ))}
          </FigureTable>

          <FigureTable
            id="pm-variants-title"
            title={t('processMap.variantsTitle')}
            caption={t('processMap.variantsCaption')}
            columns={[t('processMap.rank'), t('processMap.path'), t('processMap.instancesColumn'), t('processMap.share'), t('processMap.medianDays')]}
          >
            {data.variants.map((v) => (
              <TableRow key={v.rank}>
                <TableHeaderCell scope="row">{v.rank}</TableHeaderCell>
                {v.suppressed ? (
                  <TableCell colSpan={4}>{t('processMap.smallVariant', { threshold: data.smallGroupThreshold })}</TableCell>
                ) : (
                  <>
                    <TableCell>{v.steps.join(' → ')}</TableCell>
                    <TableCell>{count(v.instances, i18n.language)}</TableCell>
                    <TableCell>{percentOfFraction(v.share, i18n.language)}</TableCell>
                    <TableCell>{count(v.medianDays, i18n.language, 1)}</TableCell>
                  </>
                )}
              </TableRow>
            ))}
          </FigureTable>
        </>
      ) : null}
    </section>
  );
}

/** A titled section with one table of the map: its caption, column headings, and the rows given. */
function FigureTable({ id, title, caption, columns, children }: { id: string; title: string; caption: string; columns: string[]; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rw-figure">
      <Heading2 id={id}>{title}</Heading2>
      <div className="rw-figure__table">
        <Table>
          <TableCaption>{caption}</TableCaption>
          <TableHeader>
            <TableRow>
              {columns.map((column) => (
                <TableHeaderCell scope="col" key={column}>
                  {column}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>{children}</TableBody>
        </Table>
      </div>
    </section>
  );
}
