import { Heading2, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  id: string;
  title: string;
  question: string;
  source: string;
  chart: ReactNode;
  /** A line under the chart, e.g. which part of the rows the chart shows. */
  note?: string;
  table: ReactNode;
}

/**
 * One figure of the dashboard: the question it answers, its chart, and right under it the same figures as a table
 * behind a disclosure (a native details element: reachable by keyboard and announced by screen readers), and where
 * the figures come from.
 */
export function ReportFigure({ id, title, question, source, chart, note, table }: Props) {
  const { t } = useTranslation('audit');
  return (
    <section className="rw-figure" aria-labelledby={`${id}-title`} data-testid={`figure-${id}`}>
      <Heading2 id={`${id}-title`} className="rw-figure__title">
        {title}
      </Heading2>
      <Paragraph className="rw-figure__question">{question}</Paragraph>
      <div className="rw-figure__chart">{chart}</div>
      {note ? <Paragraph className="rw-figure__note">{note}</Paragraph> : null}
      <details className="rw-figure__details">
        <summary>
          {t('showTable')}
          <span className="rw-visually-hidden">: {title}</span>
        </summary>
        <div className="rw-figure__table">{table}</div>
      </details>
      <Paragraph className="rw-figure__source">{source}</Paragraph>
    </section>
  );
}
