import { DataList, DataListItem, DataListKey, DataListValue, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../components/ErrorAlert';
import { formatDate, formatDateTime } from '../components/format';
import { Loading } from '../components/Loading';
import { PageTitle } from '../components/PageTitle';
import { BezwaarFigure, BurdenByOriginFigure, DeadlineFigure, DiscretionFigure, HotspotsFigure } from './DashboardFigures';
import { ExportPanel } from './ExportPanel';
import { count, euros, percent, percentOfFraction } from './numbers';
import { readReportFilters, toReportQuery, writeReportFilters, type ReportFilters } from './reportFilters';
import { ReportFiltersForm } from './ReportFiltersForm';
import { useReport, useReportChoices } from './useReport';

/** The auditor's dashboard of the friction report: every figure follows the filters and says where it comes from. */
export function DashboardPage() {
  const { t, i18n } = useTranslation('audit');
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const filters = useMemo(() => readReportFilters(new URLSearchParams(key)), [key]);
  const query = useMemo(() => toReportQuery(filters), [filters]);
  const report = useReport(query);
  // The choices come from the stored workflows and the municipality's teams, so choosing one never hides the others.
  const choices = useReportChoices();
  const change = (next: ReportFilters) => setParams(writeReportFilters(next));

  const drill = (extra: Record<string, string>) => {
    const q = new URLSearchParams(writeReportFilters(filters));
    for (const [k, v] of Object.entries(extra)) q.set(k, v);
    return `/audit/zaken?${q.toString()}`;
  };

  const data = report.data;
  const m = data?.manifest;
  const source = m
    ? t('source', {
        events: count(m.eventsInScope, i18n.language),
        cases: count(m.casesInScope, i18n.language),
        from: query.from ? formatDate(query.from, i18n.language) : t('start'),
        to: query.to ? formatDate(query.to, i18n.language) : t('now'),
        threshold: m.smallGroupThreshold,
      })
    : '';
  const s = data?.summary;

  return (
    <section aria-busy={report.isFetching}>
      <PageTitle>{t('title')}</PageTitle>
      <Paragraph>{t('intro')}</Paragraph>
      <ReportFiltersForm filters={filters} choices={choices.data} onChange={change} />
      {report.isError ? <ErrorAlert error={report.error} /> : null}
      {report.isPending ? <Loading /> : null}
      {data && s && m ? (
        <>
          <section aria-labelledby="summary-title" className="rw-summary" data-testid="report-summary">
            <Heading2 id="summary-title">{t('summary.title')}</Heading2>
            <p className="rw-visually-hidden" aria-live="polite">
              {t('summary.announce', { cases: count(s.cases, i18n.language) })}
            </p>
            {s.suppressed ? (
              <Paragraph>{t('suppressed', { threshold: m.smallGroupThreshold })}</Paragraph>
            ) : (
              <DataList className="rw-kpis">
                <Kpi label={t('summary.cases')} value={count(s.cases, i18n.language)} testId="kpi-cases" />
                <Kpi label={t('summary.withinTerm')} value={percent(s.percentWithinTerm, i18n.language)} testId="kpi-within" />
                <Kpi label={t('summary.breaches')} value={count(s.breaches, i18n.language)} testId="kpi-breaches" />
                <Kpi label={t('summary.professionalEuros')} value={euros(s.professionalEuros, i18n.language)} />
                <Kpi label={t('summary.nationalShare')} value={percentOfFraction(s.nationalShareOfBurden, i18n.language)} />
                <Kpi label={t('summary.deviationRate')} value={percentOfFraction(s.deviationRate, i18n.language)} />
                <Kpi label={t('summary.bezwaarRate')} value={percentOfFraction(s.bezwaarRate, i18n.language)} />
              </DataList>
            )}
            <Paragraph className="rw-figure__source">
              {t('provenance', {
                generated: formatDateTime(m.generatedAt, i18n.language),
                events: count(m.eventsRead, i18n.language),
                sha: m.journalSha256.slice(0, 12),
              })}
            </Paragraph>
          </section>
          <BurdenByOriginFigure report={data} source={source} drill={drill} />
          <DeadlineFigure report={data} source={source} drill={drill} />
          <DiscretionFigure report={data} source={source} drill={drill} />
          <HotspotsFigure report={data} source={source} drill={drill} />
          <BezwaarFigure report={data} source={source} drill={drill} />
          <ExportPanel query={query} />
        </>
      ) : null}
    </section>
  );
}

function Kpi({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <DataListItem className="rw-kpi">
      <DataListKey>{label}</DataListKey>
      <DataListValue data-testid={testId}>{value}</DataListValue>
    </DataListItem>
  );
}
