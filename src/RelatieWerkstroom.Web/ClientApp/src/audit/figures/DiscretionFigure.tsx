import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';
import { discretionByTeam, widestSpread } from '../aggregate';
import { barChart } from '../charts';
import { EChart } from '../EChart';
import { count, percentOfFraction } from '../numbers';
import { ReportFigure } from '../ReportFigure';
import type { FigureProps } from './figureProps';
import { SuppressedCell } from './SuppressedCell';

/** How many discretion points the chart compares; the table holds all of them. */
const chartPoints = 8;

/** Deviation from the default per discretion point and team: the chart shows the points where teams differ most. */
export function DiscretionFigure({ report, source, labels, drill }: FigureProps) {
  const { t, i18n } = useTranslation('audit');
  const groups = discretionByTeam(report.discretion);
  const points = widestSpread(groups, chartPoints);
  const teams = [...new Set(groups.filter((g) => points.some((p) => p.workflow === g.workflow && p.discretionId === g.discretionId)).map((g) => g.team))].sort();
  const rate = (workflow: string, discretionId: string, team: string) => {
    const g = groups.find((x) => x.workflow === workflow && x.discretionId === discretionId && x.team === team);
    return g?.deviationRate == null ? null : Math.round(g.deviationRate * 1000) / 10;
  };
  const chart = barChart(
    points.map((p) => labels.discretionPoint(p.workflow, p.discretionId)),
    teams.map((team) => ({ name: labels.team(team), data: points.map((p) => rate(p.workflow, p.discretionId, team)) })),
    i18n.language,
    'percent',
  );
  return (
    <ReportFigure
      id="discretion"
      title={t('discretion.title')}
      question={t('discretion.question')}
      source={source}
      chart={<EChart option={chart.option} height={chart.height} />}
      note={t('discretion.chartNote', { shown: points.length, total: new Set(groups.map((g) => `${g.workflow}\u0000${g.discretionId}`)).size })}
      table={
        <Table>
          <TableCaption>{t('discretion.caption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('discretion.point')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('columns.team')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('discretion.decisions')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('discretion.deviationRate')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('columns.drill')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {groups.map((g) => (
              <TableRow key={`${g.workflow}-${g.discretionId}-${g.team}`}>
                <TableHeaderCell scope="row">
                  {labels.discretionPoint(g.workflow, g.discretionId)}
                  <span className="rw-muted">{labels.workflow(g.workflow)}</span>
                </TableHeaderCell>
                <TableCell>{labels.team(g.team)}</TableCell>
                {g.suppressed ? (
                  <SuppressedCell colSpan={2} threshold={report.manifest.smallGroupThreshold} />
                ) : (
                  <>
                    <TableCell>{count(g.decisions, i18n.language)}</TableCell>
                    <TableCell>{percentOfFraction(g.deviationRate, i18n.language)}</TableCell>
                  </>
                )}
                <TableCell>
                  <AppLink to={drill({ werkstroom: g.workflow, beslispunt: g.discretionId, team: g.team })}>
                    {t('drill', { what: `${labels.discretionPoint(g.workflow, g.discretionId)} (${labels.team(g.team)})` })}
                  </AppLink>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      }
    />
  );
}
