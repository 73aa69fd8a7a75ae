import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';
import { barChart } from '../charts';
import { EChart } from '../EChart';
import { count, percentOfFraction } from '../numbers';
import { ReportFigure } from '../ReportFigure';
import type { FigureProps } from './figureProps';
import { SuppressedCell } from './SuppressedCell';

/** How many decision options the chart shows; the table holds all of them. */
const chartOptions = 10;

/** The bezwaar rate per decision option: the chart shows the options with the highest rate among those large enough to show. */
export function BezwaarFigure({ report, source, labels, drill }: FigureProps) {
  const { t, i18n } = useTranslation('audit');
  // Shown groups first, highest rate first; suppressed groups stay in the table so it is clear they exist.
  const rows = [...report.bezwaar].sort(
    (a, b) => Number(a.suppressed) - Number(b.suppressed) || Number(b.bezwaarRate ?? -1) - Number(a.bezwaarRate ?? -1) || Number(b.decisions ?? 0) - Number(a.decisions ?? 0),
  );
  const charted = rows.filter((r) => !r.suppressed && r.bezwaarRate != null).slice(0, chartOptions);
  const name = (r: (typeof rows)[number]) => `${labels.option(r.workflow, r.decisionOption)} · ${labels.workflow(r.workflow)}`;
  const chart = barChart(
    charted.map(name),
    [{ name: t('bezwaar.rate'), data: charted.map((r) => Math.round(Number(r.bezwaarRate) * 1000) / 10) }],
    i18n.language,
    'percent',
    'fit',
  );
  return (
    <ReportFigure
      id="bezwaar"
      title={t('bezwaar.title')}
      question={t('bezwaar.question')}
      source={source}
      chart={<EChart option={chart.option} height={chart.height} />}
      note={t('bezwaar.chartNote', { shown: charted.length, total: rows.length })}
      table={
        <Table>
          <TableCaption>{t('bezwaar.caption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('bezwaar.option')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('bezwaar.decisions')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('bezwaar.bezwaren')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('bezwaar.rate')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('columns.drill')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={`${r.workflow}-${r.decisionOption}`}>
                <TableHeaderCell scope="row">
                  {labels.option(r.workflow, r.decisionOption)}
                  <span className="rw-muted">{labels.workflow(r.workflow)}</span>
                </TableHeaderCell>
                {r.suppressed ? (
                  <SuppressedCell colSpan={3} threshold={report.manifest.smallGroupThreshold} />
                ) : (
                  <>
                    <TableCell>{count(r.decisions, i18n.language)}</TableCell>
                    <TableCell>{count(r.bezwaren, i18n.language)}</TableCell>
                    <TableCell>{percentOfFraction(r.bezwaarRate, i18n.language)}</TableCell>
                  </>
                )}
                <TableCell>
                  <AppLink to={drill({ werkstroom: r.workflow, besluit: r.decisionOption })}>{t('drill', { what: name(r) })}</AppLink>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      }
    />
  );
}
