import { Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AppLink } from '../components/AppLink';
import { ErrorAlert } from '../components/ErrorAlert';
import { formatDate } from '../components/format';
import { Loading } from '../components/Loading';
import { PageTitle } from '../components/PageTitle';
import { Pagination } from '../components/Pagination';
import { count } from './numbers';
import { readReportFilters, toReportQuery, writeReportFilters } from './reportFilters';
import { useCases, useReportChoices, type CaseCriteria, type CasePage } from './useReport';

/** The address-bar names of what a figure is about (Dutch, like the filters). */
const criteriaParams = { origin: 'herkomst', step: 'stap', discretion: 'beslispunt', option: 'besluit' } as const;

export function readCriteria(params: URLSearchParams): CaseCriteria {
  const criteria: CaseCriteria = {};
  for (const [key, name] of Object.entries(criteriaParams)) {
    const value = params.get(name);
    if (value) criteria[key as keyof CaseCriteria] = value;
  }
  return criteria;
}

type DrillCase = CasePage['cases'][number];

/** The pseudonymised cases behind a figure: who they are is not shown, only what happened when. */
export function CasesPage() {
  const { t, i18n } = useTranslation('audit');
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const filters = useMemo(() => readReportFilters(new URLSearchParams(key)), [key]);
  const criteria = useMemo(() => readCriteria(new URLSearchParams(key)), [key]);
  const query = useMemo(() => toReportQuery(filters), [filters]);
  const page = Math.max(1, Number(params.get('pagina') ?? '1') || 1);
  const cases = useCases(query, criteria, page);
  const choices = useReportChoices();
  const workflowName = (id: string) => choices.data?.workflows.find((w) => w.id === id)?.name ?? id;

  const about = [
    filters.workflow ? t('cases.about.workflow', { name: workflowName(filters.workflow) }) : null,
    filters.version ? t('cases.about.version', { version: filters.version }) : null,
    filters.team ? t('cases.about.team', { team: choices.data?.teams.find((x) => x.id === filters.team)?.name ?? filters.team }) : null,
    criteria.origin ? t('cases.about.origin', { origin: t(`origins.${criteria.origin}`, { defaultValue: criteria.origin }) }) : null,
    criteria.step ? t('cases.about.step', { step: criteria.step }) : null,
    criteria.discretion ? t('cases.about.discretion', { point: criteria.discretion }) : null,
    criteria.option ? t('cases.about.option', { option: criteria.option }) : null,
    t(`filters.periods.${filters.period}`),
  ].filter((x): x is string => x !== null);

  const back = `/audit?${writeReportFilters(filters).toString()}`;
  const goTo = (next: number) => {
    const q = new URLSearchParams(key);
    q.set('pagina', String(next));
    setParams(q);
  };
  const data = cases.data;

  return (
    <section aria-busy={cases.isFetching}>
      <PageTitle>{t('cases.title')}</PageTitle>
      <Paragraph>{t('cases.intro')}</Paragraph>
      <Paragraph data-testid="cases-about">{t('cases.selection', { about: about.join(' · ') })}</Paragraph>
      <Paragraph>
        <AppLink to={back}>{t('cases.back')}</AppLink>
      </Paragraph>
      {cases.isError ? <ErrorAlert error={cases.error} /> : null}
      {cases.isPending ? <Loading /> : null}
      {data?.suppressed ? <Paragraph data-testid="cases-suppressed">{t('cases.suppressed', { threshold: data.smallGroupThreshold })}</Paragraph> : null}
      {data && !data.suppressed ? (
        <>
          <Paragraph role="status">{t('cases.count', { count: data.total, shown: count(data.total, i18n.language) })}</Paragraph>
          <Table className="rw-cases">
            <TableCaption>{t('cases.caption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('cases.pseudonym')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('columns.workflow')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('columns.team')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('cases.intake')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('cases.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('cases.leadDays')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.cases.map((c) => (
                <TableRow key={c.pseudonym}>
                  <TableHeaderCell scope="row">
                    <a className="utrecht-link utrecht-link--html-a" href={`#${c.pseudonym}`}>
                      {c.pseudonym}
                    </a>
                  </TableHeaderCell>
                  <TableCell>{c.workflowName ?? c.workflow}</TableCell>
                  <TableCell>{choices.data?.teams.find((x) => x.id === c.team)?.name ?? c.team}</TableCell>
                  <TableCell>{formatDate(c.intakeDate, i18n.language)}</TableCell>
                  <TableCell>{c.open ? t('cases.open') : t('cases.closed')}</TableCell>
                  <TableCell>{count(c.leadDays, i18n.language)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Pagination page={page} pageSize={data.pageSize} total={data.total} onPage={goTo} />
          {data.cases.map((c) => (
            <CaseTimeline key={c.pseudonym} item={c} workflowName={workflowName} />
          ))}
        </>
      ) : null}
    </section>
  );
}

function CaseTimeline({ item, workflowName }: { item: DrillCase; workflowName: (id: string) => string }) {
  const { t, i18n } = useTranslation('audit');
  return (
    <section className="rw-case-timeline" aria-labelledby={`${item.pseudonym}-title`} data-testid="case-timeline">
      <Heading2 id={`${item.pseudonym}-title`}>
        <span id={item.pseudonym}>{t('cases.timelineOf', { pseudonym: item.pseudonym })}</span>
      </Heading2>
      <Table>
        <TableCaption>{t('cases.timelineCaption', { workflow: item.workflowName ?? item.workflow, intake: formatDate(item.intakeDate, i18n.language) })}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('cases.day')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('cases.date')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('cases.event')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('cases.detail')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('cases.role')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {item.timeline.map((e, i) => (
            <TableRow key={i}>
              <TableCell>{count(e.day, i18n.language)}</TableCell>
              <TableCell>{formatDate(e.date, i18n.language)}</TableCell>
              <TableCell>{t(`timeline.${e.kind}`, { defaultValue: e.kind })}</TableCell>
              <TableCell>
                {[
                  e.step,
                  e.kind === 'InstanceStarted' ? workflowName(e.workflow) : null,
                  e.clock ? t('timeline.clock', { clock: e.clock }) : null,
                  e.option ? t('timeline.option', { option: e.option }) : null,
                  e.deviation ? t('timeline.deviation') : null,
                  e.origin ? t(`origins.${e.origin}`, { defaultValue: e.origin }) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </TableCell>
              <TableCell>{e.role ?? '–'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
