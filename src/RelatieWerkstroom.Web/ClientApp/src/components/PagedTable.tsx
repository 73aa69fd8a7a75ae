import { Paragraph, Table, TableBody, TableCaption, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert';
import { Loading } from './Loading';
import { Pagination } from './Pagination';

/** What the list needs to know of the server's answer (a TanStack query). */
export interface PagedQuery {
  isPending: boolean;
  isError: boolean;
  isFetching: boolean;
  error: unknown;
}

/**
 * A list paged on the server, as a table: how many there are in all (announced when it changes), the rows of this page,
 * what to say when nothing matches, and previous/next by mouse or keyboard with the position in words. Used by every
 * server-paged list (Dossiers, Toegangslog, Incidenten), so they page, count and announce alike.
 */
export function PagedTable<T>({
  query,
  items,
  total,
  page,
  pageSize,
  onPage,
  count,
  empty,
  caption,
  columns,
  row,
  countTestId,
  tableTestId,
}: {
  query: PagedQuery;
  items: readonly T[];
  total: number;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  /** The total in words ("12 dossiers"). */
  count: string;
  /** Shown instead of the table when this page has no rows. */
  empty?: ReactNode;
  /** The table's caption for screen readers (what the rows are and how they are sorted). */
  caption: string;
  columns: readonly string[];
  /** One row (a TableRow) per item. */
  row: (item: T) => ReactNode;
  countTestId?: string;
  tableTestId?: string;
}) {
  return (
    <>
      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {query.isPending ? (
        <Loading />
      ) : (
        <>
          <Paragraph className="rw-result-count" aria-live="polite" data-testid={countTestId}>
            {count}
          </Paragraph>
          {items.length === 0 ? (
            (empty ?? null)
          ) : (
            <div className="rw-table-scroll">
              <Table aria-busy={query.isFetching} data-testid={tableTestId}>
                <TableCaption className="rw-visually-hidden">{caption}</TableCaption>
                <TableHeader>
                  <TableRow>
                    {columns.map((column) => (
                      <TableHeaderCell key={column} scope="col">
                        {column}
                      </TableHeaderCell>
                    ))}
                  </TableRow>
                </TableHeader>
                <TableBody>{items.map(row)}</TableBody>
              </Table>
            </div>
          )}
          <Pagination page={page} pageSize={pageSize} total={total} onPage={onPage} />
        </>
      )}
    </>
  );
}
