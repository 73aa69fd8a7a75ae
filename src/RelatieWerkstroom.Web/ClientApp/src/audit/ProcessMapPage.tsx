import { Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AppLink } from '../components/AppLink';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { PageTitle } from '../components/PageTitle';
import { count, percentOfFraction } from './numbers';
import { ProcessMapGraph } from './ProcessMapGraph';
import { readReportFilters, toReportQuery, writeReportFilters, type ReportFilters } from './reportFilters';
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

  // Open on the first workflow: a process map is always of one.
  const first = choices.data?.workflows[0]?.id;
  useEffect(() => {
    if (!filters.workflow && first) setParams(writeReportFilters({ ...filters, workflow: first }), { replace: true });
  }, [filters, first, setParams]);

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

          <section aria-labelledby="pm-steps-title" className="rw-figure">
            <Heading2 id="pm-steps-title">{t('processMap.stepsTitle')}</Heading2>
            <div className="rw-figure__table">
              <Table>
                <TableCaption>{t('processMap.stepsCaption')}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('hotspots.step')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('burden.origin')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('processMap.instancesColumn')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('processMap.executions')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('processMap.medianHours')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('columns.drill')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
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
                </TableBody>
              </Table>
            </div>
          </section>

          <section aria-labelledby="pm-edges-title" className="rw-figure">
            <Heading2 id="pm-edges-title">{t('processMap.edgesTitle')}</Heading2>
            <div className="rw-figure__table">
              <Table>
                <TableCaption>{t('processMap.edgesCaption')}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('processMap.from')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('processMap.to')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('processMap.count')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('processMap.edgeMedian')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
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
                </TableBody>
              </Table>
            </div>
          </section>

          <section aria-labelledby="pm-variants-title" className="rw-figure">
            <Heading2 id="pm-variants-title">{t('processMap.variantsTitle')}</Heading2>
            <div className="rw-figure__table">
              <Table>
                <TableCaption>{t('processMap.variantsCaption')}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('processMap.rank')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('processMap.path')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('processMap.instancesColumn')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('processMap.share')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('processMap.medianDays')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
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
                </TableBody>
              </Table>
            </div>
          </section>
        </>
      ) : null}
    </section>
  );
}
