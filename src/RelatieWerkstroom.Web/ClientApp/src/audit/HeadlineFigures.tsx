import { DataList, DataListItem, DataListKey, DataListValue, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { count, euros, percent, percentOfFraction } from './numbers';
import type { FrictionReport } from './useReport';

interface Props {
  report: FrictionReport;
  provenance: string;
}

/** The headline figures of the selection, each with a line saying what it counts. */
export function HeadlineFigures({ report, provenance }: Props) {
  const { t, i18n } = useTranslation('audit');
  const s = report.summary;
  const lang = i18n.language;
  return (
    <section aria-labelledby="summary-title" className="rw-summary" data-testid="report-summary">
      <Heading2 id="summary-title">{t('summary.title')}</Heading2>
      <p className="rw-visually-hidden" aria-live="polite">
        {t('summary.announce', { cases: count(s.cases, lang) })}
      </p>
      {s.suppressed ? (
        <Paragraph>{t('suppressed', { threshold: report.manifest.smallGroupThreshold })}</Paragraph>
      ) : (
        <DataList className="rw-kpis">
          <Kpi label={t('summary.cases')} value={count(s.cases, lang)} hint={t('summary.casesHint', { open: count(report.manifest.casesOpenAtEnd, lang) })} testId="kpi-cases" />
          <Kpi label={t('summary.withinTerm')} value={percent(s.percentWithinTerm, lang)} hint={t('summary.withinTermHint', { clocks: count(s.clocksDecided, lang) })} testId="kpi-within" />
          <Kpi label={t('summary.breaches')} value={count(s.breaches, lang)} hint={t('summary.breachesHint')} testId="kpi-breaches" />
          <Kpi label={t('summary.executionEuros')} value={euros(s.executionEuros, lang)} hint={t('summary.executionEurosHint')} />
          <Kpi label={t('summary.businessEuros')} value={euros(s.businessEuros, lang)} hint={t('summary.businessEurosHint')} />
          <Kpi label={t('summary.citizenHours')} value={count(s.citizenHours, lang, 1)} hint={t('summary.citizenHoursHint')} />
          <Kpi label={t('summary.nationalShare')} value={percentOfFraction(s.nationalShareOfBurden, lang)} hint={t('summary.nationalShareHint')} />
          <Kpi label={t('summary.deviationRate')} value={percentOfFraction(s.deviationRate, lang)} hint={t('summary.deviationRateHint')} />
          <Kpi label={t('summary.bezwaarRate')} value={percentOfFraction(s.bezwaarRate, lang)} hint={t('summary.bezwaarRateHint')} />
        </DataList>
      )}
      {report.manifest.tariffsAreExample && !s.suppressed && (
        <Paragraph className="rw-summary__warning" data-testid="example-tariffs">
          {t('summary.exampleTariffs')}
        </Paragraph>
      )}
      <Paragraph className="rw-figure__source">{provenance}</Paragraph>
    </section>
  );
}

function Kpi({ label, value, hint, testId }: { label: string; value: string; hint: string; testId?: string }) {
  return (
    <DataListItem className="rw-kpi">
      <DataListKey className="rw-kpi__label">{label}</DataListKey>
      <DataListValue className="rw-kpi__value">
        <span className="rw-kpi__figure" data-testid={testId}>
          {value}
        </span>
        <span className="rw-kpi__hint">{hint}</span>
      </DataListValue>
    </DataListItem>
  );
}
