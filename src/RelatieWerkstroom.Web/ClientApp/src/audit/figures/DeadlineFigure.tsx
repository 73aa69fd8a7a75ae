import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AppLink } from '../../components/AppLink';
import { barChart } from '../charts';
import { EChart } from '../EChart';
import { count, percent, percentOfFraction } from '../numbers';
import { ReportFigure } from '../ReportFigure';
import type { FigureProps } from './figureProps';
import { SuppressedCell } from './SuppressedCell';

/** The share of decisions within the legal term, per workflow and clock. */
export function DeadlineFigure({ report, source, labels, drill }: FigureProps) {
  const { t, i18n } = useTranslation('audit');
  const navigate = useNavigate();
  const rows = report.deadlineCompliance;
  const name = (r: (typeof rows)[number]) => `${labels.workflow(r.workflow)} · ${labels.clock(r.clock)}`;
  const chart = barChart(
    rows.map((r) => (r.suppressed ? `${name(r)} (${t('chartSuppressed')})` : name(r))),
    [{ name: t('deadlines.within'), data: rows.map((r) => (r.suppressed || r.percentWithinTerm == null ? null : Number(r.percentWithinTerm))) }],
    i18n.language,
    'percent',
  );
  return (
    <ReportFigure
      id="deadlines"
      title={t('deadlines.title')}
      question={t('deadlines.question')}
      source={source}
      chart={<EChart option={chart.option} height={chart.height} onSelect={(i) => rows[i] && navigate(drill({ werkstroom: rows[i].workflow }))} />}
      table={
        <Table>
          <TableCaption>{t('deadlines.caption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('columns.workflow')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('deadlines.clock')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('columns.cases')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('deadlines.within')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('deadlines.breachRate')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('columns.drill')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={`${r.workflow}-${r.clock}`}>
                <TableHeaderCell scope="row">{labels.workflow(r.workflow)}</TableHeaderCell>
                <TableCell>{labels.clock(r.clock)}</TableCell>
                <TableCell>{count(r.cases, i18n.language)}</TableCell>
                {r.suppressed ? (
                  <SuppressedCell colSpan={2} threshold={report.manifest.smallGroupThreshold} />
                ) : (
                  <>
                    <TableCell>{percent(r.percentWithinTerm, i18n.language)}</TableCell>
                    <TableCell>{percentOfFraction(r.breachRate, i18n.language)}</TableCell>
                  </>
                )}
                <TableCell>
                  <AppLink to={drill({ werkstroom: r.workflow })}>{t('drill', { what: name(r) })}</AppLink>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      }
    />
  );
}
