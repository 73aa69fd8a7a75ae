import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AppLink } from '../components/AppLink';
import { discretionByTeam } from './aggregate';
import { EChart, type BarChartOption } from './EChart';
import { count, euros, percent, percentOfFraction } from './numbers';
import { ReportFigure } from './ReportFigure';
import type { FrictionReport } from './useReport';

/** Palette with enough contrast against white; decal patterns repeat the distinction without colour. */
const palette = ['#1f4e9c', '#b3541e', '#2e7d32', '#6a1b9a', '#00695c', '#8d6e00'];

const bars = (categories: string[], series: { name: string; data: (number | null)[] }[], unit: 'percent' | 'plain' = 'plain'): BarChartOption => ({
  color: palette,
  grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
  legend: series.length > 1 ? { top: 0 } : undefined,
  tooltip: { trigger: 'axis' },
  xAxis: { type: 'value', max: unit === 'percent' ? 100 : undefined, axisLabel: unit === 'percent' ? { formatter: '{value}%' } : undefined },
  yAxis: { type: 'category', data: categories, inverse: true, axisLabel: { width: 180, overflow: 'truncate' } },
  series: series.map((s) => ({ type: 'bar', name: s.name, data: s.data })),
});

interface FigureProps {
  report: FrictionReport;
  source: string;
  drill: (params: Record<string, string>) => string;
}

export function BurdenByOriginFigure({ report, source, drill }: FigureProps) {
  const { t, i18n } = useTranslation('audit');
  const navigate = useNavigate();
  const rows = report.burdenByOrigin;
  const label = (origin: string) => t(`origins.${origin}`, { defaultValue: origin });
  return (
    <ReportFigure
      id="burden"
      title={t('burden.title')}
      question={t('burden.question')}
      source={source}
      chart={
        <EChart
          option={bars(
            rows.map((r) => label(r.origin)),
            [{ name: t('burden.euros'), data: rows.map((r) => (r.suppressed ? null : r.professionalEuros ?? 0)) }],
          )}
          onSelect={(i) => rows[i] && navigate(drill({ herkomst: rows[i].origin }))}
        />
      }
      table={
        <Table>
          <TableCaption>{t('burden.caption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('burden.origin')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('columns.cases')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('burden.euros')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('burden.share')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('burden.citizenHours')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('columns.drill')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.origin}>
                <TableHeaderCell scope="row">{label(r.origin)}</TableHeaderCell>
                <TableCell>{count(r.cases, i18n.language)}</TableCell>
                {r.suppressed ? (
                  <TableCell colSpan={3}>{t('suppressed', { threshold: report.manifest.smallGroupThreshold })}</TableCell>
                ) : (
                  <>
                    <TableCell>{euros(r.professionalEuros, i18n.language)}</TableCell>
                    <TableCell>{percentOfFraction(r.shareOfProfessionalEuros, i18n.language)}</TableCell>
                    <TableCell>{count(r.citizenHours, i18n.language, 1)}</TableCell>
                  </>
                )}
                <TableCell>
                  <AppLink to={drill({ herkomst: r.origin })}>{t('drill', { what: label(r.origin) })}</AppLink>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      }
    />
  );
}

export function DeadlineFigure({ report, source, drill }: FigureProps) {
  const { t, i18n } = useTranslation('audit');
  const navigate = useNavigate();
  const rows = report.deadlineCompliance;
  const name = (r: (typeof rows)[number]) => `${r.workflow} · ${r.clock}`;
  return (
    <ReportFigure
      id="deadlines"
      title={t('deadlines.title')}
      question={t('deadlines.question')}
      source={source}
      chart={
        <EChart
          option={bars(rows.map(name), [{ name: t('deadlines.within'), data: rows.map((r) => (r.suppressed ? null : r.percentWithinTerm ?? null)) }], 'percent')}
          onSelect={(i) => rows[i] && navigate(drill({ werkstroom: rows[i].workflow }))}
        />
      }
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
              <TableRow key={name(r)}>
                <TableHeaderCell scope="row">{r.workflow}</TableHeaderCell>
                <TableCell>{r.clock}</TableCell>
                <TableCell>{count(r.cases, i18n.language)}</TableCell>
                {r.suppressed ? (
                  <TableCell colSpan={2}>{t('suppressed', { threshold: report.manifest.smallGroupThreshold })}</TableCell>
                ) : (
                  <>
                    <TableCell>{percent(r.percentWithinTerm, i18n.language)}</TableCell>
                    <TableCell>{percentOfFraction(r.breachRate, i18n.language)}</TableCell>
                  </>
                )}
                <TableCell>
                  <AppLink to={drill({ werkstroom: r.workflow })}>{t('drill', { what: r.workflow })}</AppLink>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      }
    />
  );
}

export function DiscretionFigure({ report, source, drill }: FigureProps) {
  const { t, i18n } = useTranslation('audit');
  const groups = discretionByTeam(report.discretion);
  const points = [...new Set(groups.map((g) => `${g.workflow} · ${g.discretionId}`))];
  const teams = [...new Set(groups.map((g) => g.team))];
  const rate = (point: string, team: string) => {
    const g = groups.find((x) => `${x.workflow} · ${x.discretionId}` === point && x.team === team);
    return g?.deviationRate == null ? null : Math.round(g.deviationRate * 1000) / 10;
  };
  return (
    <ReportFigure
      id="discretion"
      title={t('discretion.title')}
      question={t('discretion.question')}
      source={source}
      chart={<EChart height={Math.max(240, points.length * 48)} option={bars(points, teams.map((team) => ({ name: team, data: points.map((p) => rate(p, team)) })), 'percent')} />}
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
                  {g.workflow} · {g.discretionId}
                </TableHeaderCell>
                <TableCell>{g.team}</TableCell>
                {g.suppressed ? (
                  <TableCell colSpan={2}>{t('suppressed', { threshold: report.manifest.smallGroupThreshold })}</TableCell>
                ) : (
                  <>
                    <TableCell>{count(g.decisions, i18n.language)}</TableCell>
                    <TableCell>{percentOfFraction(g.deviationRate, i18n.language)}</TableCell>
                  </>
                )}
                <TableCell>
                  <AppLink to={drill({ werkstroom: g.workflow, beslispunt: g.discretionId, team: g.team })}>{t('drill', { what: g.discretionId })}</AppLink>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      }
    />
  );
}

