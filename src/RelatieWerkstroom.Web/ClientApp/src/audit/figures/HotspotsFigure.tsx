import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AppLink } from '../../components/AppLink';
import { barChart } from '../charts';
import { EChart } from '../EChart';
import { percentOfFraction } from '../numbers';
import { ReportFigure } from '../ReportFigure';
import type { FigureProps } from './figureProps';

/** The costliest steps with the questions of the Adviescollege Toetsing Regeldruk: why is it there, what could replace it, who can change it. */
export function HotspotsFigure({ report, source, labels, drill }: FigureProps) {
  const { t, i18n } = useTranslation('audit');
  const navigate = useNavigate();
  const rows = report.hotspots;
  const chart = barChart(
    rows.map((r) => `${r.rank}. ${r.stepName}${r.suppressed ? ` (${t('chartSuppressed')})` : ''}`),
    [{ name: t('hotspots.share'), data: rows.map((r) => (r.suppressed || r.shareOfTotal == null ? null : Math.round(Number(r.shareOfTotal) * 1000) / 10)) }],
    i18n.language,
    'percent',
    'fit',
  );
  return (
    <ReportFigure
      id="hotspots"
      title={t('hotspots.title')}
      question={t('hotspots.question')}
      source={source}
      chart={
        <EChart option={chart.option} height={chart.height} onSelect={(i) => rows[i] && navigate(drill({ werkstroom: rows[i].workflow, stap: rows[i].stepId }))} />
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
                    {labels.workflow(r.workflow)} · {t(`origins.${r.origin}`, { defaultValue: r.origin })}
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
