import { TableCell } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/** The cell that replaces a group's figures when it has too few cases to show. */
export function SuppressedCell({ threshold, colSpan }: { threshold: number; colSpan: number }) {
  const { t } = useTranslation('audit');
  return <TableCell colSpan={colSpan}>{t('suppressed', { threshold })}</TableCell>;
}
