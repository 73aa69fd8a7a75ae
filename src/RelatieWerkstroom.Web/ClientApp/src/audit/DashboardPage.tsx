import { Paragraph } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../components/ErrorAlert';
import { formatDate, formatDateTime } from '../components/format';
import { Loading } from '../components/Loading';
import { PageTitle } from '../components/PageTitle';
import { ExportPanel } from './ExportPanel';
import { BezwaarFigure } from './figures/BezwaarFigure';
import { BurdenByOriginFigure } from './figures/BurdenByOriginFigure';
import { DeadlineFigure } from './figures/DeadlineFigure';
import { DiscretionFigure } from './figures/DiscretionFigure';
import type { FigureProps } from './figures/figureProps';
import { HotspotsFigure } from './figures/HotspotsFigure';
import { HeadlineFigures } from './HeadlineFigures';
import { count } from './numbers';
import { readReportFilters, toReportQuery, writeReportFilters, type ReportFilters } from './reportFilters';
import { ReportFiltersForm } from './ReportFiltersForm';
import { reportLabels } from './reportLabels';
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
  const labels = useMemo(() => reportLabels(choices.data), [choices.data]);
  const change = (next: ReportFilters) => setParams(writeReportFilters(next));

  const drill = (extra: Record<string, string>) => {
    const q = new URLSearchParams(writeReportFilters(filters));
    for (const [k, v] of Object.entries(extra)) q.set(k, v);
    return `/audit/zaken?${q.toString()}`;
  };

  const data = report.data;
  const m = data?.manifest;
  const lang = i18n.language;

  return (
    <section aria-busy={report.isFetching} className="rw-dashboard">
      <PageTitle>{t('title')}</PageTitle>
      <Paragraph className="rw-dashboard__intro">{t('intro')}</Paragraph>
      <ReportFiltersForm filters={filters} choices={choices.data} onChange={change} />
      {report.isError ? <ErrorAlert error={report.error} /> : null}
      {report.isPending ? <Loading /> : null}
      {data && m ? (
        <>
          <HeadlineFigures
            report={data}
            provenance={t('provenance', {
              generated: formatDateTime(m.generatedAt, lang),
              events: count(m.eventsRead, lang),
              sha: m.journalSha256.slice(0, 12),
            })}
          />
          <Figures
            report={data}
            labels={labels}
            drill={drill}
            source={t('source', {
              events: count(m.eventsInScope, lang),
              cases: count(m.casesInScope, lang),
              from: query.from ? formatDate(query.from, lang) : t('start'),
              to: query.to ? formatDate(query.to, lang) : t('now'),
              threshold: m.smallGroupThreshold,
            })}
          />
          <ExportPanel query={query} />
        </>
      ) : null}
    </section>
  );
}

/** The charts in a grid: two columns on a wide screen, one on a narrow one. */
function Figures(props: FigureProps) {
  return (
    <div className="rw-dashboard__grid">
      <BurdenByOriginFigure {...props} />
      <DeadlineFigure {...props} />
      <DiscretionFigure {...props} />
      <BezwaarFigure {...props} />
      <HotspotsFigure {...props} />
    </div>
  );
}
