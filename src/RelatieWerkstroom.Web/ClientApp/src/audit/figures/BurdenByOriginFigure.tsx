import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AppLink } from '../../components/AppLink';
import { barChart } from '../charts';
import { EChart } from '../EChart';
import { count, euros } from '../numbers';
import { ReportFigure } from '../ReportFigure';
import type { FigureProps } from './figureProps';
import { SuppressedCell } from './SuppressedCell';

/** Burden per rule origin: national law, local rules, contracts or internal habit. */
export function BurdenByOriginFigure({ report, source, drill }: FigureProps) {
  const { t, i18n } = useTranslation('audit');
  const navigate = useNavigate();
  const rows = report.burdenByOrigin;
  const label = (origin: string) => t(`origins.${origin}`, { defaultValue: origin });
  const chart = barChart(
    rows.map((r) => (r.suppressed ? `${label(r.origin)} (${t('chartSuppressed')})` : label(r.origin))),
    [
      { name: t('burden.executionEuros'), data: rows.map((r) => (r.suppressed ? null : Number(r.executionEuros ?? 0))) },
      { name: t('burden.businessEuros'), data: rows.map((r) => (r.suppressed ? null : Number(r.businessEuros ?? 0))) },
    ],
    i18n.language,
    'euro',
  );
  return (
    <ReportFigure
      id="burden"
      title={t('burden.title')}
      question={t('burden.question')}
      source={source}
      chart={<EChart option={chart.option} height={chart.height} onSelect={(i) => rows[i] && navigate(drill({ herkomst: rows[i].origin }))} />}
      table={
        <Table>
          <TableCaption>{t('burden.caption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('burden.origin')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('columns.cases')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('burden.executionEuros')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('burden.businessEuros')}</TableHeaderCell>
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
                  <SuppressedCell colSpan={3} threshold={report.manifest.smallGroupThreshold} />
                ) : (
                  <>
                    <TableCell>{euros(r.executionEuros, i18n.language)}</TableCell>
                    <TableCell>{euros(r.businessEuros, i18n.language)}</TableCell>
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
