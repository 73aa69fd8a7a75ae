import { Heading2, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

interface Props {
  id: string;
  title: string;
  question: string;
  source: string;
  chart: ReactNode;
  table: ReactNode;
}

/** One figure of the dashboard: the question it answers, its chart and, beside it, the same figures as a table, and where they come from. */
export function ReportFigure({ id, title, question, source, chart, table }: Props) {
  return (
    <section className="rw-figure" aria-labelledby={`${id}-title`} data-testid={`figure-${id}`}>
      <Heading2 id={`${id}-title`}>{title}</Heading2>
      <Paragraph className="rw-figure__question">{question}</Paragraph>
      <div className="rw-figure__body">
        <div className="rw-figure__chart">{chart}</div>
        <div className="rw-figure__table">{table}</div>
      </div>
      <Paragraph className="rw-figure__source">{source}</Paragraph>
    </section>
  );
}