export function BezwaarFigure({ report, source, drill }: FigureProps) {
  const { t, i18n } = useTranslation('audit');
  const rows = report.bezwaar;
  const name = (r: (typeof rows)[number]) => `${r.workflow} · ${r.decisionOption}`;
  return (
    <ReportFigure
      id="bezwaar"
      title={t('bezwaar.title')}
      question={t('bezwaar.question')}
      source={source}
      chart={<EChart option={bars(rows.map(name), [{ name: t('bezwaar.rate'), data: rows.map((r) => (r.suppressed || r.bezwaarRate == null ? null : Math.round(r.bezwaarRate * 1000) / 10)) }], 'percent')} />}
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
              <TableRow key={name(r)}>
                <TableHeaderCell scope="row">{name(r)}</TableHeaderCell>
                {r.suppressed ? (
                  <TableCell colSpan={3}>{t('suppressed', { threshold: report.manifest.smallGroupThreshold })}</TableCell>
                ) : (
                  <>
                    <TableCell>{count(r.decisions, i18n.language)}</TableCell>
                    <TableCell>{count(r.bezwaren, i18n.language)}</TableCell>
                    <TableCell>{percentOfFraction(r.bezwaarRate, i18n.language)}</TableCell>
                  </>
                )}
                <TableCell>
                  <AppLink to={drill({ werkstroom: r.workflow, besluit: r.decisionOption })}>{t('drill', { what: r.decisionOption })}</AppLink>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      }
    />
  );
}

/** The costliest steps with the questions of the Adviescollege Toetsing Regeldruk: why is it there, what could replace it, who can change it. */
export function HotspotsFigure({ report, source, drill }: FigureProps) {
  const { t, i18n } = useTranslation('audit');
  const rows = report.hotspots;
  return (
    <ReportFigure
      id="hotspots"
      title={t('hotspots.title')}
      question={t('hotspots.question')}
      source={source}
      chart={
        <EChart
          height={Math.max(240, rows.length * 32)}
          option={bars(
            rows.map((r) => `${r.rank}. ${r.stepName}`),
            [{ name: t('hotspots.share'), data: rows.map((r) => (r.suppressed || r.shareOfTotal == null ? null : Math.round(r.shareOfTotal * 1000) / 10)) }],
            'percent',
          )}
        />
      }
      table={
        <Table className="rw-hotspots">
          <TableCaption>{t('hotspots.caption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('hotspots.step')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('hotspots.share')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('hotspots.why')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('hotspots.alternative')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('hotspots.who')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('columns.drill')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={`${r.workflow}-${r.stepId}`}>
                <TableHeaderCell scope="row">
                  {r.rank}. {r.stepName}
                  <span className="rw-muted">
                    {r.workflow} · {t(`origins.${r.origin}`, { defaultValue: r.origin })}
                    {r.basis ? ` · ${r.basis}` : ''}
                  </span>
                </TableHeaderCell>
                <TableCell>{r.suppressed ? t('suppressed', { threshold: report.manifest.smallGroupThreshold }) : percentOfFraction(r.shareOfTotal, i18n.language)}</TableCell>
                <TableCell>{r.purpose ?? t('hotspots.noPurpose')}</TableCell>
                <TableCell>{r.alternative}</TableCell>
                <TableCell>{r.alternativeChannel}</TableCell>
                <TableCell>
                  <AppLink to={drill({ werkstroom: r.workflow, stap: r.stepId })}>{t('drill', { what: r.stepName })}</AppLink>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      }
    />
  );
}
