import {
  Checkbox,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMe } from '../auth/useMe';
import { Roles } from '../auth/roles';
import { AppLink } from '../components/AppLink';
import { DeadlineBadge } from '../components/DeadlineBadge';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { PageTitle } from '../components/PageTitle';
import { Pagination } from '../components/Pagination';
import { ClaimButton } from './ClaimButton';
import { TeamActions } from './TeamActions';
import { useWorklist, type WorklistItem } from './useWorklist';
import { WorklistFiltersForm } from './WorklistFiltersForm';
import { pageSize, readFilters, toQuery, writeFilters, type WorklistFilters } from './worklistFilters';

/** Mijn werkvoorraad: my and my team's tasks and discretion points, earliest deadline first, paged on the server. */
export function WorklistPage() {
  const { t } = useTranslation('worklist');
  const me = useMe().data!;
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const key = params.toString();
  const query = useMemo(() => toQuery(readFilters(new URLSearchParams(key)), me.userName), [key, me.userName]);
  const worklist = useWorklist(query);
  // Kept across pages (a team lead may pick work from several), cleared when the filters change.
  const [selected, setSelected] = useState<Map<string, WorklistItem>>(new Map());
  const isTeamlead = me.roles.includes(Roles.teamlead);
  const showTeam = !me.team || me.roles.includes(Roles.jurist);

  const change = (next: WorklistFilters) => {
    const samePage = { ...next, page: filters.page };
    const onlyPaging = JSON.stringify(samePage) === JSON.stringify(filters) && next.page !== filters.page;
    if (!onlyPaging) setSelected(new Map());
    setParams(writeFilters(next));
  };
  const items = worklist.data?.items ?? [];
  const total = Number(worklist.data?.total ?? 0);
  const toggle = (item: WorklistItem, on: boolean) => {
    const next = new Map(selected);
    if (on) next.set(item.bookmarkId, item);
    else next.delete(item.bookmarkId);
    setSelected(next);
  };

  return (
    <section>
      <PageTitle>{t('title')}</PageTitle>
      <Paragraph>{t('intro')}</Paragraph>
      <WorklistFiltersForm filters={filters} teams={worklist.data?.teams ?? []} workflows={worklist.data?.workflows ?? []} showTeam={showTeam} onChange={change} />
      {worklist.isError ? <ErrorAlert error={worklist.error} /> : null}
      {worklist.isPending ? (
        <Loading />
      ) : (
        <>
          <Paragraph className="rw-result-count" aria-live="polite" data-testid="worklist-count">
            {t('count', { count: total })}
          </Paragraph>
          {isTeamlead ? (
            <TeamActions selected={[...selected.values()]} onDone={() => setSelected(new Map())} />
          ) : null}
          {items.length === 0 ? (
            <Paragraph>{t('empty')}</Paragraph>
          ) : (
            <div className="rw-table-scroll">
              <Table className="rw-worklist" aria-busy={worklist.isFetching}>
                <TableCaption className="rw-visually-hidden">{t('caption')}</TableCaption>
                <TableHeader>
                  <TableRow>
                    {isTeamlead ? (
                      <TableHeaderCell scope="col">
                        <span className="rw-visually-hidden">{t('select')}</span>
                      </TableHeaderCell>
                    ) : null}
                    <TableHeaderCell scope="col">{t('columns.deadline')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('columns.work')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('columns.case')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('columns.team')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('columns.holder')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('columns.action')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {items.map((item) => (
                    <TableRow key={item.bookmarkId} data-testid="worklist-row" data-bookmark={item.bookmarkId}>
                      {isTeamlead ? (
                        <TableCell>
                          <Checkbox
                            aria-label={t('selectItem', { title: item.title, case: item.caseTitle ?? item.caseFileId })}
                            checked={selected.has(item.bookmarkId)}
                            onChange={(e) => toggle(item, e.target.checked)}
                          />
                        </TableCell>
                      ) : null}
                      <TableCell>
                        <DeadlineBadge deadline={item.deadline} />
                        {item.clockName && item.deadline === item.clockDeadline ? (
                          <span className="rw-muted">{t('clockDeadline', { clock: item.clockName })}</span>
                        ) : null}
                      </TableCell>
                      <TableCell>
                        <span className="rw-kind">{t(`kind.${item.kind}`, { defaultValue: item.kind })}</span>
                        <AppLink to={`/taak/${encodeURIComponent(item.bookmarkId)}`}>{item.title}</AppLink>
                      </TableCell>
                      <TableCell>
                        <AppLink to={`/dossier/${encodeURIComponent(item.caseFileId)}`}>{item.caseTitle ?? item.caseFileId}</AppLink>
                        <span className="rw-muted">{item.zaaktype}</span>
                      </TableCell>
                      <TableCell>{item.team}</TableCell>
                      <TableCell>{item.assignedTo ? (item.assignedTo === me.userName ? t('you') : item.assignedTo) : t('free')}</TableCell>
                      <TableCell>
                        <ClaimButton
                          bookmarkId={item.bookmarkId}
                          title={item.title}
                          assignedTo={item.assignedTo}
                          userName={me.userName}
                        />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
          <Pagination page={filters.page} pageSize={pageSize} total={total} onPage={(page) => change({ ...filters, page })} />
        </>
      )}
    </section>
  );
}
