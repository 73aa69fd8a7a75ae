import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/** Previous/next paging with the position in words (Utrecht has no pagination component). */
export function Pagination({ page, pageSize, total, onPage }: { page: number; pageSize: number; total: number; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (total === 0) return null;
  return (
    <nav className="rw-pagination" aria-label={t('pagination.label')}>
      <Button appearance="secondary-action-button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('pagination.previous')}
      </Button>
      <span className="rw-pagination__position" aria-live="polite">
        {t('pagination.position', { page, pages, total })}
      </span>
      <Button appearance="secondary-action-button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('pagination.next')}
      </Button>
    </nav>
  );
}
