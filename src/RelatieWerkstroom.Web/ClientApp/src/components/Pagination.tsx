import { Button } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Previous/next paging with the position in words, announced when it changes (Utrecht has no pagination component).
 * A button that becomes disabled on the first or last page would drop the keyboard focus to the page's start; the
 * focus moves to the other button instead.
 */
export function Pagination({ page, pageSize, total, onPage }: { page: number; pageSize: number; total: number; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const previous = useRef<HTMLButtonElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  const focusAfter = useRef<'previous' | 'next' | null>(null);
  useEffect(() => {
    if (focusAfter.current === null) return;
    (focusAfter.current === 'previous' ? previous : next).current?.focus();
    focusAfter.current = null;
  }, [page]);
  if (total === 0) return null;
  const go = (target: number) => {
    if (target <= 1 && document.activeElement === previous.current) focusAfter.current = 'next';
    if (target >= pages && document.activeElement === next.current) focusAfter.current = 'previous';
    onPage(target);
  };
  return (
    <nav className="rw-pagination" aria-label={t('pagination.label')}>
      <Button ref={previous} appearance="secondary-action-button" disabled={page <= 1} onClick={() => go(page - 1)}>
        {t('pagination.previous')}
      </Button>
      <span className="rw-pagination__position" aria-live="polite">
        {t('pagination.position', { page, pages, total })}
      </span>
      <Button ref={next} appearance="secondary-action-button" disabled={page >= pages} onClick={() => go(page + 1)}>
        {t('pagination.next')}
      </Button>
    </nav>
  );
}
